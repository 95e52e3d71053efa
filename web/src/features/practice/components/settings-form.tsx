// The mental-maths settings: operation, number of questions, that operation's own settings (each with its
// range), the timing, and listening mode for flash types. Everything comes from GET /api/practice/options.
import type { FormEvent } from "react";
import { FormMessage } from "../../../components/form-message";
import { SubmitButton } from "../../../components/submit-button";
import { TextField } from "../../../components/text-field";
import { draftFor, hasErrors, kCountMin, operationOf, settingsErrors, type SettingsDraft } from "../settings";
import type { PracticeOperation } from "../types";
import { TimingField } from "./timing-field";

type SettingsFormProps = {
  operations: readonly PracticeOperation[];
  maxQuestions: number;
  draft: SettingsDraft;
  listening: boolean;
  canListen: boolean;
  starting: boolean;
  error: string | null;
  onChange: (draft: SettingsDraft) => void;
  onListeningChange: (listening: boolean) => void;
  onStart: () => void;
};

export function SettingsForm(props: SettingsFormProps) {
  const { operations, draft, onChange } = props;
  const operation = operationOf(operations, draft.operation_type) ?? operations[0];
  if (operation === undefined) return null;
  const errors = settingsErrors(draft, operation, props.maxQuestions);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!hasErrors(errors)) props.onStart();
  };
  return (
    <form className="form practice-settings" aria-label="Practice settings" onSubmit={submit} noValidate>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="practice-operation">Operation</label>
          <select id="practice-operation" value={operation.operation_type}
            onChange={(event) => {
              const chosen = operationOf(operations, event.target.value);
              if (chosen !== undefined) onChange(draftFor(chosen, draft));
            }}>
            {operations.map((option) => (
              <option key={option.operation_type} value={option.operation_type}>{option.label}</option>
            ))}
          </select>
        </div>
        <TextField label="Number of questions" inputMode="numeric" value={draft.count} error={errors.count}
          hint={`${kCountMin}–${props.maxQuestions}.`} onChange={(event) => onChange({ ...draft, count: event.target.value })} />
        {operation.settings.map((setting) => (
          <TextField key={setting.name} label={setting.label} inputMode="numeric"
            value={draft.numbers[setting.name] ?? ""} error={errors.numbers[setting.name]}
            hint={`${setting.min}–${setting.max}.`}
            onChange={(event) => onChange({ ...draft, numbers: { ...draft.numbers, [setting.name]: event.target.value } })} />
        ))}
      </div>
      <TimingField operation={operation} difficulty={draft.difficulty} customSeconds={draft.custom_seconds}
        onChange={(difficulty, custom_seconds) => onChange({ ...draft, difficulty, custom_seconds })} />
      {operation.timing.unit === "row" && (
        <div className="listening">
          <label className="checkbox">
            <input type="checkbox" checked={props.listening && props.canListen} disabled={!props.canListen}
              onChange={(event) => props.onListeningChange(event.target.checked)} />
            Listening mode
          </label>
          <p className="field-hint">
            {props.canListen
              ? "The rows are read aloud (“plus 34”, “minus 5”) instead of shown: a dictation sum."
              : "This browser cannot read aloud, so listening mode is not available."}
          </p>
        </div>
      )}
      {props.error !== null && <FormMessage kind="error">{props.error}</FormMessage>}
      <SubmitButton busy={props.starting} label="Start" busyLabel="Starting…" disabled={hasErrors(errors)} />
    </form>
  );
}
