// The settings form as it holds them (numbers as typed text), their checks against the ranges the server
// gave (GET /api/practice/options), and the request that starts a session. The server stays the judge:
// its 422 reason is shown under the form.
import type { DifficultyMode, NewPracticeSession, PracticeOperation, PracticeTiming } from "./types";

export const kCountMin = 1;
export const kCountMax = 50;
export const kCountDefault = 10;

export type SettingsDraft = {
  operation_type: string;
  count: string;
  numbers: Record<string, string>; // by setting name
  difficulty: DifficultyMode;
  custom_seconds: number;
};

export type SettingsErrors = { count?: string; numbers: Record<string, string> };

export const kDifficulties: readonly Exclude<DifficultyMode, "custom">[] = ["easy", "medium", "hard"];

export function difficultyLabel(mode: DifficultyMode): string {
  return mode.charAt(0).toUpperCase() + mode.slice(1);
}

export function operationOf(operations: readonly PracticeOperation[], type: string): PracticeOperation | undefined {
  return operations.find((operation) => operation.operation_type === type);
}

// Every value a custom timing may take, smallest first: the server's list, else whole seconds min..max.
export function customValues(timing: Pick<PracticeTiming, "custom_values" | "custom_min" | "custom_max">): number[] {
  if (timing.custom_values.length > 0) return [...timing.custom_values].sort((a, b) => a - b);
  const first = Math.ceil(timing.custom_min);
  const count = Math.max(0, Math.floor(timing.custom_max) - first + 1);
  return Array.from({ length: count }, (_, index) => first + index);
}

// The custom value nearest to `seconds` (a new operation starts its custom timing at its medium preset).
function nearest(values: readonly number[], seconds: number): number {
  return values.reduce((best, value) => (Math.abs(value - seconds) < Math.abs(best - seconds) ? value : best), values[0] ?? seconds);
}

// The form for `operation`: its defaults, keeping the question count and difficulty chosen before.
export function draftFor(operation: PracticeOperation, previous?: SettingsDraft): SettingsDraft {
  const numbers = Object.fromEntries(operation.settings.map((setting) => [setting.name, String(setting.default)]));
  return {
    operation_type: operation.operation_type,
    count: previous?.count ?? String(kCountDefault),
    numbers,
    difficulty: previous?.difficulty ?? "medium",
    custom_seconds: nearest(customValues(operation.timing), operation.timing.medium),
  };
}

function whole_in(text: string, min: number, max: number): string | undefined {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === "" || !/^-?\d+$/.test(trimmed) || value < min || value > max) return `A whole number from ${min} to ${max}.`;
  return undefined;
}

export function settingsErrors(draft: SettingsDraft, operation: PracticeOperation, max_questions = kCountMax): SettingsErrors {
  const errors: SettingsErrors = { numbers: {} };
  errors.count = whole_in(draft.count, kCountMin, max_questions);
  for (const setting of operation.settings) {
    const error = whole_in(draft.numbers[setting.name] ?? "", setting.min, setting.max);
    if (error !== undefined) errors.numbers[setting.name] = error;
  }
  return errors;
}

export function hasErrors(errors: SettingsErrors): boolean {
  return errors.count !== undefined || Object.keys(errors.numbers).length > 0;
}

// The seconds the chosen timing means (per row for flash types, per question otherwise).
export function secondsOf(draft: SettingsDraft, operation: PracticeOperation): number {
  return draft.difficulty === "custom" ? draft.custom_seconds : operation.timing[draft.difficulty];
}

export function formatSeconds(seconds: number): string {
  return `${seconds.toLocaleString(undefined, { maximumFractionDigits: 2 })} s`;
}

export function timingUnit(operation: PracticeOperation): string {
  return operation.timing.unit === "row" ? "per row" : "per question";
}

// REQUIRES: settingsErrors(draft, operation) has none.
export function toNewSession(draft: SettingsDraft, operation: PracticeOperation): NewPracticeSession {
  return {
    operation_type: operation.operation_type,
    total_questions: Number(draft.count.trim()),
    difficulty_mode: draft.difficulty,
    settings: Object.fromEntries(operation.settings.map((setting) => [setting.name, Number((draft.numbers[setting.name] ?? "").trim())])),
    seconds: draft.difficulty === "custom" ? draft.custom_seconds : null,
  };
}
