// A paper answered online in a real browser against a real server: a student previews a worksheet, starts
// an attempt at it, answers a few questions (one wrong on purpose), waits for the autosave, reloads half-way
// and finds the answers restored from the server, answers one more, submits with blanks (after the
// question), and sees the server's marks: counts, points and every question reviewed against the key.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { e2eConfig, launchBrowser, withPage } from "./browser.mjs";
import { apiGet, signIn, studentAccount } from "./session.mjs";

const config = e2eConfig();
const skip = config.missing.length > 0 ? `set ${config.missing.join(", ")} to run the e2e tests` : false;
const account = studentAccount(config);

const answerBox = (page, id) => page.getByLabel(`Answer to question ${id}`, { exact: true });

async function figure(page, label) {
  const text = await page.locator(".figure").filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd").textContent();
  return text?.trim();
}

describe("paper attempt", { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test("start, answer, autosave, reload mid-way, answers restored, submit, result", async (t) => {
    await withPage(browser, t.name, async (page) => {
      await signIn(page, { url: config.url, email: account.email, password: account.password });

      // A worksheet to answer: the builder's blank one (one block of sums), previewed with a new seed.
      await page.goto(`${config.url}/worksheets`);
      const [preview] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/papers/preview"),
        page.getByRole("button", { name: "Preview", exact: true }).click(),
      ]);
      const previewed = await preview.json();
      assert.equal(preview.status(), 200, JSON.stringify(previewed));
      const questions = previewed.blocks.flatMap((block) => block.questions);
      assert.ok(questions.length >= 5, "the worksheet has at least 5 questions");
      const key = new Map(questions.map((question) => [question.id, question.answer_text ?? String(question.answer)]));

      const [started] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/papers/attempt" && r.request().method() === "POST"),
        page.getByRole("button", { name: "Attempt online" }).click(),
      ]);
      const attempt = await started.json();
      assert.ok(started.ok(), `start failed: ${started.status()} ${JSON.stringify(attempt)}`);
      await page.waitForURL(`${config.url}/papers/attempt/${attempt.id}`);

      // The start screen, then the paper. The server generated the same questions from the config and seed.
      await page.getByRole("button", { name: "Start paper" }).waitFor();
      const detail = await apiGet(page, config.url, `/api/papers/attempt/${attempt.id}`);
      // Open: no seed and no answer key (with the config they would give the answers), a time it closes at.
      assert.equal(detail.status, "open");
      assert.equal(detail.seed, null);
      assert.equal(detail.results, null);
      assert.notEqual(detail.expires_at, null);
      assert.ok(detail.generated_blocks.every((block) => block.questions.every((q) => q.answer === undefined && q.answer_text === undefined)),
        "an open attempt's questions carry no answers");
      assert.deepEqual(detail.generated_blocks.flatMap((block) => block.questions.map((q) => q.text)), questions.map((q) => q.text));
      await page.getByRole("button", { name: "Start paper" }).click();

      const [first, second, third, fourth, fifth] = questions;
      const wrong = String(BigInt(key.get(second.id)) + 1n);
      const saved = page.waitForResponse((r) => {
        if (new URL(r.url()).pathname !== `/api/papers/attempt/${attempt.id}` || r.request().method() !== "PATCH") return false;
        return Object.keys(JSON.parse(r.request().postData() ?? "{}").answers ?? {}).length === 3;
      }, { timeout: 30_000 });
      saved.catch(() => undefined);
      await answerBox(page, first.id).fill(key.get(first.id));
      await answerBox(page, second.id).fill(wrong);
      await answerBox(page, third.id).fill(key.get(third.id));
      await page.getByTestId("attempt-progress").filter({ hasText: `3 / ${questions.length} answered` }).waitFor();

      // The autosave (every few seconds once something changed).
      const save = await saved;
      assert.ok(save.ok(), `autosave failed: ${save.status()}`);
      assert.deepEqual(JSON.parse(save.request().postData()).answers,
        { [first.id]: key.get(first.id), [second.id]: wrong, [third.id]: key.get(third.id) });
      await page.getByTestId("save-status").filter({ hasText: "All answers saved" }).waitFor();

      // Reload half-way: the paper opens again with the server's answers, and the clock goes on.
      await page.reload();
      await answerBox(page, first.id).waitFor();
      assert.equal(await answerBox(page, first.id).inputValue(), key.get(first.id));
      assert.equal(await answerBox(page, second.id).inputValue(), wrong);
      assert.equal(await answerBox(page, third.id).inputValue(), key.get(third.id));
      assert.equal(await answerBox(page, fourth.id).inputValue(), "");
      await page.getByTestId("attempt-progress").filter({ hasText: `3 / ${questions.length} answered` }).waitFor();
      const stored = await apiGet(page, config.url, `/api/papers/attempt/${attempt.id}`);
      assert.equal(String(stored.answers[first.id]), key.get(first.id));

      // One more, then submit: the blanks are asked about first.
      await answerBox(page, fourth.id).fill(key.get(fourth.id));
      await page.getByRole("button", { name: "Submit", exact: true }).click();
      const ask = page.getByRole("alertdialog", { name: "Submit with blank answers?" });
      await ask.getByText(`${questions.length - 4} questions are still blank.`).waitFor();
      const [submitted] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === `/api/papers/attempt/${attempt.id}` && r.request().method() === "PUT"),
        ask.getByRole("button", { name: "Submit anyway" }).click(),
      ]);
      const result = await submitted.json();
      assert.equal(submitted.status(), 200, JSON.stringify(result));
      const sent = JSON.parse(submitted.request().postData());
      assert.equal(Object.keys(sent.answers).length, 4);
      assert.ok(sent.time_taken > 0, "the time taken is sent");
      assert.equal(result.status, "completed");
      assert.equal(result.correct_answers, 3);
      assert.equal(result.wrong_answers, 1);
      assert.equal(result.unattempted, questions.length - 4);
      assert.equal(result.seed, previewed.seed, "the seed is shown once the attempt is closed");

      // The result screen: the server's numbers, and every question against the key.
      await page.getByTestId("result-message").waitFor();
      assert.equal(await figure(page, "Correct"), "3");
      assert.equal(await figure(page, "Wrong"), "1");
      assert.equal(await figure(page, "Not answered"), String(questions.length - 4));
      const earned = await page.evaluate((value) => value.toLocaleString(), result.points_earned);
      assert.equal(await figure(page, "Points earned"), result.points_earned > 0 ? `+${earned}` : earned);
      assert.equal(await figure(page, "Your points now"), await page.evaluate((value) => value.toLocaleString(), result.total_points));
      const row = (question) => page.getByRole("row", { name: `Question ${question.id}`, exact: true });
      await row(first).waitFor();
      assert.match((await row(first).textContent()) ?? "", /✓ Right/);
      assert.match((await row(second).textContent()) ?? "", /✗ Wrong/);
      assert.equal((await row(second).locator("td").nth(3).textContent())?.trim(), key.get(second.id));
      assert.match((await row(fourth).textContent()) ?? "", /✓ Right/);
      assert.match((await row(fifth).textContent()) ?? "", /Not answered/);

      const done = await apiGet(page, config.url, `/api/papers/attempt/${attempt.id}`);
      assert.notEqual(done.completed_at, null);
      assert.equal(done.status, "completed");
      assert.equal(done.expires_at, null);
      assert.deepEqual(done.results.map((r) => [r.question_id, r.is_correct, r.answered]), questions.map((q) =>
        [q.id, q.id === first.id || q.id === third.id || q.id === fourth.id, [first.id, second.id, third.id, fourth.id].includes(q.id)]));
      // The clock is no longer kept on this device.
      assert.equal(await page.evaluate((id) => window.localStorage.getItem(`anzan.attempt.${id}.started`), attempt.id), null);
    });
  });
});
