// A labelled input with its hint and its error next to it; the error is tied to the input for screen readers.
import { useId, type InputHTMLAttributes } from "react";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  label: string;
  error?: string | null;
  hint?: string;
};

export function TextField({ label, error, hint, className, ...input }: TextFieldProps) {
  const id = useId();
  const hint_id = `${id}-hint`;
  const error_id = `${id}-error`;
  const described_by = [hint !== undefined ? hint_id : null, error ? error_id : null].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " field-invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described_by || undefined} {...input} />
      {hint !== undefined && !error && (
        <p id={hint_id} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={error_id} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
