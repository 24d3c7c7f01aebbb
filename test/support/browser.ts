import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../server/config.js';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH. Playwright's own downloads cannot work here. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c): c is string => !!c && fs.existsSync(c)) ?? null;
}

export const BROWSER_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Whether the browser suites run. Without a browser they are skipped with a
 * loud line — or fail, when REQUIRE_BROWSER=1 (CI and the fresh-clone check).
 */
export function browserAvailability(): { run: true; executablePath: string } | { run: false } {
  const executablePath = findChromium();
  if (executablePath) return { run: true, executablePath };
  if (process.env.REQUIRE_BROWSER === '1') {
    throw new Error('REQUIRE_BROWSER=1 but no Chromium was found: apt-get install -y chromium (or set CHROMIUM_PATH)');
  }
  console.warn('\n*** SKIPPED: browser tests — no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH) ***\n');
  return { run: false };
}

export async function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: BROWSER_FLAGS });
}

/** Where screenshots go, next to the test results. */
export function screenshotPath(suite: string, name: string): string {
  const dir = path.join(PROJECT_ROOT, 'test-results', 'screenshots', suite);
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

const WEB_SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts'];

function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((entry) => newestMtime(path.join(target, entry))));
}

/** Builds the web app when web/dist is missing or older than its sources, so the browser tests see the current pages. */
export function ensureWebBuilt(): string {
  const dist = path.join(PROJECT_ROOT, 'web', 'dist');
  const index = path.join(dist, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(...WEB_SOURCES.map((s) => newestMtime(path.join(PROJECT_ROOT, s))));
  if (built < sources) {
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    });
  }
  return dist;
}

/** The input or textarea of an Element Plus field carrying a test id (the id sits on the wrapper or on the input itself). */
export function field(scope: Page | Locator, id: string): Locator {
  return scope
    .locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`)
    .first();
}

export interface SignInOptions {
  width?: number;
  height?: number;
  password?: string;
  acceptDownloads?: boolean;
}

/**
 * A new browser context as a reader in Beijing would have it (zh-CN, Beijing
 * time), signed in through the sign-in page as `username`; null leaves it
 * signed out.
 */
export async function signInAs(browser: Browser, baseUrl: string, username: string | null, options: SignInOptions = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: options.acceptDownloads ?? false,
  });
  const page = await context.newPage();
  if (username) {
    await page.goto(`${baseUrl}/sign-in`);
    await field(page, 'signin-username').fill(username);
    await field(page, 'signin-password').fill(options.password ?? DEMO_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('header-user').waitFor();
  }
  return page;
}
