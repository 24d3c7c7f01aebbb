import type { EntityManager } from 'typeorm';
import { preparedQuery } from '../common/sql.js';
import type { NegativeFindingFact, OpenConsultationFact, VetoItemFact } from '../../workflows/decide/facts.js';
import { CORROBORATION_DEFAULT, findingTypeRule, type CorroborationSettings } from '../../workflows/rules/corroboration.js';
import type { RuleSettings } from '../../workflows/rules/settings.js';

/** A cycle pinned before corroboration existed reads the defaults. */
export const corroborationOf = (settings: RuleSettings): CorroborationSettings => settings.corroboration ?? CORROBORATION_DEFAULT;

export interface CorroborationFacts {
  negativeFindings: NegativeFindingFact[];
  vetoItems: VetoItemFact[];
  openConsultations: OpenConsultationFact[];
}

/** How a finding is named in an explanation: its source and its document reference. */
export const findingName = (source: string, documentRef: string) => `${source} ${documentRef}`;

/** A verified finding of an assessment. */
export interface FindingRow {
  assessment_id: string;
  source: string;
  finding_type: string;
  document_ref: string;
}

/** A consultation on a veto item, requested or answered. */
export interface ConsultationRow {
  id: string;
  assessment_id: string;
  veto_item: string;
  department: string;
  due_on: string;
  state: string;
  applies: boolean | null;
}

/**
 * The facts corroboration adds to the grade facts of many assessments (two
 * queries for any number): each VERIFIED finding read through the cycle's
 * pinned mapping of its type — a negative-list code, a veto item, or nothing
 * (information only); a veto item applies unless a consultation on it is
 * still open (then it is neither applied nor waived: the consultation holds
 * every grade) or the latest answer says it does not apply. Unverified and
 * cleared findings feed nothing.
 */
export async function loadCorroborationFacts(
  m: EntityManager,
  subjects: ReadonlyArray<{ id: string; settings: RuleSettings }>,
): Promise<Map<string, CorroborationFacts>> {
  if (subjects.length === 0) return new Map();
  const ids = subjects.map((s) => s.id);
  const findings = await preparedQuery<FindingRow>(
    m,
    `SELECT assessment_id, source, finding_type, document_ref FROM corroborating_finding WHERE assessment_id = ANY($1::uuid[]) AND state = 'VERIFIED' ORDER BY found_on, id`,
    [ids],
  );
  const consultations = await preparedQuery<ConsultationRow>(
    m,
    `SELECT id, assessment_id, veto_item, department, due_on::text, state, applies FROM veto_consultation
      WHERE assessment_id = ANY($1::uuid[]) AND state IN ('REQUESTED', 'ANSWERED') ORDER BY requested_at, id`,
    [ids],
  );
  return corroborationFromRows(subjects, findings, consultations);
}

/**
 * The facts from the rows read above (in their order; grade-facts.ts reads them with one decision's facts).
 */
export function corroborationFromRows(
  subjects: ReadonlyArray<{ id: string; settings: RuleSettings }>,
  findings: readonly FindingRow[],
  consultations: readonly ConsultationRow[],
): Map<string, CorroborationFacts> {
  const out = new Map<string, CorroborationFacts>();
  // Grouped once per assessment (a filter over every row for each subject grew with the square of a chunk).
  const byAssessment = <T extends { assessment_id: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.assessment_id);
      if (list) list.push(row);
      else map.set(row.assessment_id, [row]);
    }
    return map;
  };
  const consultationsOf = byAssessment(consultations);
  const findingsOf = byAssessment(findings);
  for (const s of subjects) {
    const c = corroborationOf(s.settings);
    const own = consultationsOf.get(s.id) ?? [];
    const open = own.filter((x) => x.state === 'REQUESTED');
    const facts: CorroborationFacts = {
      negativeFindings: [],
      vetoItems: [],
      openConsultations: open.map((x) => ({ id: x.id, item: x.veto_item, department: x.department, dueOn: x.due_on })),
    };
    for (const f of findingsOf.get(s.id) ?? []) {
      const rule = findingTypeRule(c, f.source, f.finding_type);
      const name = findingName(f.source, f.document_ref);
      if (rule?.feeds === 'NEGATIVE_LIST') facts.negativeFindings.push({ code: rule.target, finding: name });
      if (rule?.feeds === 'VETO_ITEM') {
        const item = c.vetoItems.find((v) => v.code === rule.target);
        const latest = own.filter((x) => x.veto_item === rule.target).at(-1);
        const waived = latest?.state === 'ANSWERED' && latest.applies === false;
        if (item && !waived && !open.some((x) => x.veto_item === item.code)) facts.vetoItems.push({ item: item.code, effect: item.effect, finding: name });
      }
    }
    out.set(s.id, facts);
  }
  return out;
}
