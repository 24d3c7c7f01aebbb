import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { MACHINES, type Actor, type MachineId } from '../../workflows/registry.js';
import { AppError } from '../common/errors.js';
import { isRootPath, PERMISSIONS, type Permission, type Viewer } from './policy.js';
import { ROLES, type Role } from './roles.js';

/** An event of a machine, typed against the machine's actors table. */
export interface MachineEvent {
  machine: MachineId;
  event: string;
}

/** The special rules: each needs a fact of the record, which its service checks; the table admits the roles that could satisfy it. */
export const SPECIAL_RULES = {
  APPEAL_BODY: 'the appeal body the case’s rule set names (appeals.appealDecidedBy), over the case’s organisation',
  INVITED_RATER: 'a RATER invited to rate this assessment, while its ballots are open',
} as const;
export type SpecialRule = keyof typeof SPECIAL_RULES;

/**
 * Who may call a mutation, before its resolver runs:
 * - PUBLIC: anyone, signed in or not;
 * - SIGNED_IN: any signed-in user, on their own data only (the service scopes it to them);
 * - PERMISSION: a role holding one of the permissions somewhere; the service checks it at the record's organisation;
 * - ROOT_ONLY: the permission under a grant at a root of the organisation tree (national data);
 * - LIFECYCLE: the actors the machine spec names for the event (SUBJECT: the assessed cadre, CADRE); the engine checks them at the record;
 * - SPECIAL: a named rule over the actors of an event, with a fact of the record the service checks.
 */
export type MutationRule =
  | { kind: 'PUBLIC' }
  | { kind: 'SIGNED_IN' }
  | { kind: 'PERMISSION'; permissions: readonly Permission[] }
  | { kind: 'ROOT_ONLY'; permission: Permission }
  | { kind: 'LIFECYCLE'; events: readonly MachineEvent[] }
  | { kind: 'SPECIAL'; name: SpecialRule; roles: readonly Role[]; event?: MachineEvent };

type EventOf<M extends MachineId> = Extract<keyof (typeof MACHINES)[M]['actors'], string>;
const on = <M extends MachineId>(machine: M, event: EventOf<M>): MachineEvent => ({ machine, event });

const PUBLIC: MutationRule = { kind: 'PUBLIC' };
const SIGNED_IN: MutationRule = { kind: 'SIGNED_IN' };
const permission = (...permissions: Permission[]): MutationRule => ({ kind: 'PERMISSION', permissions });
const rootOnly = (p: Permission): MutationRule => ({ kind: 'ROOT_ONLY', permission: p });
const lifecycle = (...events: MachineEvent[]): MutationRule => ({ kind: 'LIFECYCLE', events });
const annual = (event: EventOf<'annualAssessment'>) => lifecycle(on('annualAssessment', event));
const regular = (event: EventOf<'regularAssessment'>) => lifecycle(on('regularAssessment', event));
const cycle = (event: EventOf<'cycle'>) => lifecycle(on('cycle', event));
const ft = (event: EventOf<'faultToleranceCase'>) => lifecycle(on('faultToleranceCase', event));
/** An outcome task: ordinary, heavy (the committee approves) or remedial training, whichever machines know the event. */
const task = (...machines: Array<'outcomeTask' | 'committeeOutcomeTask' | 'remedialTraining'>) => (event: string) =>
  lifecycle(...machines.map((machine) => ({ machine, event })));
const approvedTask = task('outcomeTask', 'committeeOutcomeTask');
const anyTask = task('outcomeTask', 'committeeOutcomeTask', 'remedialTraining');
const training = task('remedialTraining');
const appealBody = (event: MachineEvent): MutationRule => ({ kind: 'SPECIAL', name: 'APPEAL_BODY', roles: rolesOfActors(actorsOf(event)), event });

/**
 * Every GraphQL mutation and who may call it: the one place. A mutation that
 * is not here is refused when the schema is built (`enforceMutationRules`),
 * and docs/security.md "Who may call what" is this table in words.
 */
