// The worksheet builder's form: start from a preset level or blank, set the title, and add, edit, reorder
// and remove blocks. Submitting asks for a preview. All state is the caller's (see use-worksheet-builder).
import type { FormEvent } from "react";
import { FormMessage } from "../../../components/form-message";
import { SubmitButton } from "../../../components/submit-button";
import { TextField } from "../../../components/text-field";
import { kTitleMax, typeSpec, type Catalogue } from "../block-types";
import { blockErrors, kCustomLevel, newBlock, titleError, type Draft, type DraftBlock } from "../draft";
import { BlockEditor } from "./block-editor";

type WorksheetFormProps = {
  catalogue: Catalogue;
  draft: Draft;
  levels: readonly string[];
  levelsError: string | null;
  loadingPreset: boolean;
  presetError: string | null;
  blockServerErrors: ReadonlyMap<number, string>;
  formError: string | null;
  previewing: boolean;
  onChange: (draft: Draft) => void;
  onChooseLevel: (level: string) => void;
  onPreview: () => void;
};

function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

export function WorksheetForm(props: WorksheetFormProps) {
  const { draft, levels, onChange } = props;
  const title_error = titleError(draft.title);
  const set_blocks = (blocks: DraftBlock[]) => onChange({ ...draft, blocks });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    props.onPreview();
  };

  return (
    <form className="form worksheet-form" aria-label="Worksheet" onSubmit={submit} noValidate>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="worksheet-level">Start from</label>
          <select id="worksheet-level" value={draft.level} disabled={props.loadingPreset}
            onChange={(event) => props.onChooseLevel(event.target.value)}>
            <option value={kCustomLevel}>Blank worksheet</option>
            {levels.map((level) => (
              <option key={level} value={level}>Preset {level}</option>
            ))}
          </select>
          {props.loadingPreset && <p className="field-hint" role="status">Loading the preset…</p>}
          {props.levelsError !== null && <p className="field-error">{props.levelsError}</p>}
          {props.presetError !== null && <p className="field-error" role="alert">{props.presetError}</p>}
        </div>
        <TextField label="Worksheet title" value={draft.title} error={title_error} hint={`1–${kTitleMax} characters.`}
          onChange={(event) => onChange({ ...draft, title: event.target.value })} />
      </div>
      <div className="block-list">
        {draft.blocks.map((block, index) => (
          <BlockEditorRow key={block.key} block={block} index={index} {...props} setBlocks={set_blocks} />
        ))}
      </div>
      <div className="worksheet-form-footer">
        <button type="button" className="button button-secondary" onClick={() => set_blocks([...draft.blocks, newBlock(props.catalogue)])}
          disabled={draft.blocks.length >= 100}>
          + Add block
        </button>
        <SubmitButton busy={props.previewing} label="Preview" busyLabel="Generating…" />
      </div>
      {props.formError !== null && <FormMessage kind="error">{props.formError}</FormMessage>}
    </form>
  );
}

type RowProps = WorksheetFormProps & { block: DraftBlock; index: number; setBlocks: (blocks: DraftBlock[]) => void };

function BlockEditorRow({ catalogue, block, index, draft, blockServerErrors, setBlocks }: RowProps) {
  const blocks = draft.blocks;
  return (
    <BlockEditor
      catalogue={catalogue}
      block={block}
      index={index}
      total={blocks.length}
      errors={blockErrors(block, typeSpec(catalogue, block.type))}
      serverError={blockServerErrors.get(index)}
      onChange={(changed) => setBlocks(blocks.map((existing, i) => (i === index ? changed : existing)))}
      onMove={(delta) => setBlocks(moved(blocks, index, index + delta))}
      onRemove={() => setBlocks(blocks.filter((_, i) => i !== index))}
    />
  );
}
