/// <reference lib="dom" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, field, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { openCycleFor } from '../support/lifecycle.js';
import { expectAccessible, expectWordsOnly } from '../support/page-audit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const browserCheck = browserAvailability();
const SUITE = 'surveys';

/**
 * 民意调查 in the browser, as the province's organisation department: the
 * cycle's surveys, a plan refused in words, a planned survey taken through
 * fieldwork, the firm's file (bad lines in words, then the results with n,
 * margin and shortfall), closing and publishing; the 好差评 table of the
 * seeded service departments.
 */
describe.runIf(browserCheck.run)('surveys, in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let cycleId: string;
  let surveyId: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'surveys-'));

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2025-12-02T09:00:00+08:00'));
    const token = await t.signIn('orgadmin');
    cycleId = await openCycleFor(t, token, 'QH-TN');
    const orgs = (await t.dataSource.query(`SELECT id, code FROM organisation WHERE code IN ('QH-TN', 'QH-TN-DJ', 'QH-TN-LS') ORDER BY code`)) as Array<{ id: string; code: string }>;
    const res = await t.gql<{ planSurvey: { id: string } }>(`mutation($input: PlanSurveyInput!) { planSurvey(input: $input) { id } }`, {
      input: {
        cycleId,
        kind: 'PUBLIC_OPINION',
        title: '2025年度泰宁市民意调查',
        firm: '青禾民意调查中心',
        fieldworkFrom: '2025-12-01',
        fieldworkTo: '2025-12-20',
        sample: orgs.map((o) => ({ organisationId: o.id, target: o.code === 'QH-TN-LS' ? 200 : 300 })),
        questions: [
          { code: 'Q1', text: '对本地区领导班子工作的总体评价', weight: 60 },
          { code: 'Q2', text: '对本地区干部作风的评价', weight: 40 },
        ],
      },
    }, { token });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    surveyId = res.data!.planSurvey.id;
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const audit = async (page: Page, where: string) => {
    await expectWordsOnly(page, { where, allow: ['Q1', 'Q2'] });
    await expectAccessible(page, where);
  };

  it('lists the cycle’s surveys and the seeded 好差评, and refuses an incomplete plan in words', async () => {
    const page: Page = await signInAs(browser, t.url, 'orgadmin', { height: 1000 });
    await page.goto(`${t.url}/surveys?cycleId=${cycleId}`);
    await page.getByTestId('survey-list').getByText('2025年度泰宁市民意调查').waitFor();
    await page.getByTestId('survey-list').getByText('方案已定').waitFor();
    const ratings = page.getByTestId('ratings-table');
    await ratings.getByText('省市场监督管理局').waitFor();
    // 省卫生健康委员会: good 2104+980+301 + 2230+1012+288 + 2011+1103+320 + 2345+990+276 = 13960, bad 125+102+142+89 = 458: 100·13960/14418 = 96.82
    await ratings.getByText('96.82').waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '01-surveys'), fullPage: true });
    await audit(page, 'surveys list');

    await page.getByTestId('survey-new').click();
    await field(page, 'survey-firm').fill('青禾民意调查中心');
    await page.getByTestId('survey-save').click();
    const refusal = page.getByTestId('survey-form-error');
    await refusal.waitFor();
    expect(await refusal.textContent()).not.toMatch(/[A-Z]{3,}/);
    await page.screenshot({ path: screenshotPath(SUITE, '02-plan-refused') });
    await page.close();
  });

  it('takes a survey through fieldwork, the firm’s file (bad lines first), closing and publishing', async () => {
    const page: Page = await signInAs(browser, t.url, 'orgadmin', { height: 1100 });
    await page.goto(`${t.url}/surveys?cycleId=${cycleId}`);
    await page.getByTestId('survey-link').first().click();
    await page.getByTestId('survey-state').getByText('方案已定').waitFor();
    await page.getByTestId('survey-startFieldwork').click();
    await page.getByTestId('survey-state').getByText('实地调查中').waitFor();

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, '\ufeff单位代码,有效样本量,得分,标准差,Q1,Q2\nQH-XX,100,80,,,\nQH-TN,0,80,,,\n');
    await page.getByTestId('survey-import-file').setInputFiles(bad);
    await page.getByTestId('survey-import-button').click();
    const errors = page.getByTestId('survey-import-errors');
    await errors.getByText('单位“QH-XX”不在抽样方案中').waitFor();
    await errors.getByText('有效样本量应为不小于 1 的整数').waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '03-bad-lines'), fullPage: true });

    const good = path.join(dir, 'results.csv');
    fs.writeFileSync(good, '\ufeff单位代码,有效样本量,得分,标准差,Q1,Q2\nQH-TN,320,,,90,80\nQH-TN-DJ,400,85,12,,\nQH-TN-LS,150,80,,,\n');
    await page.getByTestId('survey-import-file').setInputFiles(good);
    await page.getByTestId('survey-import-button').click();
    const results = page.getByTestId('survey-results');
    // 泰宁市 86 ± 3.8; 东江区 85 ± 1.18; 临山县 80 ± 6.4, short of its 200
    await results.getByText('±3.8').waitFor();
    await results.getByText('±1.18').waitFor();
    await results.getByText('±6.4').waitFor();
    expect(await results.getByTestId('shortfall').count()).toBe(1);
    await page.screenshot({ path: screenshotPath(SUITE, '04-results'), fullPage: true });
    await audit(page, 'survey results');

    // 临山县's corrected result, entered by hand per question: 250 responses (no longer short of 200),
    // 0.6·90 + 0.4·75 = 84, margin 100·1.96·√(0.84·0.16/250) = 4.54.
    await page.getByTestId('survey-enter-QH-TN-LS').click();
    await page.getByTestId('survey-enter-responses').locator('input').fill('250');
    await page.getByTestId('survey-enter-mode').getByText('按题得分').click();
    await page.getByTestId('survey-enter-q-Q1').locator('input').fill('90');
    await page.getByTestId('survey-enter-save').click();
    await page.getByText('请给出总体得分，或每道题的得分').first().waitFor();
    await page.getByTestId('survey-enter-q-Q2').locator('input').fill('75');
    await page.screenshot({ path: screenshotPath(SUITE, '04b-enter-result') });
    await audit(page, 'survey result entry');
    await page.getByTestId('survey-enter-save').click();
    await results.getByText('±4.54').waitFor();
    await results.getByText('手工录入').waitFor();
    // The shortfall tag leaves with its transition: wait for it to go.
    await expect.poll(() => results.getByTestId('shortfall').count()).toBe(0);
    await page.screenshot({ path: screenshotPath(SUITE, '04c-entered'), fullPage: true });
    const [entered] = (await t.dataSource.query(
      `SELECT r.responses, r.score::float8 AS score, r.origin FROM survey_result r JOIN organisation o ON o.id = r.organisation_id WHERE r.survey_id = $1 AND o.code = 'QH-TN-LS'`,
      [surveyId],
    )) as Array<{ responses: number; score: number; origin: string }>;
    expect(entered).toEqual({ responses: 250, score: 84, origin: 'ENTERED' });

    await page.getByTestId('survey-closeFieldwork').click();
    await page.getByTestId('survey-state').getByText('调查已结束').waitFor();
    await page.getByTestId('survey-publish').click();
    await page.locator('.el-message-box .el-button--primary').click();
    await page.getByTestId('survey-state').getByText('已发布').waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '05-published'), fullPage: true });
    const [row] = (await t.dataSource.query(`SELECT state FROM survey WHERE id = $1`, [surveyId])) as Array<{ state: string }>;
    expect(row!.state).toBe('PUBLISHED');
    await page.close();
  });
});
