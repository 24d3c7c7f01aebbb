/**
 * What follows an annual result (docs/domain.md §6, 结果运用), as data. Each
 * proposed outcome becomes a tracked task: most run proposed → approved →
 * carried out → verified (outcome.machine.ts); remedial training runs
 * assigned → enrolled → completed → verified (training.machine.ts).
 */
export const OUTCOME_KINDS = [
  /** 嘉奖: EXCELLENT that year. */
  'COMMENDATION',
  /** EXCELLENT: the years required for the next rank shortened (default 6 months). */
  'RANK_TENURE_REDUCTION',
  /** 记三等功: EXCELLENT the configured years running (default 3). */
  'THIRD_CLASS_MERIT',
  /** 优先提拔: goes with the third-class merit. */
  'PROMOTION_PRIORITY',
  /** 晋升一个工资档次: every N COMPETENT-or-better years, cumulative (default 2). */
  'SALARY_STEP',
  /** 晋升一个级别: every N COMPETENT-or-better years, cumulative (default 5). */
  'SALARY_LEVEL',
  /** 诫勉: BASICALLY_COMPETENT. */
  'ADMONISHMENT',
  /** 书面检查: BASICALLY_COMPETENT; for a team, to the party committee. */
  'WRITTEN_SELF_EXAMINATION',
  /** 限期改进: BASICALLY_COMPETENT, by a deadline. */
  'IMPROVEMENT_DEADLINE',
  /** 培训: BASICALLY_COMPETENT (its own lifecycle). */
  'REMEDIAL_TRAINING',
  /** 组织调整: a leading cadre BASICALLY_COMPETENT the configured years running (default 2). */
  'ORGANISATIONAL_ADJUSTMENT',
  /** 降职 or 免职: INCOMPETENT; the approver chooses which. */
  'DEMOTION_OR_REMOVAL',
  /** 辞退: INCOMPETENT the configured years running (default 2), unless a protected status blocks it. */
  'DISMISSAL',
  /** 约谈主要负责人: a team AVERAGE years running, or POOR. */
  'ADMONISHMENT_TALK',
  /** 限期整改: a team, by a deadline. */
  'RECTIFICATION',
  /** 调整主要负责人和有关责任人. */
  'LEADER_ADJUSTMENT',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_LABELS_ZH: Record<OutcomeKind, string> = {
  COMMENDATION: '嘉奖',
  RANK_TENURE_REDUCTION: '晋升职务职级所需年限缩短',
  THIRD_CLASS_MERIT: '记三等功',
  PROMOTION_PRIORITY: '优先提拔使用',
  SALARY_STEP: '晋升一个工资档次',
  SALARY_LEVEL: '晋升一个级别',
  ADMONISHMENT: '诫勉',
  WRITTEN_SELF_EXAMINATION: '书面检查',
  IMPROVEMENT_DEADLINE: '限期改进',
  REMEDIAL_TRAINING: '培训',
  ORGANISATIONAL_ADJUSTMENT: '组织调整',
  DEMOTION_OR_REMOVAL: '降职或免职',
  DISMISSAL: '辞退',
  ADMONISHMENT_TALK: '约谈主要负责人',
  RECTIFICATION: '限期整改',
  LEADER_ADJUSTMENT: '调整主要负责人和有关责任人',
};

/** Outcomes whose approver must pick one of several measures. */
export const OUTCOME_CHOICES: Partial<Record<OutcomeKind, readonly string[]>> = {
  DEMOTION_OR_REMOVAL: ['DEMOTION', 'REMOVAL'],
};

/** National default of the heavy outcomes (组织处理 and 辞退) that the party committee approves. */
export const COMMITTEE_APPROVED_KINDS_DEFAULT: OutcomeKind[] = ['ORGANISATIONAL_ADJUSTMENT', 'DEMOTION_OR_REMOVAL', 'DISMISSAL', 'LEADER_ADJUSTMENT'];

/** Kinds whose task runs the training lifecycle instead of the approval one. */
export const TRAINING_KINDS: readonly OutcomeKind[] = ['REMEDIAL_TRAINING'];