export const MUTATION_RULES: Readonly<Record<string, MutationRule>> = {
  // Sign-in and one's own data
  signIn: PUBLIC,
  signOut: SIGNED_IN,
  endSession: SIGNED_IN,
  changePassword: SIGNED_IN,
  markNotificationsRead: SIGNED_IN,
  setMyNotificationSettings: SIGNED_IN,
  // Only the uploader, while the record is open (the service checks both)
  deleteAttachment: SIGNED_IN,
  // Users, organisation data, rule sets
  createUser: permission('user:manage'),
  assignRole: permission('user:manage'),
  revokeRole: permission('user:manage'),
  unlockUser: permission('user:manage'),
  setUserEmail: permission('user:manage'),
  linkExternalIdentity: permission('user:manage'),
  unlinkExternalIdentity: permission('user:manage'),
  createAccountsForUnit: permission('user:manage'),
  linkUserToCadre: permission('user:manage'),
  resetPassword: permission('user:manage'),
  disableUser: permission('user:manage'),
  enableUser: permission('user:manage'),
  updateCadre: permission('cadre:write'),
  createCadre: permission('cadre:write'),
  moveCadre: permission('cadre:write'),
  createCandidateList: permission('selection:write'),
  changeCandidateList: permission('selection:write'),
  printCandidateList: permission('selection:read'),
  recordPromotion: permission('selection:write'),
  setCadreEmploymentStatus: permission('cadre:write'),
  setManagingJurisdiction: permission('cadre:write'),
  createOrganisation: permission('organisation:write'),
  updateOrganisation: permission('organisation:write'),
  moveOrganisation: permission('organisation:write'),
  retireOrganisation: permission('organisation:write'),
  designateTeamReportAuthor: permission('cycle:manage'),
  recordCadreStatus: permission('cadre-status:write', 'investigation:write'),
  publishRuleSet: permission('rule-set:publish'),
  // National data
  setCalendarDay: rootOnly('calendar:manage'),
  confirmCalendarYear: rootOnly('calendar:manage'),
  // Indicators
  saveIndicatorSchemeDraft: permission('indicator-scheme:write'),
  publishIndicatorScheme: permission('indicator-scheme:write'),
  importIndicatorFile: permission('indicator-data:write'),
  // Roster import (the file is uploaded to POST /imports/roster)
  applyRosterImport: permission('roster:import'),
  discardRosterImport: permission('roster:import'),
  setIndicatorValue: permission('indicator-data:write'),
  assignIndicatorResponsibilities: permission('indicator-data:write'),
  recordQuotaRaise: permission('quota-raise:record'),
  // Kinds that add up: a special cycle's rule, a term cycle's term, a term assessment's targets
  setSpecialRule: permission('cycle:manage'),
  setTermPeriod: permission('cycle:manage'),
  setTermTargets: permission('evaluation:manage'),
  declareBusinessAssessment: permission('cycle:manage'),
  enterBusinessResults: permission('business-result:write'),
  importBusinessResults: permission('business-result:write'),
  // Surveys and 好差评 ratings
  planSurvey: permission('survey:manage'),
  updateSurveyPlan: permission('survey:manage'),
  startSurveyFieldwork: permission('survey:manage'),
  closeSurveyFieldwork: permission('survey:manage'),
  publishSurvey: permission('survey:manage'),
  importSurveyResults: permission('survey:manage'),
  enterSurveyResult: permission('survey:manage'),
  importServiceRatings: permission('survey:manage'),
  // Cycles
  planCycle: permission('cycle:manage'),
  issueAnnouncementList: permission('cycle:manage'),
  enrolInCycle: cycle('ENROL'),
  enrolInCycleWithReport: cycle('ENROL'),
  enrolCadreInCycle: cycle('ENROL'),
  openCycle: cycle('OPEN_CYCLE'),
  closeCycle: cycle('CLOSE_CYCLE'),
  cancelCycle: cycle('CANCEL_CYCLE'),
  runDueDeadlines: permission('cycle:manage'),
  runCaseDeadlines: permission('cycle:manage'),
  runOutcomeDeadlines: permission('cycle:manage'),
  // Evaluation inputs and grading
  inviteRaters: permission('evaluation:manage'),
  inviteRatersToAssessments: permission('evaluation:manage'),
  castBallot: { kind: 'SPECIAL', name: 'INVITED_RATER', roles: ['RATER'] },
  recordPoliticalReview: permission('political-review:write'),
  recordPenalty: permission('penalty:write'),
  recordNegativeFinding: permission('evaluation:manage'),
  recordFinding: permission('finding:write'),
  setFindingState: permission('finding:write'),
  requestVetoConsultation: permission('consultation:request'),
  answerVetoConsultation: permission('consultation:answer'),
  withdrawVetoConsultation: permission('consultation:request'),
  setScores: permission('evaluation:manage'),
  importScores: permission('evaluation:manage'),
  gradeCycle: permission('evaluation:manage'),
  startGradingRun: permission('evaluation:manage'),
  // The annual assessment (the self-report draft is the subject's, as its submission)
  setOverlay: annual('SET_OVERLAY'),
  saveSelfReportDraft: annual('SUBMIT_SELF_REPORT'),
  submitSelfReport: annual('SUBMIT_SELF_REPORT'),
  returnSelfReport: annual('RETURN_SELF_REPORT'),
  acceptSelfReport: annual('ACCEPT_SELF_REPORT'),
  recordRefusal: annual('RECORD_REFUSAL'),
  openBallots: annual('OPEN_BALLOTS'),
  closeBallots: annual('CLOSE_BALLOTS'),
  recordTalk: annual('RECORD_TALK'),
  recordOpinion: annual('RECORD_OPINION'),
  completeEvaluation: annual('COMPLETE_EVALUATION'),
  proposeGrade: annual('PROPOSE_GRADE'),
  approveGrade: annual('APPROVE_GRADE'),
  changeGrade: annual('CHANGE_GRADE'),
  sendBackProposal: annual('SEND_BACK'),
  openPublicNotice: annual('OPEN_NOTICE'),
  lodgeObjection: annual('LODGE_OBJECTION'),
  investigateObjection: annual('INVESTIGATE_OBJECTION'),
  upholdObjection: annual('UPHOLD_OBJECTION'),
  dismissObjection: annual('DISMISS_OBJECTION'),
  closePublicNotice: annual('CLOSE_NOTICE'),
  issueWrittenNotice: annual('ISSUE_WRITTEN_NOTICE'),
  signWrittenNotice: annual('SIGN_NOTICE'),
  giveFeedback: lifecycle(on('annualAssessment', 'GIVE_FEEDBACK'), on('regularAssessment', 'GIVE_FEEDBACK')),
  fileAssessment: annual('FILE'),
  // Regular and special assessments
  submitSummary: regular('SUBMIT_SUMMARY'),
  completeFactFinding: regular('COMPLETE_FACT_FINDING'),
  appraise: regular('APPRAISE'),
  // Results application
  approveOutcome: approvedTask('APPROVE'),
  carryOutOutcome: approvedTask('CARRY_OUT'),
  verifyOutcome: anyTask('VERIFY'),
  cancelOutcome: anyTask('CANCEL'),
  enrolTraining: training('ENROL'),
  completeTraining: training('COMPLETE'),
  // Review and appeal: appeals are decided and extended by the appeal body alone
  requestReview: lifecycle(on('reviewCase', 'REQUEST_REVIEW'), on('reviewCase', 'FILE_APPEAL')),
  appealReview: lifecycle(on('reviewCase', 'FILE_APPEAL')),
  decideReview: lifecycle(on('reviewCase', 'DECIDE_REVIEW')),
  decideAppeal: appealBody(on('reviewCase', 'DECIDE_APPEAL')),
  extendAppeal: appealBody(on('reviewCase', 'EXTEND_APPEAL')),
  withdrawReview: lifecycle(on('reviewCase', 'WITHDRAW')),
  // Fault tolerance (容错纠错)
  openFaultToleranceCase: ft('SUBMIT'),
  acceptFaultToleranceCase: ft('ACCEPT'),
  refuseFaultToleranceCase: ft('REFUSE'),
  completeFaultToleranceInvestigation: ft('COMPLETE_INVESTIGATION'),
  decideFaultToleranceCase: ft('DECIDE'),
  giveFaultToleranceFeedback: ft('GIVE_FEEDBACK'),
  fileFaultToleranceCase: ft('FILE_WITH_ORGANISATION'),
  recordFaultToleranceCorrection: ft('RECORD_CORRECTION'),
  verifyFaultToleranceCorrection: ft('VERIFY_CORRECTION'),
  // Accusations and clearing names (澄清正名); penalties and investigations
  recordAccusation: permission('accusation:write'),
  verifyAccusation: lifecycle(on('accusation', 'VERIFY')),
  clearAccusation: lifecycle(on('accusation', 'CLEAR')),
  startAccountability: permission('penalty:write'),
  decidePenalty: permission('penalty:write'),
  openInvestigation: permission('investigation:write'),
  closeInvestigation: permission('investigation:write'),
};

