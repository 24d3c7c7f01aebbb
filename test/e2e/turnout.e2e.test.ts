/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'turnout';

/**
 * Issue 11 in the browser: the assessment team tries to close ballots nobody
 * was invited to; the dialog says why not, in figures; with the reason for an
 * exception given, the ballots close and the evaluation tab shows who closed
 * them below the minimum, and why.
 */
describe.runIf(browserCheck.run)('closing the ballots below the minimum turnout, in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let assessmentId: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
    const cycleId = await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN-DJ');
    const [row] = (await t.dataSource.query(`SELECT id FROM assessment WHERE cycle_id = $1 AND cadre_id IS NOT NULL AND overlay = 'NONE' ORDER BY id LIMIT 1`, [cycleId])) as Array<{ id: string }>;
    assessmentId = row!.id;
    await advanceAssessments(t, cycleId, [assessmentId], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS']);
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { height: 900 });

  it('the refusal names the rule and its figures; with a recorded reason the ballots close and the exception is shown', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/assessments/${assessmentId}`);
    await page.locator('[data-testid="action-CLOSE_BALLOTS"]').first().click();
    const dialog = page.locator('.el-dialog:visible').last();
    await dialog.waitFor();
    await dialog.getByTestId('action-confirm').click();
    const error = dialog.getByTestId('action-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('尚未邀请任何测评人，参评率达不到最低要求（80%）');
    await page.screenshot({ path: screenshotPath(SUITE, '01-close-refused') });

    await dialog.locator('textarea[data-testid="action-turnout-reason"]').fill('该单位机构改革撤并，测评对象已无法组织民主测评，经考核组研究按例外结束');
    await dialog.getByTestId('action-confirm').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('#tab-evaluation').click();
    const shown = page.getByTestId('turnout-exception');
    await shown.waitFor();
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain('邀请 0 人，收回 0 张（参评率 0%），低于最低参评率 80%');
    expect(text).toContain('该单位机构改革撤并');
    expect(text).toContain('省考核组 第一组');
    await page.screenshot({ path: screenshotPath(SUITE, '02-exception-shown'), fullPage: true });
    await page.context().close();
  });
});
