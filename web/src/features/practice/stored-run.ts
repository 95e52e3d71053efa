// The run in progress, kept in localStorage per user so a reload (or a closed tab) can resume it:
// the session id, the answers and times so far and the next question. The questions themselves are asked
// again from the server (GET /api/practice/sessions/{id}), which also says whether the session is still open.
import { isRecord, readStored, removeStored, writeStored } from "../../lib/local-store";
import type { RunProgress } from "./run";

export type StoredRun = RunProgress & { session_id: number; listening: boolean };

function key_for(user_id: number): string {
  return `anzan.practice.run.${user_id}`;
}

function is_stored_run(value: unknown): value is StoredRun {
  if (!isRecord(value)) return false;
  const { session_id, answers, times, index, elapsed, listening } = value;
  return typeof session_id === "number" && Array.isArray(answers) && Array.isArray(times) && typeof index === "number"
    && typeof elapsed === "number" && typeof listening === "boolean"
    && answers.every((answer) => answer === null || typeof answer === "string")
    && times.every((time) => typeof time === "number");
}

export function readStoredRun(user_id: number): StoredRun | null {
  return readStored(key_for(user_id), is_stored_run);
}

export function storeRun(user_id: number, run: StoredRun): void {
  writeStored(key_for(user_id), run);
}

export function clearStoredRun(user_id: number): void {
  removeStored(key_for(user_id));
}

export const kNoProgress: RunProgress = { answers: [], times: [], index: 0, elapsed: 0 };
