// Shared browser setup for the e2e tests: Debian's Chromium (never a downloaded browser) driven by
// playwright-core, one isolated browser context per test, and a screenshot in tests/e2e/out/ when a test
// fails. Every test file launches through here so the flags live in one place.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const kHere = path.dirname(fileURLToPath(import.meta.url));
export const kOutDir = path.join(kHere, "out");

export const kChromiumPath = process.env.ANZAN_E2E_CHROMIUM ?? "/usr/bin/chromium";

// No sandbox (we run as root in CI), no GPU, and nothing that phones home: the machine reaches no network
// but its own.
export const kChromiumArgs = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Default wait for any single step (a click, a text to appear). Generous for a 2-core CI machine.
export const kStepTimeoutMs = 15_000;

// Launches Chromium. playwright-core gives every launch a fresh temporary --user-data-dir of its own and
// deletes it on close (it refuses one passed in `args`), so no profile state leaks between runs.
export async function launchBrowser() {
  return chromium.launch({
    executablePath: kChromiumPath,
    headless: true,
    chromiumSandbox: false,
    args: kChromiumArgs,
    timeout: 60_000,
  });
}

// The server under test and the admin account, from the environment. `missing` lists unset variables, so a
// test file can skip with a clear reason instead of failing obscurely.
export function e2eConfig() {
  const names = ["ANZAN_E2E_URL", "ANZAN_E2E_ADMIN_EMAIL", "ANZAN_E2E_ADMIN_PASSWORD"];
  const missing = names.filter((name) => !process.env[name]);
  return {
    url: (process.env.ANZAN_E2E_URL ?? "").replace(/\/+$/, ""),
    adminEmail: process.env.ANZAN_E2E_ADMIN_EMAIL ?? "",
    adminPassword: process.env.ANZAN_E2E_ADMIN_PASSWORD ?? "",
    missing,
  };
}

function file_name_for(test_name) {
  return `${test_name.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "").toLowerCase() || "test"}.png`;
}

// Runs `body(page)` in a fresh browser context (its own storage: no token carried between tests). On
// failure it saves a full-page screenshot to tests/e2e/out/<test name>.png and adds the path and any page
// errors to the thrown error. Viewport defaults to a laptop; pass { width: 390, height: 844 } for a phone.
export async function withPage(browser, test_name, body, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(kStepTimeoutMs);
  const page_errors = [];
  page.on("pageerror", (error) => page_errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") page_errors.push(`console: ${message.text()}`);
  });
  try {
    await body(page);
  } catch (error) {
    await mkdir(kOutDir, { recursive: true });
    const shot = path.join(kOutDir, file_name_for(test_name));
    await page.screenshot({ path: shot, fullPage: true }).catch(() => undefined);
    const notes = [`screenshot: ${shot}`, `page url: ${page.url()}`];
    if (page_errors.length > 0) notes.push(`page errors:\n  ${page_errors.join("\n  ")}`);
    if (error instanceof Error) error.message = `${error.message}\n${notes.join("\n")}`;
    throw error;
  } finally {
    await context.close();
  }
}
