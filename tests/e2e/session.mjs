// Sign-in steps shared by the e2e tests, written the way a person does them: through the sign-in page.
import assert from "node:assert/strict";

// Opens the app, which sends a visitor to the sign-in page, and signs in. Resolves once the signed-in
// header is shown. Returns the login response body (the server's own user record).
export async function signIn(page, { url, email, password }) {
  await page.goto(`${url}/`);
  await page.getByRole("button", { name: "Sign in" }).waitFor();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  const [response] = await Promise.all([
    page.waitForResponse((r) => new URL(r.url()).pathname === "/api/auth/login"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  const body = await response.json();
  assert.equal(response.status(), 200, `sign-in failed: ${JSON.stringify(body)}`);
  await page.getByRole("banner").waitFor();
  return body;
}

// The name the app greets a user by (display name, else account name), as the web app computes it.
export function shownName(user) {
  const display = (user.display_name ?? "").trim();
  return display.length > 0 ? display : user.name;
}
