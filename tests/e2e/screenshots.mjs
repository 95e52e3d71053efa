// Takes screenshots of every page, on a laptop and on a 390px-wide phone, into tests/e2e/out/screenshots/,
// for a person to look at after changing the web app. Not a test: run it by hand against a server.
//   ANZAN_E2E_URL=... ANZAN_E2E_ADMIN_EMAIL=... ANZAN_E2E_ADMIN_PASSWORD=... node screenshots.mjs
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { e2eConfig, kOutDir, launchBrowser } from "./browser.mjs";
import { signIn } from "./session.mjs";

const kViewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
};

// `prepare` runs after the page is ready and before the shot (e.g. to open a preview).
const kPages = [
  { name: "dashboard", path: "/", ready: "h1" },
  { name: "profile", path: "/profile", ready: "form" },
  { name: "users", path: "/users", ready: "tbody tr" },
  { name: "worksheets", path: "/worksheets", ready: ".block-editor" },
  { name: "worksheets-preview", path: "/worksheets", ready: ".block-editor", prepare: preview_ab3 },
  { name: "mental-maths", path: "/mental", ready: ".practice-settings" },
  { name: "my-papers", path: "/papers", ready: ".saved-list, .state-empty" },
  { name: "points", path: "/points", ready: ".points-history, .state" },
  { name: "season-reset", path: "/admin/season-reset", ready: ".counts" },
  { name: "seasons", path: "/seasons", ready: ".season-list, .state-empty" },
  { name: "api-docs", path: "/docs", ready: ".swagger-ui .info" },
  { name: "not-found", path: "/no/such/page", ready: ".not-found" },
];

// Worksheets: start from the AB-3 preset, preview it and show the answers.
async function preview_ab3(page) {
  await page.locator("#worksheet-level option[value='AB-3']").waitFor({ state: "attached" });
  await page.getByLabel("Start from").selectOption("AB-3");
  await page.getByRole("group", { name: "Block 10" }).waitFor();
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByRole("button", { name: "Show answers" }).click();
}

const config = e2eConfig();
if (config.missing.length > 0) {
  console.error(`set ${config.missing.join(", ")}`);
  process.exit(2);
}
const out_dir = path.join(kOutDir, "screenshots");
await mkdir(out_dir, { recursive: true });
const browser = await launchBrowser();
try {
  for (const [device, viewport] of Object.entries(kViewports)) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${config.url}/`);
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    await page.screenshot({ path: path.join(out_dir, `${device}-sign-in.png`), fullPage: true });
    await signIn(page, { url: config.url, email: config.adminEmail, password: config.adminPassword });
    for (const entry of kPages) {
      await page.goto(`${config.url}${entry.path}`);
      await page.locator(entry.ready).first().waitFor();
      if (entry.prepare) await entry.prepare(page);
      await page.screenshot({ path: path.join(out_dir, `${device}-${entry.name}.png`), fullPage: true });
    }
    if (device === "phone") {
      await page.goto(`${config.url}/`);
      await page.getByRole("button", { name: "Menu" }).click();
      await page.screenshot({ path: path.join(out_dir, "phone-menu-open.png"), fullPage: true });
    }
    await context.close();
  }
  console.log(`screenshots in ${out_dir}`);
} finally {
  await browser.close();
}
