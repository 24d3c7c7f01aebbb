/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF } from '../support/attachment-files.js';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { advanceAssessments } from '../support/cycle-fixture.js';
import { openCycleFor } from '../support/lifecycle.js';
import { expectAccessible, expectWordsOnly } from '../support/page-audit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'corroboration';

/**
 * Corroboration in the browser: the discipline body records an audit finding
 * on the assessment's 印证 tab (a refusal in words first), the assessment team
 * consults the competent department on a veto item, the committee sees the
 * open consultation on its review queue, and the organisation department
 * records the department's answer on its behalf.
 */
describe.runIf(browserCheck.run)('corroboration, in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let assessmentId: string;
  let subject: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-01-08T09:00:00+08:00'));
    const cycleId = await openCycleFor(t, await t.signIn('orgadmin'), 'QH-TN-DJ');
    const [row] = (await t.dataSource.query(
      `SELECT a.id, c.name FROM assessment a JOIN cadre c ON c.id = a.cadre_id WHERE a.cycle_id = $1 AND a.overlay = 'NONE' ORDER BY c.name, a.id LIMIT 1`,
      [cycleId],
    )) as Array<{ id: string; name: string }>;
    assessmentId = row!.id;
    subject = row!.name;
    await advanceAssessments(t, cycleId, [assessmentId], ['SUBMIT_SELF_REPORT', 'ACCEPT_SELF_REPORT', 'OPEN_BALLOTS', 'CLOSE_BALLOTS', 'COMPLETE_EVALUATION']);
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { height: 900 });
  const pick = async (page: Page, testId: string, text: string) => {
    await page.getByTestId(testId).click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
  };

  it('the discipline body records a verified audit finding; the table names the negative-list situation it feeds', async () => {
    const page = await as('discipline');
    await page.goto(`${t.url}/assessments/${assessmentId}?tab=corroboration`);
    await page.getByTestId('finding-add').click();
    await page.getByTestId('finding-save').click();
    await page.getByText('请选择来源').waitFor();
    await pick(page, 'finding-source', '审计');
    await pick(page, 'finding-type', '审计发现问题整改不力');
    await field(page, 'finding-doc').fill('东审〔2025〕12号');
    const dayInput = page.locator('input#finding-day');
    await dayInput.fill('2025-11-20');
    await dayInput.press('Enter');
    await field(page, 'finding-summary').fill('经济责任审计发现的问题半年未整改');
    await page.getByTestId('finding-save').click();
    const table = page.getByTestId('findings-table');
    await table.getByText('东审〔2025〕12号').waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('负面清单：巡视巡察、审计等发现问题整改不力');
    expect(text).toContain('正在影响等次');
    expect(text).toContain('已核实');
    // The audit report the finding comes from, attached to it (the row opens to its documents).
    await table.locator('.el-table__expand-icon').first().click();
    const documents = page.getByTestId('finding-documents-东审〔2025〕12号');
    await documents.getByTestId('attachment-input').setInputFiles({ name: '经济责任审计报告.pdf', mimeType: 'application/pdf', buffer: PDF });
    await documents.getByTestId('attachment-item').filter({ hasText: '经济责任审计报告.pdf' }).waitFor();
    await table.getByText('1 份文件').waitFor();
    await expectWordsOnly(page);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath(SUITE, '01-finding-recorded'), fullPage: true });
    const [stored] = (await t.dataSource.query(`SELECT a.file_name, a.owner_kind FROM attachment a JOIN corroborating_finding f ON f.id = a.owner_id WHERE f.document_ref = '东审〔2025〕12号'`)) as Array<{
      file_name: string;
      owner_kind: string;
    }>;
    expect(stored).toEqual({ file_name: '经济责任审计报告.pdf', owner_kind: 'FINDING' });
    await page.context().close();
  });

  it('the assessment team consults the competent department; the committee’s queue shows it; the organisation department records the answer', async () => {
    let page = await as('assessor');
    await page.goto(`${t.url}/assessments/${assessmentId}?tab=corroboration`);
    await page.getByTestId('consultation-add').click();
    await pick(page, 'consultation-item', '安全生产');
    await field(page, 'consultation-department').fill('东江区应急管理局');
    await field(page, 'consultation-question').fill('该干部分管领域的生产安全事故是否负有领导责任？');
    await page.getByTestId('consultation-save').click();
    const table = page.getByTestId('consultations-table');
    await table.getByText('东江区应急管理局').waitFor();
    // Asked on Thursday 8 January 2026: five working days from the next day end on Thursday the 15th.
    expect((await table.textContent()) ?? '').toContain('待答复');
    expect((await table.textContent()) ?? '').toContain('2026年1月15日');
    await expectWordsOnly(page);
    await page.screenshot({ path: screenshotPath(SUITE, '02-consultation-requested'), fullPage: true });
    await page.context().close();

    page = await as('committee');
    await page.goto(`${t.url}/review`);
    const pending = page.getByTestId('pending-consultations');
    await pending.waitFor();
    expect((await pending.textContent()) ?? '').toContain(`${subject}：安全生产，东江区应急管理局`);
    await expectWordsOnly(page);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath(SUITE, '03-review-queue'), fullPage: true });
    await page.context().close();

    page = await as('orgadmin');
    await page.goto(`${t.url}/assessments/${assessmentId}?tab=corroboration`);
    await page.getByTestId('consultation-answer').click();
    await page.getByTestId('answer-save').click();
    await page.getByTestId('answer-form').getByText('必填').first().waitFor();
    await page.getByText('不适用一票否决').click();
    await field(page, 'answer-reason').fill('经调查，事故发生在非分管领域');
    await field(page, 'answer-by').fill('东江区应急管理局 局长 王明');
    const on = page.locator('input#answer-on');
    await on.fill('2026-01-08');
    await on.press('Enter');
    await page.getByTestId('answer-save').click();
    await page.getByTestId('consultations-table').getByText('已答复').waitFor();
    const answered = (await page.getByTestId('consultations-table').textContent()) ?? '';
    expect(answered).toContain('不适用一票否决。经调查，事故发生在非分管领域（东江区应急管理局 局长 王明');
    expect(answered).toContain('代为登记：省委组织部 考核办');
    await expectWordsOnly(page);
    await expectAccessible(page);
    await page.screenshot({ path: screenshotPath(SUITE, '04-answer-recorded'), fullPage: true });
    await page.context().close();
    const rows: Array<{ action: string }> = await t.dataSource.query(`SELECT action FROM audit_log WHERE entity_type = 'veto_consultation' ORDER BY occurred_at, seq`);
    expect(rows.map((r) => r.action)).toEqual(['CONSULTATION_REQUESTED', 'CONSULTATION_ANSWERED']);
  });
});
