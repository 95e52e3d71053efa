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

// The account a test should play a student with: the runner's student (run.sh provides one), else the admin
// (every role may practise and answer papers).
export function studentAccount(config) {
  return process.env.ANZAN_E2E_STUDENT_EMAIL && process.env.ANZAN_E2E_PASSWORD
    ? { email: process.env.ANZAN_E2E_STUDENT_EMAIL, password: process.env.ANZAN_E2E_PASSWORD }
    : { email: config.adminEmail, password: config.adminPassword };
}

// GET `path` on the server as the user signed in on `page` (its stored bearer token); the parsed body.
export async function apiGet(page, url, path) {
  const token = await page.evaluate(() => window.localStorage.getItem("auth_token"));
  assert.ok(token, "the page holds a token");
  const response = await page.request.get(`${url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const body = await response.json();
  assert.equal(response.status(), 200, `GET ${path}: ${JSON.stringify(body)}`);
  return body;
}
