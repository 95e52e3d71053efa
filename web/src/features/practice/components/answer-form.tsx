// The answer box: always on screen so the keyboard (and the phone's keypad) stays up; read-only while the
// rows flash. Enter answers; typing keeps to a number (optional minus, digits, one point, ≤ 24 characters).
// The ± button is for phones whose decimal keypad has no minus key. Pressing either button leaves the focus
// (and a phone's keyboard) in the box.
import { useEffect, useRef, type FormEvent } from "react";
import { answerForWire, kMaxAnswerLength, toggleSign } from "../../../lib/answer";

type AnswerFormProps = { value: string; open: boolean; onType: (text: string) => void; onSubmit: () => void };

export function AnswerForm({ value, open, onType, onSubmit }: AnswerFormProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="answer-form" onSubmit={submit} aria-label="Answer">
      <input ref={input} className="answer-input" aria-label="Your answer" inputMode="decimal" autoComplete="off"
        autoCorrect="off" spellCheck={false} enterKeyHint="done" maxLength={kMaxAnswerLength} value={value}
        readOnly={!open} aria-disabled={!open} placeholder={open ? "?" : ""} autoFocus
        onChange={(event) => onType(event.target.value)} />
      <button type="button" className="button button-secondary answer-sign" tabIndex={-1} disabled={!open}
        aria-label="Change sign" onMouseDown={(event) => event.preventDefault()} onClick={() => onType(toggleSign(value))}>
        ±
      </button>
      <button type="submit" className="button button-primary answer-submit" disabled={!open || answerForWire(value) === null}
        onMouseDown={(event) => event.preventDefault()}>
        Answer
      </button>
    </form>
  );
}
