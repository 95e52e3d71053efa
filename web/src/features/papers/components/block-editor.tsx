// One block of a worksheet: its question type, how many questions, an optional section title, and only the
// constraints that type reads, each with its allowed range and its error next to it. The server's refusal
// of this block (a 422 naming it) is shown at the bottom.
import { TextField } from "../../../components/text-field";
import type { QuestionType } from "../api";
import { kBlockTypes, kCountMax, kCountMin, kQuestionTypes } from "../block-types";
import { changeType, type BlockErrors, type DraftBlock } from "../draft";

type BlockEditorProps = {
  block: DraftBlock;
  index: number;
  total: number;
  errors: BlockErrors;
  serverError?: string;
  onChange: (block: DraftBlock) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
};

function range_hint(min: number | undefined, max: number | undefined, hint: string | undefined): string | undefined {
  const range = min !== undefined && max !== undefined ? `${min}–${max}.` : undefined;
  return [range, hint].filter(Boolean).join(" ") || undefined;
}

export function BlockEditor({ block, index, total, errors, serverError, onChange, onMove, onRemove }: BlockEditorProps) {
  const spec = kBlockTypes[block.type];
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
            onChange={(event) => onChange(changeType(block, event.target.value as QuestionType))}>
            {kQuestionTypes.map((type) => (
              <option key={type} value={type}>{kBlockTypes[type].label}</option>
            ))}
          </select>
        </div>
        <TextField label="Questions" inputMode="numeric" value={block.count} error={errors.count}
          hint={`${kCountMin}–${kCountMax}.`} onChange={(event) => onChange({ ...block, count: event.target.value })} />
        <TextField label="Section title" className="field-wide" value={block.title} error={errors.title}
          hint="Optional; printed above the block." maxLength={60}
          onChange={(event) => onChange({ ...block, title: event.target.value })} />
        {spec.fields.map((field) => (
          <TextField key={field.key} label={field.label} inputMode="numeric" value={block.numbers[field.key] ?? ""}
            error={errors.numbers[field.key]} hint={range_hint(field.min, field.max, field.hint)}
            onChange={(event) => onChange({ ...block, numbers: { ...block.numbers, [field.key]: event.target.value } })} />
        ))}
      </div>
      {(spec.allowCarry || spec.allowBorrow) && (
        <div className="block-flags">
          {spec.allowCarry && (
            <label className="checkbox">
              <input type="checkbox" checked={block.allowCarry}
                onChange={(event) => onChange({ ...block, allowCarry: event.target.checked })} />
              Allow carrying
            </label>
          )}
          {spec.allowBorrow && (
            <label className="checkbox">
              <input type="checkbox" checked={block.allowBorrow}
                onChange={(event) => onChange({ ...block, allowBorrow: event.target.checked })} />
              Allow borrowing
            </label>
          )}
        </div>
      )}
      {serverError !== undefined && (
        <p className="field-error block-server-error" role="alert">{serverError}</p>
      )}
    </fieldset>
  );
}