function actorsOf(e: MachineEvent): readonly Actor[] {
  const actors = (MACHINES[e.machine].actors as Readonly<Record<string, readonly Actor[]>>)[e.event];
  if (!actors) throw new Error(`mutation rules: machine ${e.machine} has no event ${e.event}`);
  return actors;
}

/** The roles an actor list admits: SUBJECT is a cadre acting as themself; SYSTEM is no user; PUBLIC is everyone. */
function rolesOfActors(actors: readonly Actor[]): Role[] {
  if (actors.includes('PUBLIC')) return [...ROLES];
  const roles = new Set<Role>();
  for (const a of actors) {
    if (a === 'SUBJECT') roles.add('CADRE');
    else if (a !== 'SYSTEM' && a !== 'PUBLIC') roles.add(a);
  }
  return ROLES.filter((r) => roles.has(r));
}

/** Who could ever satisfy a rule: whether anonymous callers may, the roles that may, and whether only a grant at a root counts. */
export interface Admission {
  anonymous: boolean;
  roles: readonly Role[];
  rootOnly: boolean;
}

export function admissionOf(rule: MutationRule): Admission {
  switch (rule.kind) {
    case 'PUBLIC':
      return { anonymous: true, roles: ROLES, rootOnly: false };
    case 'SIGNED_IN':
      return { anonymous: false, roles: ROLES, rootOnly: false };
    case 'PERMISSION': {
      const roles = new Set<Role>(rule.permissions.flatMap((p) => PERMISSIONS[p] as readonly Role[]));
      return { anonymous: false, roles: ROLES.filter((r) => roles.has(r)), rootOnly: false };
    }
    case 'ROOT_ONLY':
      return { anonymous: false, roles: PERMISSIONS[rule.permission], rootOnly: true };
    case 'LIFECYCLE': {
      const actors = rule.events.flatMap(actorsOf);
      return { anonymous: actors.includes('PUBLIC'), roles: rolesOfActors(actors), rootOnly: false };
    }
    case 'SPECIAL':
      return { anonymous: false, roles: rule.roles, rootOnly: false };
  }
}

