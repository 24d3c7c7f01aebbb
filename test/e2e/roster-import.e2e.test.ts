/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailability, launchBrowser, screenshotPath, signInAs } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { xlsxOf } from '../roster/roster-fixture.js';

const browserCheck = browserAvailability();
const SUITE = 'roster-import';

/**
 * 名册导入 in a real browser: 泰宁市's organisation department opens the page
 * from the navigation, uploads a new county's roster built on the template,
 * sees the additions, a bad file's lines, applies the good one after
 * confirming, and finds the new cadres in the cadre list.
 */
describe.runIf(browserCheck.run)('roster import in a real browser', () => {
  let t: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestApp({ config: { sessionHours: 24 * 365 } });
    t.clock.set(new Date('2026-04-08T09:00:00+08:00'));
    browser = await launchBrowser((browserCheck as { executablePath: string }).executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const as = (username: string): Promise<Page> => signInAs(browser, t.url, username, { width: 1280, height: 1000 });

  it('uploads a county roster, shows its lines refused or its additions, applies it and lists the cadres', async () => {
    const page = await as('orgadmin.taining');
    await page.getByRole('menuitem').filter({ hasText: '名册导入' }).click();
    await page.waitForURL(/\/roster-import$/);

    const bad = await xlsxOf({
      干部: [
        ['QJ-0009', '', '男', '1980-13', 'QH-TN-QJ', '副县长', '县处级副职', '副职', '领导干部', '是', '', '', '在职'],
        ['QJ-0010', '闻立新', '男', '1980-11', 'QH-TN-ZZ', '副县长', '县处级副职', '副职', '领导干部', '是', '', '', '在职'],
      ],
    });
    await page.getByTestId('roster-file').setInputFiles({ name: '错误名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await page.getByTestId('roster-upload').click();
    await page.locator('[data-testid="roster-result"][data-status="INVALID"]').waitFor();
    const errors = await page.getByTestId('roster-errors').textContent();
    expect(errors).toContain('缺少必填项');
    expect(errors).toContain('日期格式不正确');
    expect(errors).toContain('所在单位代码不存在');
    expect(errors).not.toMatch(/MISSING_FIELD|BAD_DATE|UNKNOWN_UNIT/);
    await page.screenshot({ path: screenshotPath(SUITE, '01-refused-lines'), fullPage: true });

    const roster = await xlsxOf({
      单位: [
        ['QH-TN-QJ', '清涧县', 'QH-TN', '县（市、区）', '生态保护类县', '是', ''],
        ['QH-TN-QJ-HX', '河西镇', 'QH-TN-QJ', '乡镇（街道）', '未分类', '否', ''],
      ],
      干部: [
        ['QJ-0001', '褚云飞', '男', '1972-08', 'QH-TN-QJ', '县委书记', '县处级正职', '正职', '领导干部', '是', '', '2022-11-01', '在职'],
        ['QJ-0002', '范静宜', '女', '1981-05', 'QH-TN-QJ', '副县长', '县处级副职', '副职', '领导干部', '是', '', '2024-02-01', '在职'],
        ['QJ-0003', '姜守仁', '男', '1985-10', 'QH-TN-QJ-HX', '镇长', '乡科级正职', '正职', '领导干部', '是', '', '2025-08-15', '在职'],
      ],
      状态信息: [['QJ-0003', '试用期', '2025-08-15', '2026-08-14', '新任职']],
    });
    await page.getByTestId('roster-file').setInputFiles({ name: '清涧县名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: roster });
    await page.getByTestId('roster-upload').click();
    await page.locator('[data-testid="roster-result"][data-status="READY"]').waitFor();
    await page.getByTestId('roster-differences').getByText('新增（6）').waitFor();
    const table = page.getByTestId('roster-difference-table');
    await table.getByText('褚云飞').waitFor();
    expect(await table.textContent()).toContain('清涧县');
    await page.screenshot({ path: screenshotPath(SUITE, '02-preview'), fullPage: true });

    await page.getByTestId('roster-apply').click();
    await page.locator('.el-message-box').getByText('不能撤回').waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '03-confirm'), fullPage: true });
    await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
    await page.getByTestId('roster-applied').waitFor();

    await page.getByTestId('roster-applied').getByRole('link', { name: '干部信息' }).click();
    await page.waitForURL(/\/cadres/);
    await page.getByText('褚云飞').waitFor();
    await page.getByText('范静宜').waitFor();
    await page.screenshot({ path: screenshotPath(SUITE, '04-cadres-listed'), fullPage: true });
    await page.context().close();
  });
});
