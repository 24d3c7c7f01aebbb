import type { FieldError } from '../shared/api';

export type Translate = (key: string, named?: Record<string, unknown>) => string;

/** Why a score typed in the table is not sent: empty is "not entered" and fine. */
export type ScoreProblem = 'format' | 'range';

/**
 * A score as the server keeps it: a number from 0 to 100 with at most two
 * decimals (numeric(6,2)). Out of range is refused, never clamped.
 */
export function scoreProblem(text: string): ScoreProblem | null {
  const v = text.trim();
  if (v === '') return null;
  if (!/^-?\d+(\.\d{1,2})?$/.test(v)) return 'format';
  const n = Number(v);
  return n < 0 || n > 100 ? 'range' : null;
}

export interface ScoreSubject {
  id: string;
  subject: string;
}

/** Cells a CSV line must not hold: the server splits on commas without quoting. */
const plain = (s: string) => s.replace(/[,\r\n"]/g, ' ').trim();

/**
 * The import template: the server's four columns (assessmentId, component,
 * value, source) and, after them, the subject for the reader (the server
 * reads the first four cells only). One line per assessment and component.
 */
export function scoreTemplate(subjects: readonly ScoreSubject[], components: readonly string[], componentLabel: (c: string) => string): string {
  const lines = ['assessmentId,component,value,source,subject'];
  for (const s of subjects) for (const c of components) lines.push([s.id, c, '', '', plain(`${s.subject} ${componentLabel(c)}`)].join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** The sheet's text as the server reads it: without the byte-order mark spreadsheet programs write. */
export const sheetText = (text: string) => text.replace(/^\ufeff/, '');

const REASONS: Array<[RegExp, string]> = [
  [/^no such assessment$/, 'noAssessment'],
  [/^outside your jurisdiction$/, 'outsideJurisdiction'],
  [/^component must be one of (.*)$/, 'component'],
  [/^value must be a number from 0 to 100$/, 'range'],
  [/^a data source is required$/, 'source'],
];

/** A reason the server gives for a bad score row, in the reader's words; one this build does not know is shown as sent. */
export function scoreReason(message: string, t: Translate): string {
  for (const [re, key] of REASONS) if (re.test(message)) return t(`scores.reasons.${key}`);
  return message;
}

export interface ScoreRowError {
  /** The line of the imported file, or the index of the row sent from the table. */
  line: number | null;
  index: number | null;
  reasons: string[];
}

/** The server's field errors (`line 3` for a sheet, `input.scores.2` for the table) as rows in words, in order. */
export function scoreRowErrors(fields: readonly FieldError[], t: Translate): ScoreRowError[] {
  return fields
    .map((f) => {
      const line = /^line (\d+)$/.exec(f.field)?.[1];
      const index = /^input\.scores\.(\d+)$/.exec(f.field)?.[1];
      return { line: line ? Number(line) : null, index: index ? Number(index) : null, reasons: f.messages.map((m) => scoreReason(m, t)) };
    })
    .sort((a, b) => (a.line ?? a.index ?? 0) - (b.line ?? b.index ?? 0));
}