/** Refuses a caller who could never satisfy the rule: UNAUTHENTICATED when not signed in, else FORBIDDEN naming the rule. */
export function admit(mutation: string, rule: MutationRule, viewer: Viewer | null): void {
  const { anonymous, roles, rootOnly } = admissionOf(rule);
  if (anonymous) return;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Please sign in');
  if (rule.kind === 'SIGNED_IN') return;
  if (viewer.grants.some((g) => roles.includes(g.role) && (!rootOnly || isRootPath(g.organisationPath)))) return;
  const detail: Record<string, unknown> = { mutation, rule: rule.kind };
  if (rule.kind === 'PERMISSION') detail.permission = rule.permissions[0];
  if (rule.kind === 'ROOT_ONLY') detail.permission = rule.permission;
  if (rule.kind === 'LIFECYCLE') detail.event = rule.events[0]!.event;
  const who = roles.join(' or ');
  throw new AppError('FORBIDDEN', rootOnly ? `Only the root jurisdiction may do ${mutation} (${who})` : `Only ${who} may do ${mutation}`, detail);
}

/**
 * Checks the table against the schema — every mutation has a rule, every rule
 * a mutation, every event its machine — and puts the admission check in front
 * of every mutation's resolver. Throws naming what is missing, so a schema
 * with a mutation that has no rule never serves.
 */
