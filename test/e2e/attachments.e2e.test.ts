import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { PDF } from '../support/attachment-files.js';
import { openCycleFor, writeSelfReport } from '../support/lifecycle.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Attachments in the browser: the cadre adds a PDF to their self-report (the
 * limits said before, an executable refused in words), and the assessment
 * team downloads it from the assessment's self-report tab under its Chinese
 * name. Screenshots: test-results/screenshots/attachments/.
 */
const browserCheck = browserAvailability();
const SUITE = 'attachments';

describe.runIf(browserCheck.run)('attachments in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  let mine: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
    const admin = await t.signIn('orgadmin');
    const cycleId = await openCycleFor(t, admin, 'QH-TN-DJ');
    const [{ id }] = (await t.dataSource.query(`SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre' AND a.cycle_id = $1`, [cycleId])) as [{ id: string }];
    mine = id;
    await writeSelfReport(t, await t.signIn('cadre'), mine);
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { width: 1280, height: 900, acceptDownloads: true });

  it('the cadre uploads a PDF on the self-report; an executable is refused in words', async () => {
    const page = await as('cadre');
    await page.goto(`${t.url}/my?a=${mine}`);
    await page.getByTestId('selfreport-editor').waitFor();
    const limits = page.getByTestId('attachment-limits');
    await limits.waitFor();
    expect(await limits.textContent()).toContain('单个文件不超过 20 MB');
    await page.getByTestId('attachment-input').setInputFiles({ name: '述职报告附件.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByTestId('attachment-item').filter({ hasText: '述职报告附件.pdf' }).waitFor();
    await page.getByTestId('attachment-input').setInputFiles({ name: '工作照片.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]) });
    const refusal = page.getByTestId('attachment-refusal');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('“工作照片.pdf”未上传：不接受该类型的附件，或文件内容与扩展名不符');
    await page.getByTestId('attachments-SELF_REPORT').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(SUITE, '01-cadre-self-report-attachments'), fullPage: false });
    await page.context().close();
  });

  it('the assessment team downloads it from the self-report tab under its Chinese name', async () => {
    const page = await as('assessor');
    await page.goto(`${t.url}/assessments/${mine}?tab=selfReport`);
    const link = page.getByTestId('attachment-download').filter({ hasText: '述职报告附件.pdf' });
    await link.waitFor();
    await link.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(SUITE, '02-assessor-self-report-tab'), fullPage: false });
    const pending = page.waitForEvent('download');
    await link.click();
    const saved = await pending;
    expect(saved.suggestedFilename()).toBe('述职报告附件.pdf');
    expect(fs.readFileSync((await saved.path())!).equals(PDF)).toBe(true);
    expect(await page.getByTestId('attachment-add').count()).toBe(0);
    await page.context().close();
  });
});
