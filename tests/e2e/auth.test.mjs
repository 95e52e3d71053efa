// Sign-in, the role-aware dashboard, the admin's Users page and sign-out, against a running server
// (ANZAN_E2E_URL) with an admin account (ANZAN_E2E_ADMIN_EMAIL / ANZAN_E2E_ADMIN_PASSWORD).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { e2eConfig, launchBrowser, withPage } from "./browser.mjs";
import { shownName, signIn } from "./session.mjs";

const config = e2eConfig();
const skip = config.missing.length > 0 ? `set ${config.missing.join(", ")} to run the e2e tests` : false;

describe("sign-in and sign-out", { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test("a wrong password shows the server's error and stays on the sign-in page", async (t) => {
    await withPage(browser, t.name, async (page) => {
      await page.goto(`${config.url}/`);
      await page.getByLabel("Email").fill(config.adminEmail);
      await page.getByLabel("Password").fill(`${config.adminPassword}-wrong`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/auth/login"),
        page.getByRole("button", { name: "Sign in" }).click(),
      ]);
      assert.equal(response.status(), 401);
      const { detail } = await response.json();
      assert.ok(typeof detail === "string" && detail.length > 0, "the server sends a detail");

      const alert = page.getByRole("form", { name: "Sign in" }).getByRole("alert");
      await alert.waitFor();
      assert.equal((await alert.textContent())?.trim(), detail);
      assert.equal(new URL(page.url()).pathname, "/sign-in");
      assert.equal(await page.evaluate(() => window.localStorage.getItem("auth_token")), null);
    });
  });

  test("an admin signs in, sees the dashboard and the users list, and signs out", async (t) => {
    await withPage(browser, t.name, async (page) => {
      const { user, access_token } = await signIn(page, {
        url: config.url,
        email: config.adminEmail,
        password: config.adminPassword,
      });
      assert.equal(user.role, "admin", "ANZAN_E2E_ADMIN_EMAIL must be an admin");
      assert.equal(await page.evaluate(() => window.localStorage.getItem("auth_token")), access_token);

      // Dashboard: greeting and header name, the admin's nav entry and card.
      const name = shownName(user);
      await page.getByRole("heading", { level: 1, name: new RegExp(`, ${escape_regexp(name)}$`) }).waitFor();
      assert.equal((await page.getByTestId("user-name").textContent())?.trim(), name);
      const nav = page.getByRole("navigation", { name: "Main" });
      await nav.getByRole("link", { name: "Users" }).waitFor();
      await page.getByRole("heading", { name: "Admin", exact: true }).waitFor();

      // Users: the list loads and includes the admin.
      await nav.getByRole("link", { name: "Users" }).click();
      await page.getByRole("heading", { level: 1, name: "Users" }).waitFor();
      await page.getByRole("cell", { name: user.email }).waitFor();
      assert.ok((await page.locator("tbody tr").count()) >= 1);

      // Sign out: back to sign-in, token gone, and the dashboard no longer opens.
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      assert.equal(new URL(page.url()).pathname, "/sign-in");
      assert.equal(await page.evaluate(() => window.localStorage.getItem("auth_token")), null);
      await page.goto(`${config.url}/users`);
      await page.getByRole("button", { name: "Sign in" }).waitFor();
    });
  });

  test("an unknown client route shows the app's 404 page", async (t) => {
    await withPage(browser, t.name, async (page) => {
      await signIn(page, { url: config.url, email: config.adminEmail, password: config.adminPassword });
      await page.goto(`${config.url}/no/such/page`);
      await page.getByText("Page not found").waitFor();
      await page.getByRole("link", { name: "Go to the dashboard" }).click();
      await page.getByRole("heading", { level: 1, name: /^Good (morning|afternoon|evening), / }).waitFor();
    });
  });
});

function escape_regexp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