export function enforceMutationRules(schema: GraphQLSchema, rules: Readonly<Record<string, MutationRule>> = MUTATION_RULES): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  const missing = Object.keys(fields).filter((name) => !Object.hasOwn(rules, name));
  if (missing.length) throw new Error(`Mutations without a rule in server/auth/mutation-rules.ts: ${missing.join(', ')}`);
  const stale = Object.keys(rules).filter((name) => !Object.hasOwn(fields, name));
  if (stale.length) throw new Error(`Rules in server/auth/mutation-rules.ts for mutations that do not exist: ${stale.join(', ')}`);
  for (const [name, field] of Object.entries(fields)) {
    const rule = rules[name]!;
    admissionOf(rule); // every event named exists in its machine
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: { viewer: Viewer | null }, info) => {
      admit(name, rule, context.viewer);
      return resolve(source, args, context, info);
    };
  }
  return schema;
}

const roleList = (roles: readonly Role[]) => roles.join(', ');

/** The rule and who may call it, in words: the rows of docs/security.md "Who may call what". */
export function describeRule(rule: MutationRule): { rule: string; who: string } {
  const { roles } = admissionOf(rule);
  switch (rule.kind) {
    case 'PUBLIC':
      return { rule: 'public', who: 'anyone, signed in or not' };
    case 'SIGNED_IN':
      return { rule: 'signed in', who: 'any signed-in user, on their own data' };
    case 'PERMISSION':
      return { rule: rule.permissions.map((p) => `\`${p}\``).join(' or '), who: `${roleList(roles)}, at the record’s organisation` };
    case 'ROOT_ONLY':
      return { rule: `root only: \`${rule.permission}\``, who: `${roleList(roles)}, under a grant at a root of the tree` };
    case 'LIFECYCLE': {
      const events = rule.events.map((e) => `${e.machine} ${e.event}`).join(', ');
      const actors = [...new Set(rule.events.flatMap(actorsOf))].filter((a) => a !== 'SYSTEM');
      if (actors.includes('PUBLIC')) return { rule: `event: ${events}`, who: 'anyone, signed in or not' };
      const who = actors.map((a) => (a === 'SUBJECT' ? 'the assessed (CADRE)' : a));
      return { rule: `event: ${events}`, who: `${who.join(', ')}, over the record` };
    }
    case 'SPECIAL':
      return { rule: `${rule.name}${rule.event ? ` (${rule.event.machine} ${rule.event.event})` : ''}`, who: `${roleList(roles)}: ${SPECIAL_RULES[rule.name]}` };
  }
}

/** The table as Markdown, one row per mutation in alphabetical order. */
export function renderMutationRules(rules: Readonly<Record<string, MutationRule>> = MUTATION_RULES): string {
  const rows = Object.keys(rules)
    .sort()
    .map((name) => {
      const { rule, who } = describeRule(rules[name]!);
      return `| \`${name}\` | ${rule} | ${who} |`;
    });
  return ['| mutation | rule | who may call it |', '|---|---|---|', ...rows].join('\n');
}
