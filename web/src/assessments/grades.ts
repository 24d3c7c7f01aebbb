import type { Grade, GradeScale, NonGradeResult } from '../gql/graphql';
import { everyValue } from '../shared/enums';

/**
 * The grade scales, as the lists a form offers (best first). Which grade is
 * allowed for an assessment (overlays, a withdrawn EXCELLENT, quotas) is the
 * server's decision: a refused grade comes back as an error.
 */
export const CADRE_GRADES = ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'] as const satisfies readonly Grade[];
export const TEAM_GRADES = ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'] as const satisfies readonly Grade[];
export const PUBLIC_INSTITUTION_GRADES = ['EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED'] as const satisfies readonly Grade[];
export const REGULAR_GRADES = ['GOOD', 'FAIR', 'AVERAGE', 'POOR'] as const satisfies readonly Grade[];
export const NON_GRADE_RESULTS = everyValue<NonGradeResult>()(['UNGRADED', 'COMMENT_ONLY']);

/** Every scale of the schema (`vocabulary.gradeScales`) with its grades; together they name every Grade. */
export const GRADE_SCALES = { CADRE: CADRE_GRADES, TEAM: TEAM_GRADES, PUBLIC_INSTITUTION: PUBLIC_INSTITUTION_GRADES, REGULAR: REGULAR_GRADES } as const satisfies Record<GradeScale, readonly Grade[]>;
type Assert<T extends true> = T;
/** Fails the type check when the schema has a Grade that no scale here lists. */
export type EveryGradeOnAScale = Assert<[Exclude<Grade, (typeof GRADE_SCALES)[GradeScale][number]>] extends [never] ? true : false>;

/** Every grade code the web knows, for filters. */
export const ALL_GRADES = [...new Set<string>([...CADRE_GRADES, ...TEAM_GRADES, ...PUBLIC_INSTITUTION_GRADES, ...NON_GRADE_RESULTS])];

/** Regular and special assessments are appraised on their own scale (好 / 较好 / 一般 / 较差). */
export function isRegularKind(kind: string | null | undefined): boolean {
  return kind === 'REGULAR' || kind === 'SPECIAL';
}

/** The grades a form offers for an assessment of this kind and scale (context.scale). */
export function gradeOptions(kind: string, scale: string | null | undefined): string[] {
  if (isRegularKind(kind)) return [...REGULAR_GRADES];
  const list = scale === 'TEAM' || kind === 'TEAM_ANNUAL' ? TEAM_GRADES : scale === 'PUBLIC_INSTITUTION' ? PUBLIC_INSTITUTION_GRADES : CADRE_GRADES;
  return [...list, ...NON_GRADE_RESULTS];
}
