// Create an account (admin). Field checks run on submit; the server's reason (e.g. the email is taken) is
// shown under the form.
import { useState, type FormEvent } from "react";
import { errorMessage } from "../../../lib/api";
import { FormMessage } from "../../../components/form-message";
import { SubmitButton } from "../../../components/submit-button";
import { TextField } from "../../../components/text-field";
import { useCreateUser } from "../api";
import { kRoles, roleLabel, type NewUser, type Role } from "../types";
import { emailError, kPasswordMinLength, newPasswordError, requiredError } from "../validation";

// The form always holds a password and a role, which the API itself leaves optional.
type NewUserDraft = NewUser & { password: string; role: NonNullable<NewUser["role"]> };

const kEmpty: NewUserDraft = { email: "", name: "", password: "", role: "student" };

function field_errors(user: NewUserDraft) {
  return { email: emailError(user.email), name: requiredError(user.name, "a name"), password: newPasswordError(user.password) };
}

export function CreateUserForm() {
  const [user, set_user] = useState<NewUserDraft>(kEmpty);
  const [submitted, set_submitted] = useState(false);
  const [created, set_created] = useState<string | null>(null);
  const create = useCreateUser();
  const errors = submitted ? field_errors(user) : { email: null, name: null, password: null };

  const edit = (key: keyof NewUser) => (event: { target: { value: string } }) => {
    set_user({ ...user, [key]: event.target.value });
    set_created(null);
    if (create.isError) create.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    set_submitted(true);
    const found = field_errors(user);
    if (found.email || found.name || found.password || create.isPending) return;
    create.mutate(
      { ...user, email: user.email.trim(), name: user.name.trim() },
      {
        onSuccess: (new_user) => {
          set_user(kEmpty);
          set_submitted(false);
          set_created(`Created ${new_user.name} (${new_user.email}).`);
        },
      },
    );
  };

  return (
    <form className="form form-grid" onSubmit={submit} aria-label="Create user" noValidate>
      <TextField label="Name" autoComplete="off" value={user.name} error={errors.name} onChange={edit("name")} />
      <TextField label="Email" type="email" autoComplete="off" value={user.email} error={errors.email}
        onChange={edit("email")} />
      <TextField label="Password" type="password" autoComplete="new-password" value={user.password}
        error={errors.password} hint={`At least ${kPasswordMinLength} characters.`} onChange={edit("password")} />
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select id="new-user-role" value={user.role} onChange={(event) => set_user({ ...user, role: event.target.value as Role })}>
          {kRoles.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-footer">
        {create.isError && <FormMessage kind="error">{errorMessage(create.error)}</FormMessage>}
        {created !== null && <FormMessage kind="success">{created}</FormMessage>}
        <SubmitButton busy={create.isPending} label="Create user" busyLabel="Creating…" />
      </div>
    </form>
  );
}
