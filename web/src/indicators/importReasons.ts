import type { FieldError } from '../shared/api';

/**
 * The server's reasons for a bad row of an indicator file
 * (IndicatorService.setValues / parseIndicatorFile), in the reader's words.
 * A reason this build does not know is shown as the server sent it.
 */
const REASONS: Array<[RegExp, string]> = [
  [/^give either an organisation code or a cadre number$/, 'eitherCode'],
  [/^no organisation with code (.*)$/, 'noOrganisation'],
  [/^no cadre with number (.*)$/, 'noCadre'],
  [/^outside the cycle$/, 'outsideCycle'],
  [/^outside your jurisdiction$/, 'outsideJurisdiction'],
  [/^no indicator scheme of category (\S+) is pinned by the cycle$/, 'noScheme'],
  [/^indicator (\S+) is not in the scheme for \S+$/, 'notInScheme'],
  [/^repeats (.*)$/, 'repeats'],
  [/^value must be a number$/, 'valueNumber'],
  [/^a period is required$/, 'periodRequired'],
  [/^the period must lie in (\d+)$/, 'periodYear'],
  [/^a data source is required$/, 'sourceRequired'],
  [/^missing column\(s\): (.*)$/, 'missingColumns'],
  [/^is not a readable \.xlsx workbook$/, 'unreadable'],
  [/^is empty$/, 'empty'],
  [/^has no data row$/, 'noRows'],
  [/^has no worksheet$/, 'noSheet'],
];

export type Translate = (key: string, named?: Record<string, unknown>) => string;

export function importReason(message: string, t: Translate): string {
  for (const [re, key] of REASONS) {
    const m = re.exec(message);
    if (m) return t(`indicatorImport.reasons.${key}`, { value: key === 'repeats' ? (/^line (\d+)$/.exec(m[1] ?? '')?.[1] ?? m[1]) : (m[1] ?? '') });
  }
  return message;
}

export interface ImportRowError {
  /** The line in the file (the header is line 1), or null for a problem of the whole file. */
  line: number | null;
  reasons: string[];
}

/** The server's field errors as table rows: by line, file-level problems first. */
export function importRows(fields: readonly FieldError[], t: Translate): ImportRowError[] {
  return fields
    .map((f) => {
      const line = /^line (\d+)$/.exec(f.field)?.[1];
      return { line: line ? Number(line) : null, reasons: f.messages.map((m) => importReason(m, t)) };
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
