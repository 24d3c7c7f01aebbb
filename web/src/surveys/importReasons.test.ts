import { describe, expect, it } from 'vitest';
import { surveyImportRows } from './importReasons';

describe('survey import reasons in words', () => {
  it('turns the server’s reasons into locale keys with their value, by line', () => {
    const t = (key: string, named?: Record<string, unknown>) => `${key}(${String(named?.value ?? '')})`;
    expect(
      surveyImportRows(
        [
          { field: 'line 3', messages: ['repeats line 2', 'the score must be a number from 0 to 100'] },
          { field: 'line 2', messages: ['organisation QH-XX is not in the sample plan'] },
          { field: 'file', messages: ['something new'] },
        ],
        t,
      ),
    ).toEqual([
      { line: null, reasons: ['something new'] },
      { line: 2, reasons: ['surveys.reasons.notInSample(QH-XX)'] },
      { line: 3, reasons: ['surveys.reasons.repeats(2)', 'surveys.reasons.score()'] },
    ]);
  });
});
