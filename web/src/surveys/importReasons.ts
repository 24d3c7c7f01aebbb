import type { FieldError } from '../shared/api';

/** The server's reasons for a bad row of a survey or 好差评 file (SurveyService, survey-file.ts), as locale keys; unknown ones are shown as sent. */
const REASONS: Array<[RegExp, string]> = [
  [/^organisation (.*) is not in the sample plan$/, 'notInSample'],
  [/^no organisation with code (.*)$/, 'noOrganisation'],
  [/^an organisation code is required$/, 'codeRequired'],
  [/^outside your jurisdiction$/, 'outsideJurisdiction'],
  [/^repeats line (\d+)$/, 'repeats'],
  [/^responses must be a whole number of at least 1$/, 'responses'],
  [/^the score must be a number from 0 to 100$/, 'score'],
  [/^the standard deviation must be a number from 0 to 100$/, 'sd'],
  [/^question (\S+) is not in the questionnaire$/, 'notInQuestionnaire'],
  [/^the score of question (\S+) must be a number from 0 to 100$/, 'questionScore'],
  [/^give the overall score or a score for every question$/, 'scoreOrQuestions'],
  [/^a period is required$/, 'periodRequired'],
  [/^the period must lie in (\d+)$/, 'periodYear'],
  [/^counts must be whole numbers of at least 0$/, 'counts'],
  [/^missing column\(s\): (.*)$/, 'missingColumns'],
  [/^is not a readable \.xlsx workbook$/, 'unreadable'],
  [/^is empty$/, 'empty'],
  [/^has no data row$/, 'noRows'],
];

export type Translate = (key: string, named?: Record<string, unknown>) => string;

export interface SurveyRowError {
  line: number | null;
  reasons: string[];
}

export function surveyImportRows(fields: readonly FieldError[], t: Translate): SurveyRowError[] {
  const reason = (message: string) => {
    for (const [re, key] of REASONS) {
      const m = re.exec(message);
      if (m) return t(`surveys.reasons.${key}`, { value: m[1] ?? '' });
    }
    return message;
  };
  return fields
    .map((f) => {
      const line = /^line (\d+)$/.exec(f.field)?.[1];
      return { line: line ? Number(line) : null, reasons: f.messages.map(reason) };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
