/**
 * The one decision path of an annual grade (docs/domain.md §5): facts in, the
 * grade allowed or the gates that refuse it out. Pure; the server fills the
 * facts and the quota pool, and every path that sets a grade asks `decideGrade`.
 */
export { cleanFacts } from './facts.js';
export type { AccusationFact, DecisionScale, FactValue, Facts, GradeFacts, NegativeFindingFact, PenaltyFact, PoliticalReview } from './facts.js';
export { bandGrade, evaluateGates, FORCE_GATES, heaviestPenalty, isLongLeaveDays, NO_EXCELLENT_GATES } from './gates.js';
export type { ForceGate, GateEvaluation, GateFinding, NoExcellentGate, PersonGate } from './gates.js';
export { adviceFrom, adviseGrade, CORRECTION_PATH_SOURCES, decideGrade, DECISION_PATHS, REASONED_PATHS, verdictOf } from './decide.js';
export type { Decision, DecisionCommon, DecisionInput, DecisionPath, GradeVerdict, Refusal, RefusalGate } from './decide.js';
export { isGradedResult, quotaPoolKey, quotaStanding } from '../rules/quota.js';
export type { QuotaPool, QuotaPoolMember, QuotaStanding } from '../rules/quota.js';
