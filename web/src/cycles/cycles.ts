import type { AssessmentKind, CycleKind } from '../gql/graphql';
import { everyValue } from '../shared/enums';

export const CYCLE_KINDS = everyValue<CycleKind>()(['ANNUAL', 'REGULAR', 'SPECIAL', 'TERM']);

/** Assessment kinds, for filters. */
export const ASSESSMENT_KINDS = everyValue<AssessmentKind>()(['CADRE_ANNUAL', 'TEAM_ANNUAL', 'TERM', 'REGULAR', 'SPECIAL']);

/**
 * A deadline chosen as a calendar day runs to the end of that day in Beijing
 * (the working-day calendar is China's): `2026-01-31` → 2026-01-31T15:59:59.000Z.
 */
export function endOfDayInBeijing(day: string): string {
  return new Date(`${day}T23:59:59+08:00`).toISOString();
}
