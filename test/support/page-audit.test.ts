import { describe, expect, it } from 'vitest';
import { findCodes } from './page-audit.js';

/** The raw-code scan of `expectWordsOnly`, on text a zh-CN page could show: what it reports and what it lets pass. */
describe('findCodes', () => {
  it.each([
    ['状态：CARRY_OUT', 'SCREAMING_SNAKE code', 'CARRY_OUT'],
    ['建议等次 BASICALLY_COMPETENT', 'SCREAMING_SNAKE code', 'BASICALLY_COMPETENT'],
    ['操作人 SYSTEM', 'enum value', 'SYSTEM'],
    ['动作 APPROVE', 'enum value', 'APPROVE'],
    ['角色 SUBJECT', 'enum value', 'SUBJECT'],
    ['当前环节 selfReport.drafting', 'dotted path or i18n key', 'selfReport.drafting'],
    ['待落实 → approved.inTime', 'dotted path or i18n key', 'approved.inTime'],
    ['outcomes.detail.title', 'dotted path or i18n key', 'outcomes.detail.title'],
    ['状态 reviewDecided', 'camelCase code', 'reviewDecided'],
    ['记录 outcome_task 6233c9f6…', 'snake_case code', 'outcome_task'],
    ['记录 outcome_task 6233c9f6…', 'hex id', '6233c9f6'],
    ['设置 {"grading": 1}', 'raw JSON', '{"grading":'],
    ['对象 2dc1b8d0-0f58-42ca-8939-ad4ab202e12d', 'UUID', '2dc1b8d0-0f58-42ca-8939-ad4ab202e12d'],
    ['分数 must not be less than 0', 'English message', 'must not be'],
    ['理由 should not be empty', 'English message', 'should not be'],
    ['得分 NaN', 'English message', 'NaN'],
  ])('reports «%s» as %s %s', (text, kind, match) => {
    expect(findCodes(text)).toContainEqual(expect.objectContaining({ kind, match }));
  });

  it.each([
    ['干部考核管理系统 CADRE ASSESSMENT SYSTEM'],
    ['导出结果（Excel） 下载公示（PDF）'],
    ['邮箱 hr.office@qinghe.gov.cn'],
    ['模板 roster-template.xlsx'],
    ['2025/02/20 10:00:00 · 第 2 版 · 82.4%'],
  ])('lets «%s» pass', (text) => {
    expect(findCodes(text)).toEqual([]);
  });

  it('lets strings shown on purpose pass only where allowed: a username, an organisation code', () => {
    expect(findCodes('用户 hr.verifier · QH-TN-DJ_X', { allow: ['hr.verifier', 'QH-TN-DJ_X'] })).toEqual([]);
    expect(findCodes('用户 hr.verifier')).toContainEqual(expect.objectContaining({ match: 'hr.verifier' }));
  });
});
