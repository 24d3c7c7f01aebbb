import fs from 'node:fs';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { openCycleFor } from '../support/lifecycle.js';
import { decideAndNotify } from '../support/review-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Official documents in the browser: the organisation department downloads
 * the written notice PDF from the print page (which names the issuing organ
 * and offers the review the grade allows), the unit's archive from the
 * cycle's page; the cadre downloads their registration form from the
 * assessment's decision tab. Screenshots: test-results/screenshots/documents-web/.
 */
const browserCheck = browserAvailability();
const SUITE = 'documents-web';

describe.runIf(browserCheck.run)('official documents in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let cycleId: string;
  let mine: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-06T09:00:00+08:00'));
    for (const u of ['orgadmin', 'assessor', 'committee']) tokens[u] = await t.signIn(u);
    cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
    const [{ id }] = (await t.dataSource.query(`SELECT a.id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre' AND a.cycle_id = $1`, [cycleId])) as [{ id: string }];
    mine = id;
    t.clock.set(new Date('2026-03-02T10:00:00+08:00'));
    await decideAndNotify(t, tokens as { assessor: string; committee: string; orgadmin: string }, cycleId, [mine], 'INCOMPETENT');
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { width: 1280, height: 900, acceptDownloads: true });
  const download = async (page: Page, testid: string) => {
    const pending = page.waitForEvent('download');
    await page.getByTestId(testid).first().click();
    const saved = await pending;
    return { name: saved.suggestedFilename(), bytes: fs.readFileSync((await saved.path())!) };
  };

  it('the print page names the issuing organ, offers the review and downloads the PDF', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/print/assessments/${mine}/written-notice`);
    await page.getByTestId('print-written-issuer').filter({ hasText: '中共东江区委员会组织部' }).waitFor();
    expect(await page.getByTestId('print-written-rights').textContent()).toContain('30日内，向中共东江区委员会组织部书面申请复核');
    await page.screenshot({ path: screenshotPath(SUITE, '01-written-notice-print-page'), fullPage: true });
    const pdf = await download(page, 'download-written-notice');
    expect(pdf.name).toMatch(/^2025-.+-考核结果书面通知\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });

  it('the cycle’s page exports the unit’s archive with its manifest', async () => {
    const page = await as('orgadmin');
    await page.goto(`${t.url}/cycles/${cycleId}`);
    await page.getByTestId('cycle-documents').waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '02-cycle-documents'), fullPage: false });
    const zip = await download(page, 'download-unit-archive');
    expect(zip.name).toBe('2025-东江区-考核档案.zip');
    const manifest = JSON.parse(await (await JSZip.loadAsync(zip.bytes)).file('manifest.json')!.async('string')) as { files: unknown[] };
    expect(manifest.files.length).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });

  it('the cadre downloads their own registration form, and is not offered the archive', async () => {
    const page = await as('cadre');
    await page.goto(`${t.url}/assessments/${mine}?tab=decision`);
    await page.getByTestId('assessment-documents').waitFor();
    expect(await page.getByTestId('download-cadre-archive').count()).toBe(0);
    await page.screenshot({ path: screenshotPath(SUITE, '03-cadre-decision-tab'), fullPage: false });
    const pdf = await download(page, 'download-registration-form');
    expect(pdf.name).toMatch(/年度考核登记表\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.context().close();
  });
});
