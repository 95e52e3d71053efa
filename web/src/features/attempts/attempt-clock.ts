// When this device started answering an attempt (the up-counting timer's zero), kept in localStorage so a
// reload carries the timer on. Another device starts from the attempt's own start time.
import { readStored, removeStored, writeStored } from "../../lib/local-store";

function key_for(attempt_id: number): string {
  return `anzan.attempt.${attempt_id}.started`;
}

export function readAttemptStart(attempt_id: number): number | null {
  return readStored(key_for(attempt_id), (value): value is number => typeof value === "number" && Number.isFinite(value));
}

export function storeAttemptStart(attempt_id: number, at: number): void {
  writeStored(key_for(attempt_id), at);
}

export function clearAttemptStart(attempt_id: number): void {
  removeStored(key_for(attempt_id));
}
