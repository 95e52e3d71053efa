// A form's submit button: disabled, with a busy label, while the request runs.
type SubmitButtonProps = { busy: boolean; label: string; busyLabel: string; disabled?: boolean };

export function SubmitButton({ busy, label, busyLabel, disabled = false }: SubmitButtonProps) {
  return (
    <button type="submit" className="button button-primary" disabled={busy || disabled} aria-busy={busy || undefined}>
      {busy ? busyLabel : label}
    </button>
  );
}
