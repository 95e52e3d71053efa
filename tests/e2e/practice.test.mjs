// Mental maths in a real browser against a real server: a student runs a flash session of 5 addition and
// subtraction sums at the fastest custom speed, reads each flashed row off the page, answers three right and
// two wrong on purpose, and the end screen shows exactly what the server graded (its counts and points, also
// asked of GET /api/practice/sessions/{id}).
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { e2eConfig, launchBrowser, withPage } from "./browser.mjs";
import { apiGet, signIn, studentAccount } from "./session.mjs";

const config = e2eConfig();
const skip = config.missing.length > 0 ? `set ${config.missing.join(", ")} to run the e2e tests` : false;
const account = studentAccount(config);
const kQuestions = 5;
const kWrongOnPurpose = new Set([2, 4]); // question numbers answered wrong

// "12", "+34", "−5" (the page's typographic minus) → 12, 34, -5 as BigInt.
function rowValue(text) {
  const row = text.replace(/\s+/g, "").replace(/^[−–]/, "-").replace(/^\+/, "");
  assert.match(row, /^-?\d+$/, `a flashed row is a whole number: ${JSON.stringify(text)}`);
  return BigInt(row);
}

// The text of the figure labelled `label` on the end screen ("Correct" → "3").
async function figure(page, label) {
  const text = await page.locator(".figure").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd").textContent();
  return text?.trim();
}

describe("mental maths", { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test("a flash session at the fastest speed: rows read off the page, 3 right, 2 wrong, graded by the server", async (t) => {
    await withPage(browser, t.name, async (page) => {
      await signIn(page, { url: config.url, email: account.email, password: account.password });
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Mental maths" }).click();
      await page.getByRole("heading", { level: 1, name: "Mental maths" }).waitFor();

      // Settings: addition & subtraction, 5 questions, the fastest custom speed the server offers.
      const options = await apiGet(page, config.url, "/api/practice/options");
      const add_sub = options.operations.find((operation) => operation.operation_type === "add_sub");
      assert.ok(add_sub?.flash, "add_sub is a flash type");
      await page.getByLabel("Operation").selectOption("add_sub");
      await page.getByLabel("Number of questions").fill(String(kQuestions));
      await page.locator("label.segment", { hasText: "Custom" }).click();
      assert.ok(await page.getByRole("radio", { name: /^Custom/ }).isChecked());
      const speed = page.getByLabel("Seconds per row");
      const offered = await speed.locator("option").evaluateAll((items) => items.map((item) => Number(item.value)));
      const fastest = Math.min(...offered);
      assert.equal(fastest, Math.min(...add_sub.timing.custom_values), "the page offers the server's fastest speed");
      await speed.selectOption(String(fastest));

      // Record every row the page flashes (each is on screen for a tenth of a second or so).
      await page.evaluate(() => {
        window.__flashed = [];
        new MutationObserver(() => {
          const row = document.querySelector('[data-testid="flash-row"]');
          const count = document.querySelector('[data-testid="question-count"]')?.textContent ?? "";
          if (row === null) return;
          const key = `${count}#${row.getAttribute("data-row")}`;
          if (!window.__flashed.some((seen) => seen.key === key))
            window.__flashed.push({ key, question: Number(/Question (\d+)/.exec(count)?.[1]), text: row.textContent });
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });

      const [started] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/practice/sessions" && r.request().method() === "POST"),
        page.getByRole("button", { name: "Start", exact: true }).click(),
      ]);
      const session = await started.json();
      assert.equal(started.status(), 201, JSON.stringify(session));
      assert.equal(session.flash, true);
      assert.equal(session.seconds, fastest);
      assert.equal(session.questions.length, kQuestions);
      await page.getByText("Get ready").waitFor();

      // The run submits itself after the last answer: listen for it before answering.
      const submit_response = page.waitForResponse(
        (r) => new URL(r.url()).pathname === `/api/practice/sessions/${session.id}/submit`, { timeout: 120_000 });
      submit_response.catch(() => undefined); // awaited below; a failure before then must not go unhandled
      const answer_box = page.getByLabel("Your answer");
      const expected = new Map(); // question number → the right answer, from the rows the page showed
      for (let number = 1; number <= kQuestions; number += 1) {
        // The answer window of question `number`: the box is open once its last row has flashed.
        await page.waitForFunction(([n, total]) => {
          const box = document.querySelector('input[aria-label="Your answer"]');
          const count = document.querySelector('[data-testid="question-count"]')?.textContent;
          return box !== null && !box.readOnly && count === `Question ${n} of ${total}`;
        }, [number, kQuestions], { timeout: 30_000 });
        const question = session.questions[number - 1];
        const flashed = (await page.evaluate(() => window.__flashed)).filter((row) => row.question === number).map((row) => row.text);
        assert.equal(flashed.length, question.rows.length, `question ${number}: every row was flashed (${JSON.stringify(flashed)})`);
        assert.deepEqual(flashed.map(rowValue), question.rows.map(rowValue), `question ${number}: the rows the server sent`);
        const right = flashed.map(rowValue).reduce((sum, value) => sum + value, 0n);
        expected.set(number, right);
        const given = kWrongOnPurpose.has(number) ? right + 1n : right;
        await answer_box.fill(String(given));
        await answer_box.press("Enter");
      }

      // The server grades; the end screen shows its numbers.
      const submitted = await submit_response;
      const result = await submitted.json();
      assert.equal(submitted.status(), 200, JSON.stringify(result));
      assert.equal(result.correct_answers, kQuestions - kWrongOnPurpose.size);
      assert.equal(result.wrong_answers, kWrongOnPurpose.size);
      assert.equal(result.unattempted, 0);
      await page.getByTestId("result-message").waitFor();
      assert.equal(await figure(page, "Correct"), String(result.correct_answers));
      assert.equal(await figure(page, "Wrong"), String(result.wrong_answers));
      // Numbers as the page writes them (the browser's locale).
      const shown = (value) => page.evaluate((number) => number.toLocaleString(), value);
      const earned = await shown(Math.abs(result.points_earned));
      assert.equal(await figure(page, "Points earned"),
        result.points_earned > 0 ? `+${earned}` : result.points_earned < 0 ? `−${earned}` : "0");
      assert.equal(await figure(page, "Your points now"), await shown(result.total_points));
      for (const [number, right] of expected) {
        const row = page.getByRole("row", { name: `Question ${number}`, exact: true });
        assert.equal((await row.locator("td").nth(3).textContent())?.trim(), String(right));
        assert.match((await row.textContent()) ?? "", kWrongOnPurpose.has(number) ? /✗ Wrong/ : /✓ Right/);
      }

      // The session as the server keeps it agrees, and the header shows the new balance.
      const stored = await apiGet(page, config.url, `/api/practice/sessions/${session.id}`);
      assert.equal(stored.status, "completed");
      assert.equal(stored.result.correct_answers, result.correct_answers);
      assert.equal(stored.result.points_earned, result.points_earned);
      const me = await apiGet(page, config.url, "/api/users/me");
      await page.getByRole("link", { name: `Points: ${await shown(me.total_points)}` }).waitFor();
      // Nothing is left to resume.
      assert.equal(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("anzan.practice.run.")).length), 0);
    });
  });
});
