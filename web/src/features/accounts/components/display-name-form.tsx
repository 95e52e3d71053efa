// Edit the display name (1–50 characters). The check runs as the user types once they have tried to save,
// and the server's reason is shown next to the field when it refuses the name.
import { useState, type FormEvent } from "react";
import { errorMessage } from "../../../lib/api";
import { FormMessage } from "../../../components/form-message";
import { SubmitButton } from "../../../components/submit-button";
import { TextField } from "../../../components/text-field";
import { useUpdateDisplayName } from "../api";
import { displayNameError, kDisplayNameMaxLength } from "../validation";

export function DisplayNameForm({ current }: { current: string | null }) {
  const [value, set_value] = useState(current ?? "");
  const [touched, set_touched] = useState(false);
  const update = useUpdateDisplayName();
  const local_error = touched ? displayNameError(value) : null;
  const field_error = local_error ?? (update.isError ? errorMessage(update.error) : null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set_touched(true);
    if (displayNameError(value) !== null || update.isPending) return;
    update.mutate(value.trim());
  };

  return (
    <form className="form" onSubmit={submit} aria-label="Change display name" noValidate>
      <TextField
        label="Display name"
        name="display_name"
        autoComplete="nickname"
        value={value}
        error={field_error}
        hint={`Shown on leaderboards and in greetings instead of your full name. 1–${kDisplayNameMaxLength} characters.`}
        onChange={(event) => {
          set_value(event.target.value);
          if (update.isError || update.isSuccess) update.reset();
        }}
        onBlur={() => set_touched(touched || value !== (current ?? ""))}
      />
      {update.isSuccess && <FormMessage kind="success">Display name saved.</FormMessage>}
      <SubmitButton busy={update.isPending} label="Save display name" busyLabel="Saving…" />
    </form>
  );
}
