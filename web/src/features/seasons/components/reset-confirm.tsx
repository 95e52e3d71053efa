// The last step of a reset: the admin types RESET (exactly) before the red button works.
import { useState, type FormEvent } from "react";
import { TextField } from "../../../components/text-field";

export const kConfirmWord = "RESET";

type ResetConfirmProps = { busy: boolean; disabled?: boolean; scopeText: string; onConfirm: () => void };

export function ResetConfirm({ busy, disabled = false, scopeText, onConfirm }: ResetConfirmProps) {
  const [typed, set_typed] = useState("");
  const confirmed = typed === kConfirmWord;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!confirmed || busy || disabled) return;
    onConfirm();
    set_typed("");
  };
  return (
    <form className="form reset-confirm" aria-label="Confirm reset" onSubmit={submit} noValidate>
      <TextField label={`Type ${kConfirmWord} to confirm`} value={typed} autoComplete="off" spellCheck={false}
        autoCapitalize="characters" hint="Exactly as shown, in capital letters."
        onChange={(event) => set_typed(event.target.value)} />
      <button type="submit" className="button button-danger" disabled={!confirmed || busy || disabled}
        aria-busy={busy || undefined}>
        {busy ? "Resetting…" : `Reset progress for ${scopeText}`}
      </button>
    </form>
  );
}
