import { describe, expect, it } from 'vitest';
import { createAppI18n } from '../shared/i18n';
import { importReason, importRows } from './importReasons';

const { t } = createAppI18n('zh-CN').global;
const tr = (key: string, named?: Record<string, unknown>) => t(key, named ?? {});

describe('indicator import reasons', () => {
  it.each([
    ['no organisation with code QH-XX', '没有单位代码为 QH-XX 的单位'],
    ['indicator GDP_GROWTH is not in the scheme for COUNTY_DISTRICT', '指标 GDP_GROWTH 不在该单位的指标体系中'],
    ['value must be a number', '数值必须是数字'],
    ['the period must lie in 2025', '期间应在 2025 年内'],
    ['repeats line 3', '与第 3 行重复'],
    ['something new', 'something new'],
  ])('“%s” reads “%s”', (message, text) => {
    expect(importReason(message, tr)).toBe(text);
  });

  it('become rows by line, a problem of the whole file first', () => {
    const rows = importRows(
      [
        { field: 'line 5', messages: ['value must be a number', 'a data source is required'] },
        { field: 'file', messages: ['has no data row'] },
        { field: 'line 3', messages: ['outside the cycle'] },
      ],
      tr,
    );
    expect(rows).toEqual([
      { line: null, reasons: ['文件没有数据行'] },
      { line: 3, reasons: ['不在本考核周期范围内'] },
      { line: 5, reasons: ['数值必须是数字', '缺少数据来源'] },
    ]);
  });
});
