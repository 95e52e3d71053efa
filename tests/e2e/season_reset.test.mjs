// Season reset in a real browser against a real server: the admin opens Season reset, sees the dry run's
// counts and the lists of what is deleted and kept, types RESET, resets, sees the summary with the backup's
// file name, and finds the new season under Past seasons.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { e2eConfig, launchBrowser, withPage } from "./browser.mjs";
import { signIn } from "./session.mjs";

const config = e2eConfig();
const skip = config.missing.length > 0 ? `set ${config.missing.join(", ")} to run the e2e tests` : false;

const kDeleted = [
  "All practice sessions and attempts",
  "All paper attempts",
  "All badges and rewards",
  "All user points, streaks, and statistics",
  "All leaderboard data",
];
const kKept = [
  "User accounts", "Student profiles", "Attendance records", "Class sessions", "Class schedules",
  "Fee plans and assignments", "Fee transactions", "Certificates", "Profile audit logs",
];

describe("season reset", { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test("the admin resets progress and the season is archived", async (t) => {
    await withPage(browser, t.name, async (page) => {
      await signIn(page, { url: config.url, email: config.adminEmail, password: config.adminPassword });
      const nav = page.getByRole("navigation", { name: "Main" });
      const [dry_run] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/users/admin/reset-progress"),
        nav.getByRole("link", { name: "Season reset" }).click(),
      ]);
      assert.equal(new URL(dry_run.url()).searchParams.get("dry_run"), "true");
      const dry = await dry_run.json();
      assert.equal(dry_run.status(), 200, JSON.stringify(dry));

      // The dry run's counts as the server sent them.
      const counts = page.getByLabel("Dry run counts");
      await counts.waitFor();
      const users = counts.locator(".count", { hasText: "Users reset" });
      assert.equal((await users.locator("dd").textContent())?.trim(), dry.summary.users_reset.toLocaleString("en-US"));

      for (const item of [...kDeleted, ...kKept]) await page.getByText(item, { exact: true }).waitFor();

      // The red button waits for RESET.
      const button = page.getByRole("button", { name: "Reset progress for everyone" });
      assert.equal(await button.isDisabled(), true);
      await page.getByLabel("Type RESET to confirm").fill("reset");
      assert.equal(await button.isDisabled(), true);
      await page.getByLabel("Type RESET to confirm").fill("RESET");
      const [reset] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/users/admin/reset-progress" &&
          new URL(r.url()).searchParams.get("dry_run") === null),
        button.click(),
      ]);
      const result = await reset.json();
      assert.equal(reset.status(), 200, JSON.stringify(result));
      await page.getByText(result.message, { exact: true }).waitFor();
      const backup = (await page.getByTestId("reset-backup").textContent())?.trim() ?? "";
      assert.ok(result.summary.backup, "the server wrote a backup");
      assert.equal(backup, result.summary.backup.split(/[\\/]/).pop());
      assert.equal((await page.getByTestId("reset-season").textContent())?.trim(), `#${result.summary.season_id}`);

      // Past seasons lists the new season first and opens its standings.
      const [seasons] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/seasons"),
        nav.getByRole("link", { name: "Past seasons" }).click(),
      ]);
      const list = await seasons.json();
      const season = list.find((s) => s.id === result.summary.season_id);
      assert.ok(season, `season ${result.summary.season_id} is listed`);
      const item = page.getByRole("button", { name: new RegExp(escape_regexp(season.name)) }).first();
      await item.waitFor();
      assert.equal(await item.getAttribute("aria-pressed"), "true");
      await page.locator("table tbody tr, .state-empty").first().waitFor();
    });
  });
});

function escape_regexp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
