// Change one's own password: the current one, and a new one of at least 8 characters typed twice.
import { useState, type FormEvent } from "react";
import { errorMessage } from "../../../lib/api";
import { FormMessage } from "../../../components/form-message";
import { SubmitButton } from "../../../components/submit-button";
import { TextField } from "../../../components/text-field";
import { useChangePassword } from "../api";
import { kPasswordMinLength, newPasswordError } from "../validation";

type Fields = { current: string; next: string; confirm: string };
const kEmpty: Fields = { current: "", next: "", confirm: "" };

function field_errors(fields: Fields) {
  return {
    current: fields.current.length === 0 ? "Enter your current password." : null,
    next: newPasswordError(fields.next),
    confirm: fields.confirm !== fields.next ? "The two new passwords differ." : null,
  };
}

// `email` fills a hidden username field so password managers know which account the new password is for.
export function PasswordForm({ email }: { email: string }) {
  const [fields, set_fields] = useState<Fields>(kEmpty);
  const [submitted, set_submitted] = useState(false);
  const change = useChangePassword();
  const errors = submitted ? field_errors(fields) : { current: null, next: null, confirm: null };

  const edit = (key: keyof Fields) => (event: { target: { value: string } }) => {
    set_fields({ ...fields, [key]: event.target.value });
    if (change.isError || change.isSuccess) change.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set_submitted(true);
    const found = field_errors(fields);
    if (found.current || found.next || found.confirm || change.isPending) return;
    change.mutate(
      { current_password: fields.current, new_password: fields.next },
      {
        onSuccess: () => {
          set_fields(kEmpty);
          set_submitted(false);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} aria-label="Change password" noValidate>
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="Current password" type="password" autoComplete="current-password"
        value={fields.current} error={errors.current} onChange={edit("current")} />
      <TextField label="New password" type="password" autoComplete="new-password"
        value={fields.next} error={errors.next} hint={`At least ${kPasswordMinLength} characters.`}
        onChange={edit("next")} />
      <TextField label="Repeat new password" type="password" autoComplete="new-password"
        value={fields.confirm} error={errors.confirm} onChange={edit("confirm")} />
      {change.isError && <FormMessage kind="error">{errorMessage(change.error)}</FormMessage>}
      {change.isSuccess && <FormMessage kind="success">Password changed.</FormMessage>}
      <SubmitButton busy={change.isPending} label="Change password" busyLabel="Changing…" />
    </form>
  );
}
