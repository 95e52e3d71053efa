// Email and password sign-in. Shows the server's reason when sign-in fails (wrong password, too many
// attempts) and keeps the button disabled while the request runs.
import { useState, type FormEvent } from "react";
import { errorMessage } from "../../../lib/api";
import { FormMessage } from "../../../components/form-message";
import { SubmitButton } from "../../../components/submit-button";
import { TextField } from "../../../components/text-field";
import { useLogin } from "../api";
import type { User } from "../types";

export function SignInForm({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const [email, set_email] = useState("");
  const [password, set_password] = useState("");
  const login = useLogin();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    login.mutate({ email: email.trim(), password }, { onSuccess: (response) => onSignedIn(response.user) });
  };

  return (
    <form className="form" onSubmit={submit} aria-label="Sign in">
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        required
        value={email}
        onChange={(event) => set_email(event.target.value)}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => set_password(event.target.value)}
      />
      {login.isError && <FormMessage kind="error">{errorMessage(login.error)}</FormMessage>}
      <SubmitButton busy={login.isPending} label="Sign in" busyLabel="Signing in…" />
    </form>
  );
}
