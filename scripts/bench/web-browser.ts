import fs from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/seed/demo.js';
import type { BenchPage, PageIds } from './web-pages.js';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Time to usable of each page in Chromium: from the navigation until every
 * GraphQL request the page sent has answered (the last answer) and no
 * loading mask or skeleton is left; signed in once per role. Null without a
 * Chromium.
 */
export async function browserTimings(base: string, pages: BenchPage[], ids: PageIds, runs: number): Promise<Array<{ role: string; route: string; times: number[] }> | null> {
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && fs.existsSync(p));
  if (!executablePath) return null;
  const browser = await chromium.launch({ executablePath, headless: true, args: FLAGS });
  const result: Array<{ role: string; route: string; times: number[] }> = [];
  try {
    const signedIn = new Map<string, Page>();
    for (const page of pages.filter((p) => !p.apiOnly)) {
      let tab = signedIn.get(page.role);
      if (!tab) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
        tab = await context.newPage();
        await tab.goto(`${base}/sign-in`);
        await tab.locator('[data-testid="signin-username"] input, input[data-testid="signin-username"]').first().fill(page.role);
        await tab.locator('[data-testid="signin-password"] input, input[data-testid="signin-password"]').first().fill(DEMO_PASSWORD);
        await tab.getByTestId('signin-submit').click();
        await tab.getByTestId('header-user').waitFor();
        signedIn.set(page.role, tab);
      }
      const times: number[] = [];
      for (let run = 0; run < runs; run++) times.push(await timeToUsable(tab, `${base}${page.route(ids)}`));
      result.push({ role: page.role, route: page.route(ids), times });
    }
  } finally {
    await browser.close();
  }
  return result;
}

async function timeToUsable(tab: Page, url: string): Promise<number> {
  let inFlight = 0;
  let seen = 0;
  let lastAnswer = 0;
  const started = performance.now();
  const isGql = (u: string) => u.includes('/graphql');
  const onRequest = (r: { url(): string }) => {
    if (isGql(r.url())) {
      inFlight++;
      seen++;
    }
  };
  const onDone = (r: { url(): string }) => {
    if (isGql(r.url())) {
      inFlight--;
      lastAnswer = performance.now();
    }
  };
  tab.on('request', onRequest);
  tab.on('requestfinished', onDone);
  tab.on('requestfailed', onDone);
  try {
    await tab.goto(url, { waitUntil: 'commit' });
    // Settled: every GraphQL request answered, none new for 150 ms, no loading mask or skeleton on screen.
    for (let i = 0; i < 400; i++) {
      await tab.waitForTimeout(25);
      const quiet = seen > 0 && inFlight === 0 && performance.now() - lastAnswer > 150;
      if (quiet && (await tab.locator('.el-loading-mask:visible, .el-skeleton:visible').count()) === 0) break;
    }
    return (lastAnswer || performance.now()) - started;
  } finally {
    tab.off('request', onRequest);
    tab.off('requestfinished', onDone);
    tab.off('requestfailed', onDone);
  }
}
