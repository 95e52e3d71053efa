// Small JSON values kept in localStorage (a run in progress, a start time), read back through a check of
// their shape. Storage can be disabled (private mode, policies) or full: then nothing is kept and the app
// carries on for this page load.

export function readStored<T>(key: string, isValid: (value: unknown) => value is T): T | null {
  try {
    const text = window.localStorage.getItem(key);
    if (text === null) return null;
    const value = JSON.parse(text) as unknown;
    return isValid(value) ? value : null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // See above: the value is simply not kept.
  }
}

export function removeStored(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // See above.
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
