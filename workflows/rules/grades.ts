/**
 * Grade scales are data: a scale lists its grades from best to worst. Code that
 * needs "one level down" or "the lowest grade" asks the scale, never a literal.
 */
export const GRADE_SCALES = {
  /** 领导班子: 好 / 较好 / 一般 / 较差 in practice written 优秀 / 良好 / 一般 / 较差. */
  TEAM: ['EXCELLENT', 'GOOD', 'AVERAGE', 'POOR'],
  /** 领导干部 and 公务员: 优秀 / 称职 / 基本称职 / 不称职. */
  CADRE: ['EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT'],
  /** 事业单位工作人员: 优秀 / 合格 / 基本合格 / 不合格. */
  PUBLIC_INSTITUTION: ['EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED'],
  /** 平时考核: 好 / 较好 / 一般 / 较差. */
  REGULAR: ['GOOD', 'FAIR', 'AVERAGE', 'POOR'],
} as const;

export type GradeScaleId = keyof typeof GRADE_SCALES;

export function isGradeOf(scale: GradeScaleId, grade: string): boolean {
  return (GRADE_SCALES[scale] as readonly string[]).includes(grade);
}

/** The grade one level below `grade` on `scale`; the lowest stays where it is. */
export function oneLevelDown(scale: GradeScaleId, grade: string): string {
  const grades = GRADE_SCALES[scale] as readonly string[];
  const index = grades.indexOf(grade);
  if (index < 0) throw new RangeError(`${grade} is not a grade of scale ${scale}`);
  return grades[Math.min(index + 1, grades.length - 1)] as string;
}

export function lowestGrade(scale: GradeScaleId): string {
  const grades = GRADE_SCALES[scale] as readonly string[];
  return grades[grades.length - 1] as string;
}
