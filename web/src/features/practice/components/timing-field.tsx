// How fast: the operation's Easy / Medium / Hard presets (their seconds shown) or a custom value from the
// server's list. Seconds are per flashed row for flash types, per question otherwise.
import { useId } from "react";
import { customValues, difficultyLabel, formatSeconds, kDifficulties, timingUnit } from "../settings";
import type { DifficultyMode, PracticeOperation } from "../types";

type TimingFieldProps = {
  operation: PracticeOperation;
  difficulty: DifficultyMode;
  customSeconds: number;
  onChange: (difficulty: DifficultyMode, customSeconds: number) => void;
};

export function TimingField({ operation, difficulty, customSeconds, onChange }: TimingFieldProps) {
  const id = useId();
  const unit = timingUnit(operation);
  const per_row = operation.timing.unit === "row";
  const { answer_seconds } = operation.timing;
  const choices: DifficultyMode[] = [...kDifficulties, "custom"];
  return (
    <fieldset className="timing-field">
      <legend>{per_row ? "Flash speed" : "Time per question"}</legend>
      <div className="segmented">
        {choices.map((mode) => (
          <label key={mode} className={`segment${difficulty === mode ? " segment-on" : ""}`}>
            <input type="radio" name={`${id}-difficulty`} value={mode} checked={difficulty === mode}
              onChange={() => onChange(mode, customSeconds)} />
            <span className="segment-label">{difficultyLabel(mode)}</span>{" "}
            <span className="segment-hint">
              {mode === "custom" ? "Choose" : formatSeconds(operation.timing[mode])}
            </span>
          </label>
        ))}
      </div>
      {difficulty === "custom" && (
        <div className="field field-inline">
          <label htmlFor={`${id}-custom`}>Seconds {unit}</label>
          <select id={`${id}-custom`} value={String(customSeconds)}
            onChange={(event) => onChange("custom", Number(event.target.value))}>
            {customValues(operation.timing).map((value) => (
              <option key={value} value={String(value)}>{formatSeconds(value)}</option>
            ))}
          </select>
        </div>
      )}
      <p className="field-hint">
        {per_row
          ? `Each row shows for the chosen time; then ${answer_seconds !== null
            ? `you have ${formatSeconds(answer_seconds)}` : "it is your turn"} to answer.`
          : "The next question comes when the time runs out."}
      </p>
    </fieldset>
  );
}
