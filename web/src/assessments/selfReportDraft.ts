/** The four texts of a self-report, and this browser's copy of them (localStorage), so nothing typed is ever lost. */
export const SELF_REPORT_FIELDS = ['workSummary', 'dutiesAndTargets', 'responsibilityStatement', 'integrityStatement'] as const;
export type SelfReportField = (typeof SELF_REPORT_FIELDS)[number];
export type SelfReportFields = Record<SelfReportField, string>;

export interface LocalDraft {
  fields: SelfReportFields;
  /** The server draftVersion this text was based on. */
  baseVersion: number;
  keptAt: string;
}

const key = (assessmentId: string) => `cadre-assessment.selfReport.${assessmentId}`;

export function sameFields(a: SelfReportFields, b: SelfReportFields): boolean {
  return SELF_REPORT_FIELDS.every((f) => a[f] === b[f]);
}

export function readLocalDraft(assessmentId: string): LocalDraft | null {
  try {
    const raw = globalThis.localStorage?.getItem(key(assessmentId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    const fields = parsed.fields as Partial<SelfReportFields> | undefined;
    if (!fields || typeof parsed.baseVersion !== 'number') return null;
    return {
      fields: Object.fromEntries(SELF_REPORT_FIELDS.map((f) => [f, typeof fields[f] === 'string' ? fields[f] : ''])) as SelfReportFields,
      baseVersion: parsed.baseVersion,
      keptAt: typeof parsed.keptAt === 'string' ? parsed.keptAt : '',
    };
  } catch {
    return null;
  }
}

export function writeLocalDraft(assessmentId: string, draft: Omit<LocalDraft, 'keptAt'>): void {
  try {
    globalThis.localStorage?.setItem(key(assessmentId), JSON.stringify({ ...draft, keptAt: new Date().toISOString() }));
  } catch {
    /* storage full or disabled: the server draft is the only copy */
  }
}

export function clearLocalDraft(assessmentId: string): void {
  try {
    globalThis.localStorage?.removeItem(key(assessmentId));
  } catch {
    /* nothing to clear */
  }
}
