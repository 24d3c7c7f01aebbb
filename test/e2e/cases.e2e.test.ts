/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { openCycleFor } from '../support/lifecycle.js';
import { decideAndNotify } from '../support/review-fixture.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * After the decision, in a real browser: the cadre (at phone width) sees until
 * which day a review may be asked and asks for one; the organisation
 * department corrects the result, which shows as version 2; the cadre applies
 * for fault tolerance while accountability is under way, and discipline
 * inspection takes the case through acceptance and investigation to a
 * collective decision. The INCOMPETENT result notified in writing is produced
 * through the real GraphQL API. Screenshots go to
 * test-results/screenshots/cases/.
 */
const browserCheck = browserAvailability();
const SUITE = 'cases';
const at = (iso: string) => new Date(`${iso}+08:00`);

describe.runIf(browserCheck.run)('review, correction and fault tolerance in the browser', () => {
  let t: TestApp;
  let browser: Browser;
  const tokens: Record<string, string> = {};
  let mine: string;
  let myCadre: string;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(at('2026-01-06T09:00:00'));
    for (const u of ['orgadmin', 'assessor', 'committee', 'discipline']) tokens[u] = await t.signIn(u);
    const cycleId = await openCycleFor(t, tokens.orgadmin!, 'QH-TN-DJ');
    const [row] = (await t.dataSource.query(`SELECT a.id, a.cadre_id FROM assessment a JOIN user_account u ON u.cadre_id = a.cadre_id WHERE u.username = 'cadre' AND a.cycle_id = $1`, [cycleId])) as Array<{ id: string; cadre_id: string }>;
    mine = row!.id;
    myCadre = row!.cadre_id;
    t.clock.set(at('2026-03-02T10:00:00'));
    await decideAndNotify(t, tokens as { assessor: string; committee: string; orgadmin: string }, cycleId, [mine], 'INCOMPETENT');
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string, width = 1280, height = 860): Promise<Page> => signInAs(browser, t.url, username, { width, height });
  const shot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(SUITE, name), fullPage: true });
  const dialog = (page: Page) => page.locator('.el-dialog:visible').last();

  /** Clicks a case action, lets `fill` complete its dialog, confirms and waits for the dialog to go. */
  async function caseAction(page: Page, event: string, fill?: (d: Locator) => Promise<void>, name?: string): Promise<void> {
    await page.getByTestId(`case-action-${event}`).click();
    const d = dialog(page);
    await d.waitFor();
    if (fill) await fill(d);
    if (name) await shot(page, name);
    await d.getByTestId('case-confirm').click();
    try {
      await d.waitFor({ state: 'hidden', timeout: 10000 });
    } catch {
      await shot(page, `failed-${event}`);
      throw new Error(`${event} did not go through: ${await d.innerText()}`);
    }
  }

  let reviewCaseId: string;
  it('1. the cadre, on a phone, sees until which day a review may be asked, and asks for one', async () => {
    t.clock.set(at('2026-03-10T09:00:00'));
    const page = await as('cadre', 375, 812);
    await page.goto(`${t.url}/my?a=${mine}`);
    const box = page.getByTestId('review-window');
    await box.waitFor();
    expect(await box.innerText()).toContain('可申请复核，截至 2026年4月1日（还有 22 天）');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await page.getByTestId('my-review').scrollIntoViewIfNeeded();
    await shot(page, '01a-cadre-review-window-phone');
    await page.getByTestId('request-review').click();
    await dialog(page).waitFor();
    await field(page, 'review-grounds').fill('本人年度重点任务均已完成，评为不称职与事实不符，请求复核。');
    await shot(page, '01b-cadre-review-request-phone');
    await page.getByTestId('review-confirm').click();
    await page.getByTestId('my-review-case').waitFor();
    expect(await page.getByTestId('my-review-case').innerText()).toContain('复核中');
    await shot(page, '01c-cadre-review-requested-phone');
    await page.context().close();
    const [c] = (await t.dataSource.query(`SELECT id FROM review_case WHERE assessment_id = $1`, [mine])) as Array<{ id: string }>;
    reviewCaseId = c!.id;
  });

  it('2. the organisation department corrects the result on review; it becomes version 2', async () => {
    t.clock.set(at('2026-03-20T09:00:00'));
    const page = await as('orgadmin');
    await page.goto(`${t.url}/reviews`);
    await page.getByTestId('review-case-link').first().waitFor();
    await shot(page, '02a-organ-review-cases');
    await page.getByTestId('review-case-link').first().click();
    await page.waitForURL(`**/reviews/${reviewCaseId}`);
    await page.getByTestId('lifecycle-diagram').waitFor();
    await shot(page, '02b-organ-review-case');
    await caseAction(page, 'DECIDE_REVIEW', async (d) => {
      await d.getByTestId('case-decision-CORRECTED').click();
      await d.getByTestId('case-grade').click();
      await page.locator('.el-select-dropdown__item:visible', { hasText: '基本称职' }).first().click();
      for (const [k, v] of Object.entries({ membersTotal: 9, attendance: 8, votesFor: 8 })) {
        const input = field(d, `collective-${k}`);
        await input.fill(String(v));
        await input.blur();
      }
      await field(d, 'case-text').fill('经复核，本人年度任务基本完成，原定不称职依据不足，更正为基本称职。');
    }, '02c-organ-review-decision-form');
    await page.getByTestId('review-ruling').waitFor();
    expect(await page.getByTestId('review-ruling').innerText()).toContain('基本称职');
    await shot(page, '02d-organ-review-decided');
    await page.getByTestId('review-assessment-link').click();
    await page.getByTestId('result-versions').waitFor();
    const versions = await page.getByTestId('result-versions').innerText();
    expect(versions).toContain('复核更正');
    expect(versions).toContain('v2');
    await shot(page, '02e-result-versions');
    await page.context().close();
  });

  it('3. the cadre applies in writing for fault tolerance while accountability is under way', async () => {
    const started = await t.gql(`mutation($input: StartAccountabilityInput!) { startAccountability(input: $input) { id } }`, {
      input: { cadreId: myCadre, kind: 'DEMERIT', startedOn: '2026-03-15', note: '土地试点审批程序问题问责' },
    }, { token: tokens.discipline });
    expect(started.errors).toBeUndefined();
    const page = await as('cadre', 375, 812);
    await page.goto(`${t.url}/my?a=${mine}`);
    await page.getByTestId('ft-apply-open').click();
    await dialog(page).waitFor();
    await field(page, 'ft-open-mistake').fill('土地政策改革试点审批程序');
    await field(page, 'ft-open-grounds').fill('在土地政策改革试点中，为推动项目落地先行先试，审批程序存在疏漏，系缺乏经验所致，未谋取私利，已主动纠正。');
    await shot(page, '03a-cadre-ft-application-phone');
    await page.getByTestId('ft-open-confirm').click();
    await dialog(page).waitFor({ state: 'hidden' });
    await page.getByText('待受理').first().waitFor();
    await shot(page, '03b-cadre-ft-applied-phone');
    await page.context().close();
  });

  it('4. discipline inspection takes the case from its queue through acceptance and investigation to a collective decision', async () => {
    t.clock.set(at('2026-03-25T09:00:00'));
    const page = await as('discipline');
    await page.goto(`${t.url}/discipline`);
    await page.getByTestId('ft-case-link').first().waitFor();
    await shot(page, '04a-discipline-queue');
    await page.getByTestId('ft-case-link').first().click();
    await page.getByTestId('lifecycle-diagram').waitFor();
    await caseAction(page, 'ACCEPT');
    await caseAction(page, 'COMPLETE_INVESTIGATION', (d) => field(d, 'case-text').fill('经调查核实，失误系改革试点中缺乏经验所致，未谋取私利，已挽回损失。'));
    await caseAction(page, 'DECIDE', async (d) => {
      await d.getByTestId('case-confirm').click();
      await d.locator('.el-form-item__error').first().waitFor();
      await shot(page, '04b-discipline-decision-required');
      await d.getByTestId('ft-outcome-EXEMPT').click();
      await d.getByTestId('ft-distinction-PILOTING_REFORM_INEXPERIENCE').click();
      const factors = { motive: '推动试点落地，无私利', objectiveConditions: '政策尚无明确规定', procedure: '经班子集体研究', natureAndDegree: '程序性失误', consequences: '未造成重大损失', remedialEffort: '主动纠正并挽回损失' };
      for (const [k, v] of Object.entries(factors)) await field(d, `ft-factor-${k}`).fill(v);
      for (const [k, v] of Object.entries({ membersTotal: 9, attendance: 8, votesFor: 8 })) {
        const input = field(d, `collective-${k}`);
        await input.fill(String(v));
        await input.blur();
      }
      await field(d, 'ft-reason').fill('符合“三个区分开来”中先行先试出现失误的情形，予以免责。');
    }, '04c-discipline-decision-form');
    await page.getByTestId('ft-decision-record').waitFor();
    expect(await page.getByTestId('ft-outcome-shown').innerText()).toBe('免责');
    await caseAction(page, 'GIVE_FEEDBACK', (d) => field(d, 'case-text').fill('已书面反馈申请人及所在单位。'));
    await page.getByTestId('case-action-FILE_WITH_ORGANISATION').waitFor();
    await shot(page, '04d-discipline-decided');
    await page.context().close();
    const [penalty] = (await t.dataSource.query(`SELECT tolerated FROM penalty WHERE cadre_id = $1`, [myCadre])) as Array<{ tolerated: boolean }>;
    expect(penalty!.tolerated).toBe(true);
  });

  it('5. discipline inspection verifies an accusation point by point and clears the untrue points; the penalties of a cadre are listed', async () => {
    const recorded = await t.gql<{ recordAccusation: { id: string } }>(`mutation($input: RecordAccusationInput!) { recordAccusation(input: $input) { id } }`, {
      input: { cadreId: myCadre, source: 'PETITION', points: ['收受管理服务对象礼金', '违规插手工程招投标'], concernsYear: 2025, receivedOn: '2026-03-05' },
    }, { token: tokens.discipline });
    expect(recorded.errors).toBeUndefined();
    const page = await as('discipline');
    await page.goto(`${t.url}/discipline?tab=accusations`);
    await page.getByTestId('accusation').first().waitFor();
    await caseAction(page, 'VERIFY', async (d) => {
      await d.getByTestId('verify-point-0-UNTRUE').click();
      await d.getByTestId('verify-point-1-UNTRUE').click();
      expect(await d.getByTestId('verify-overall').innerText()).toContain('失实');
    }, '05a-discipline-verify-points');
    await caseAction(page, 'CLEAR', async (d) => {
      await d.getByTestId('clear-method').getByText('通报澄清').click();
      await d.getByTestId('clear-scope').getByText('本单位').click();
    }, '05b-discipline-clear');
    await page.getByTestId('acc-clearing').waitFor();
    await shot(page, '05c-discipline-cleared');
    await page.goto(`${t.url}/discipline?tab=penalties&cadre=${myCadre}`);
    await page.getByTestId('penalties').waitFor();
    expect(await page.getByTestId('penalties').innerText()).toContain('已容错免责');
    await shot(page, '05d-discipline-penalties');
    await page.context().close();
  });

  it('6. the same pages read in English', async () => {
    const cadre = await as('cadre', 375, 812);
    await cadre.evaluate(() => localStorage.setItem('cadre-assessment.locale', 'en'));
    await cadre.goto(`${t.url}/my?a=${mine}`);
    await cadre.getByTestId('my-review').waitFor();
    expect(await cadre.getByTestId('my-review').innerText()).toContain('Review and appeal');
    expect(await cadre.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);
    await cadre.getByTestId('my-review').scrollIntoViewIfNeeded();
    await shot(cadre, '06a-cadre-review-english-phone');
    await cadre.context().close();
    const page = await as('discipline');
    await page.evaluate(() => localStorage.setItem('cadre-assessment.locale', 'en'));
    await page.goto(`${t.url}/discipline`);
    await page.getByTestId('ft-case-link').first().click();
    await page.getByTestId('ft-decision-record').waitFor();
    expect(await page.getByTestId('ft-outcome-shown').innerText()).toBe('Exempt');
    await shot(page, '06b-discipline-case-english');
    await page.context().close();
  });
});
