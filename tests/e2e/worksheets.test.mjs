// Worksheets in a real browser against a real server: a teacher (or the admin) opens Worksheets, starts
// from the AB-3 preset, previews it (questions and seed shown), redraws with the same seed, downloads the
// PDF with and without the answer key (both real PDF files), and saves the worksheet.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import { e2eConfig, launchBrowser, withPage } from "./browser.mjs";
import { signIn } from "./session.mjs";

const config = e2eConfig();
const skip = config.missing.length > 0 ? `set ${config.missing.join(", ")} to run the e2e tests` : false;
// A teacher when the runner provides one (run.sh does), else the admin: both may save worksheets.
const account = process.env.ANZAN_E2E_TEACHER_EMAIL && process.env.ANZAN_E2E_PASSWORD
  ? { email: process.env.ANZAN_E2E_TEACHER_EMAIL, password: process.env.ANZAN_E2E_PASSWORD }
  : { email: config.adminEmail, password: config.adminPassword };

async function downloadedBytes(page, button_name) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button_name, exact: true }).click(),
  ]);
  const file = await download.path();
  assert.ok(file, "the download was saved");
  return { bytes: await readFile(file), name: download.suggestedFilename() };
}

describe("worksheets", { skip }, () => {
  let browser;
  before(async () => {
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
  });

  test("preset AB-3: preview with a seed, the same seed again, PDFs, save", async (t) => {
    await withPage(browser, t.name, async (page) => {
      await signIn(page, { url: config.url, email: account.email, password: account.password });
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Worksheets" }).click();
      await page.getByRole("heading", { level: 1, name: "Worksheets" }).waitFor();

      // The preset list comes from the server; choosing AB-3 fills the builder with its blocks.
      await page.locator("#worksheet-level option[value='AB-3']").waitFor({ state: "attached" });
      const [preset] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/presets/AB-3"),
        page.getByLabel("Start from").selectOption("AB-3"),
      ]);
      assert.equal(preset.status(), 200);
      const preset_body = await preset.json();
      await page.getByRole("group", { name: `Block ${preset_body.blocks.length}` }).waitFor();
      assert.equal(await page.getByLabel("Worksheet title").inputValue(), preset_body.title.slice(0, 25));

      // Preview: the seed and the questions the server generated.
      const [preview] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/papers/preview"),
        page.getByRole("button", { name: "Preview", exact: true }).click(),
      ]);
      const body = await preview.json();
      assert.equal(preview.status(), 200, JSON.stringify(body));
      const seed_text = (await page.getByTestId("preview-seed").textContent())?.trim();
      assert.equal(seed_text, String(body.seed));
      const first = body.blocks[0].questions[0];
      const first_item = page.getByRole("listitem", { name: `Question ${first.id}`, exact: true });
      await first_item.waitFor();
      assert.ok((await page.getByRole("listitem", { name: /^Question \d+$/ }).count()) >= 50);

      // Answers appear on demand.
      await page.getByRole("button", { name: "Show answers" }).click();
      // (Looked for in the answer itself: a row of the sum, or the question's number, may be the same digits.)
      const first_answer = (first.answer_text ?? String(first.answer)).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      await first_item.locator(".sum-answer, .question-answer").filter({ hasText: new RegExp(`^\\s*${first_answer}\\s*$`) }).waitFor();

      // The same seed gives the same questions.
      const [again] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/papers/preview"),
        page.getByRole("button", { name: "Regenerate this seed" }).click(),
      ]);
      const again_body = await again.json();
      assert.equal(again_body.seed, body.seed);
      assert.deepEqual(again_body.blocks.map((b) => b.questions.map((q) => q.text)), body.blocks.map((b) => b.questions.map((q) => q.text)));

      // PDFs, without and with the answer key.
      const plain = await downloadedBytes(page, "Download PDF");
      assert.equal(plain.bytes.subarray(0, 4).toString("latin1"), "%PDF");
      assert.match(plain.name, /\.pdf$/);
      const keyed = await downloadedBytes(page, "PDF with answer key");
      assert.equal(keyed.bytes.subarray(0, 4).toString("latin1"), "%PDF");
      assert.ok(keyed.bytes.length > plain.bytes.length, "the answer key adds pages");

      // Save, and find it under Saved worksheets.
      const [saved] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/papers" && r.request().method() === "POST"),
        page.getByRole("button", { name: "Save worksheet" }).click(),
      ]);
      assert.ok(saved.ok(), `save failed: ${saved.status()} ${await saved.text()}`);
      const saved_body = await saved.json();
      const open_saved = page.getByRole("button", { name: `Open ${saved_body.title}`, exact: true }).first();
      await open_saved.waitFor();
      assert.equal(saved_body.seed, body.seed);

      // Reopen it: the builder gets its blocks back and the preview its seed.
      await page.getByRole("button", { name: "New questions" }).click();
      await page.getByTestId("preview-seed").filter({ hasNotText: String(body.seed) }).waitFor();
      const [reopened] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/papers/preview"),
        open_saved.click(),
      ]);
      assert.equal((await reopened.json()).seed, body.seed);
      await page.getByTestId("preview-seed").filter({ hasText: String(body.seed) }).waitFor();

      // And download it again from the list.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: `Download ${saved_body.title}`, exact: true }).first().click(),
      ]);
      const again_bytes = await readFile(await download.path());
      assert.equal(again_bytes.subarray(0, 4).toString("latin1"), "%PDF");
    });
  });
  test("a blank worksheet: the server's refusal is shown on the block it names", async (t) => {
    await withPage(browser, t.name, async (page) => {
      await signIn(page, { url: config.url, email: account.email, password: account.password });
      await page.goto(`${config.url}/worksheets`);
      await page.getByRole("button", { name: "+ Add block" }).click();
      const block = page.getByRole("group", { name: "Block 2" });
      await block.getByLabel("Question type").selectOption("addition");
      await block.getByLabel("Digits per number").fill("1");
      await block.getByLabel("Rows").fill("2");
      // 100 is within 1–200, but only 81 different one-digit two-row additions exist.
      await block.getByLabel("Questions").fill("100");
      const [refused] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === "/api/papers/preview"),
        page.getByRole("button", { name: "Preview", exact: true }).click(),
      ]);
      assert.equal(refused.status(), 422);
      const { detail } = await refused.json();
      assert.match(detail, /^Block 2\b/);
      assert.equal((await block.getByRole("alert").textContent())?.trim(), detail);
      assert.equal(await page.getByRole("group", { name: "Block 1" }).getByRole("alert").count(), 0);

      await block.getByLabel("Questions").fill("20");
      await page.getByRole("button", { name: "Preview", exact: true }).click();
      await page.getByTestId("preview-seed").waitFor();
      assert.equal(await page.getByRole("listitem", { name: /^Question \d+$/ }).count(), 30);
    });
  });
});
