// One answer box of the paper: a number only (optional minus, digits, one point, ≤ 24 characters), the
// phone's decimal keypad, and Enter to go to the next question.
import type { KeyboardEvent } from "react";
import { isAnswerDraft, kMaxAnswerLength } from "../../../lib/answer";

type SheetAnswerProps = { questionId: number; order: number; value: string; className: string; onChange: (text: string) => void };

function focus_next(order: number): void {
  const next = document.querySelector<HTMLInputElement>(`[data-answer-order="${order + 1}"]`);
  next?.focus();
  next?.select();
}

export function SheetAnswer({ questionId, order, value, className, onChange }: SheetAnswerProps) {
  const on_key = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    focus_next(order);
  };
  return (
    <input className={`sheet-answer ${className}`} aria-label={`Answer to question ${questionId}`} inputMode="decimal"
      autoComplete="off" autoCorrect="off" spellCheck={false} enterKeyHint="next" maxLength={kMaxAnswerLength}
      data-answer-order={order} value={value} onKeyDown={on_key}
      onChange={(event) => {
        if (isAnswerDraft(event.target.value)) onChange(event.target.value);
      }} />
  );
}
