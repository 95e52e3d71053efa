// A typed answer, checked the way the server checks it (docs/practice.md, "Grading"): an optional minus,
// digits and at most one point, at most 24 characters. While typing, a partial answer ("-", "3.", ".") is
// fine; only text with a digit is sent, anything else counts as blank. The server stays the judge of right
// and wrong: this only keeps the inputs from holding text it would refuse.

export const kMaxAnswerLength = 24;

const kDraftPattern = /^-?\d*\.?\d*$/;

// Whether `text` may stand in an answer box (the box ignores a keystroke that would break this).
export function isAnswerDraft(text: string): boolean {
  return text.length <= kMaxAnswerLength && kDraftPattern.test(text);
}

// The answer to send: the trimmed text when it holds a digit, else null (blank, or just "-" or ".").
export function answerForWire(text: string): string | null {
  const trimmed = text.trim();
  return /\d/.test(trimmed) && isAnswerDraft(trimmed) ? trimmed : null;
}

// The same answer with its sign flipped, for phones whose decimal keypad has no minus key.
export function toggleSign(text: string): string {
  const flipped = text.startsWith("-") ? text.slice(1) : `-${text}`;
  return isAnswerDraft(flipped) ? flipped : text;
}
