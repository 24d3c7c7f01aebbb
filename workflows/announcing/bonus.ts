/**
 * 年度考核奖: the annual-assessment bonus coefficient of one person, from the
 * grade of their unit's leadership team (a setting per team grade) and their
 * own grade (docs/domain.md §6a).
 *
 * - Own grade COMPETENT (合格) or better: the coefficient of the team's grade.
 * - Own grade BASICALLY_COMPETENT or INCOMPETENT (基本合格, 不合格), or no grade
 *   at all (UNGRADED 不定等次, COMMENT_ONLY 只写评语): 0 — the bonus is for
 *   those graded competent or better.
 * - Own grade not decided yet, or the team's grade not decided (or no team
 *   assessed): no coefficient yet (null); payroll waits for the decision.
 */
import { gradeLevel } from '../outcomes/rules.js';
import type { RuleSettings } from '../rules/settings.js';

export const BONUS_BASES = ['TEAM_GRADE', 'OWN_BELOW_COMPETENT', 'OWN_NOT_GRADED', 'OWN_UNDECIDED', 'TEAM_UNDECIDED'] as const;
export type BonusBasis = (typeof BONUS_BASES)[number];

export interface BonusCoefficient {
  coefficient: number | null;
  basis: BonusBasis;
}

const TEAM_GRADES = ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'] as const;
type TeamGrade = (typeof TEAM_GRADES)[number];

export function bonusCoefficient(ownGrade: string | null, teamGrade: string | null, settings: Pick<RuleSettings, 'announcing'>): BonusCoefficient {
  if (!ownGrade) return { coefficient: null, basis: 'OWN_UNDECIDED' };
  const level = gradeLevel(ownGrade);
  if (level === null) return { coefficient: 0, basis: 'OWN_NOT_GRADED' };
  if (level >= 2) return { coefficient: 0, basis: 'OWN_BELOW_COMPETENT' };
  if (!teamGrade || !(TEAM_GRADES as readonly string[]).includes(teamGrade)) return { coefficient: null, basis: 'TEAM_UNDECIDED' };
  return { coefficient: settings.announcing.bonusCoefficientByTeamGrade[teamGrade as TeamGrade], basis: 'TEAM_GRADE' };
}
