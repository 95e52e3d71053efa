// One block of a worksheet: its question type, how many questions, an optional section title, and only the
// constraints that type reads (from the server's catalogue), each with its allowed range and its error next to
// it. The server's refusal of this block (a 422 naming it) is shown at the bottom.
import { TextField } from "../../../components/text-field";
import type { ConstraintSpec } from "../api";
import { fieldHint, flagDefault, flagFields, kCountMax, kCountMin, numberFields, typeSpec, type Catalogue } from "../block-types";
import { changeType, type BlockErrors, type DraftBlock } from "../draft";

type BlockEditorProps = {
  catalogue: Catalogue;
  block: DraftBlock;
  index: number;
  total: number;
  errors: BlockErrors;
  serverError?: string;
  onChange: (block: DraftBlock) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

function range_hint(field: ConstraintSpec, hint: string | undefined): string | undefined {
  const range = field.min !== null && field.max !== null ? `${field.min}–${field.max}.` : undefined;
  return [range, hint].filter(Boolean).join(" ") || undefined;
}

// An empty field means the server's default: shown greyed inside it.
function placeholder(field: ConstraintSpec): string | undefined {
  return typeof field.default === "number" ? String(field.default) : undefined;
}

export function BlockEditor({ catalogue, block, index, total, errors, serverError, onChange, onMove, onRemove }: BlockEditorProps) {
  const spec = typeSpec(catalogue, block.type);
  const flags = flagFields(spec);
  const name = `Block ${index + 1}`;
  const type_id = `${block.key}-type`;
  return (
    <fieldset className={`block-editor${serverError ? " block-editor-invalid" : ""}`} aria-label={name}>
      <legend className="block-editor-legend">
        <span className="block-number">{index + 1}</span>
        <span>{spec.label}</span>
      </legend>
      <div className="block-editor-actions">
        <button type="button" className="button button-small button-secondary" onClick={() => onMove(-1)}
          disabled={index === 0} aria-label={`Move block ${index + 1} up`}>↑</button>
        <button type="button" className="button button-small button-secondary" onClick={() => onMove(1)}
          disabled={index === total - 1} aria-label={`Move block ${index + 1} down`}>↓</button>
        <button type="button" className="button button-small button-danger-outline" onClick={onRemove}
          disabled={total === 1} aria-label={`Remove block ${index + 1}`}>Remove</button>
      </div>
      <div className="block-fields">
        <div className="field field-type">
          <label htmlFor={type_id}>Question type</label>
          <select id={type_id} value={block.type}
            onChange={(event) => onChange(changeType(block, typeSpec(catalogue, event.target.value)))}>
            {catalogue.map((type) => (
              <option key={type.type} value={type.type}>{type.label}</option>
            ))}
          </select>
        </div>
        <TextField label="Questions" inputMode="numeric" value={block.count} error={errors.count}
          hint={`${kCountMin}–${kCountMax}.`} onChange={(event) => onChange({ ...block, count: event.target.value })} />
        <TextField label="Section title" className="field-wide" value={block.title} error={errors.title}
          hint="Optional; printed above the block." maxLength={60}
          onChange={(event) => onChange({ ...block, title: event.target.value })} />
        {numberFields(spec).map((field) => (
          <TextField key={field.name} label={field.label} inputMode="numeric" value={block.numbers[field.name] ?? ""}
            placeholder={placeholder(field)} error={errors.numbers[field.name]}
            hint={range_hint(field, fieldHint(spec.type, field))}
            onChange={(event) => onChange({ ...block, numbers: { ...block.numbers, [field.name]: event.target.value } })} />
        ))}
      </div>
      {flags.length > 0 && (
        <div className="block-flags">
          {flags.map((field) => (
            <label key={field.name} className="checkbox">
              <input type="checkbox" checked={block.flags[field.name] ?? flagDefault(field)}
                onChange={(event) => onChange({ ...block, flags: { ...block.flags, [field.name]: event.target.checked } })} />
              {field.label}
            </label>
          ))}
        </div>
      )}
      {serverError !== undefined && (
        <p className="field-error block-server-error" role="alert">{serverError}</p>
      )}
    </fieldset>
  );
}
