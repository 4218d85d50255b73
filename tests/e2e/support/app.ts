import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { loadDemo } from "../../../src/cli/commands/demo";
import type { Database } from "../../../src/db/database";
import { type StartedServer, startServer } from "../../../src/server/start";
import { freshDatabase } from "../../support/databases";

export { DEMO_PASSWORD, DEMO_USERS } from "../../../src/cli/commands/demo";

export interface TestApp {
  db: Database;
  server: StartedServer;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * A server on a fresh PGlite database with a small demo (seeded through the same use cases as
 * `cli demo`), and Debian's chromium. The web app must be built (npm test builds it first).
 * `twoFactor`: the server's second-factor policy (default "optional", as for the demo).
 */
export async function startTestApp(opts: { twoFactor?: "required" | "optional" } = {}): Promise<TestApp> {
  const db = await freshDatabase("pglite");
  await loadDemo(db, { days: 40, peoplePerRoom: 25, visitsPerDay: 6 });
  const server = await startServer(db, 0, { twoFactor: opts.twoFactor });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
  return {
    db,
    server,
    baseUrl: `http://127.0.0.1:${server.port}`,
    browser,
    async close() {
      await browser.close();
      await server.close();
      await db.close();
    },
  };
}

export const TABLET = { width: 1024, height: 768 };
export const PHONE = { width: 360, height: 740 };

export async function newPage(
  app: TestApp,
  viewport = TABLET,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport, locale: "nl-NL", baseURL: app.baseUrl });
  const page = await context.newPage();
  return { context, page };
}

/** Logs in through the login page, as a person would. */
export async function login(page: Page, email: string, password = "demo-wachtwoord"): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}
