import { registerEnumType } from 'type-graphql';
import { MACHINES, type MachineSpec } from '../../workflows/registry.js';
import { describeValues, enumObject } from '../common/enum.js';
import type { InstanceTable } from '../workflow/transition.js';

/**
 * What the audit trail speaks of: every kind of record a row is about, and
 * every action written besides the lifecycle events (which the transition
 * step writes under the event's own name). `appendAudit` takes only these, so
 * a new kind of record or action is a compile error until it is listed —
 * and described — here; the web's audit page reads the lists from
 * `vocabulary` and labels every value.
 */
const ENTITY_DESCRIPTIONS = {
  assessment: 'An assessment (its lifecycle events)',
  assessment_cycle: 'An assessment cycle (planning, enrolment, opening, closing)',
  outcome_task: 'An outcome task of results application',
  review_case: 'A review (复核) or appeal (申诉) case',
  fault_tolerance_case: 'A fault-tolerance case (容错)',
  accusation: 'An accusation and the clearing of a name (澄清正名)',
  assessment_evaluation: 'The evaluation records of an assessment (political review, negative-list findings, opinions)',
  rater_invitation: 'A rater’s invitation to a democratic evaluation',
  ballot_box: 'A ballot box (no voter is recorded)',
  assessment_cycle_grading: 'A grading run over a cycle',
  assessment_cycle_export: 'An export of a cycle’s results',
  score_import: 'An import of component scores',
  indicator_scheme: 'An indicator scheme (drafts and published versions)',
  indicator_data: 'A cycle’s indicator values (file imports and manual entry)',
  indicator_responsibility: 'Members’ responsibilities for indicators',
  quota_raise_approval: 'An approval to raise the EXCELLENT quota',
  business_assessment: 'A business assessment a cycle absorbs ("1+N") and its results per unit',
  cadre: 'A cadre (details and status facts)',
  organisation: 'An organisation (created, edited, moved, retired; the designated author of its leadership-team report)',
  cadre_penalty: 'A cadre’s penalties, accountability and investigations',
  user: 'A user account (sign-in, roles)',
  user_identity: 'A subject of an external identity provider (issuer and subject) that tried to sign in without being linked to an account',
  rule_set: 'A rule-set version of a jurisdiction',
  working_calendar: 'The working-day calendar',
  official_document: 'Official documents (PDF) and archives issued about an assessment, cycle, cadre or unit',
  system: 'The system itself (demo data)',
  overdue_escalation: 'An overdue step reported to the office responsible for it',
  roster_import: 'A roster import (名册导入): an uploaded file of organisations, cadres and status facts',
  survey: 'A survey of a cycle (民意调查 or a satisfaction survey): its plan, questionnaire, state and results',
  service_rating: '好差评 ratings of a service department for a year',
  attachment: 'An attachment of a self-report, a review or appeal case, or an objection (its name, size, SHA-256 and owner)',
  corroborating_finding: 'A finding of supervision, an inspection tour, audit, petitions or discipline about an assessment (印证)',
  veto_consultation: 'A consultation of the competent department on a veto item (一票否决)',
  cadre_promotion: 'A promotion or further use of a cadre recorded on a day (选任)',
  candidate_list: 'A candidate list for selection (选任参考): its members and exports',
  announcement_list: 'A commendation or criticism list of a cycle (通报表扬, 嘉奖, 记三等功, 通报批评) as issued, with its number',
} as const;
export type AuditEntityType = keyof typeof ENTITY_DESCRIPTIONS;
export const AUDIT_ENTITY_TYPES = Object.keys(ENTITY_DESCRIPTIONS) as AuditEntityType[];
// Every instance table's transitions are audited under its own name.
const _everyInstanceTable: readonly AuditEntityType[] = [] as InstanceTable[];
void _everyInstanceTable;

export const AuditEntityTypeEnum = enumObject(AUDIT_ENTITY_TYPES);
registerEnumType(AuditEntityTypeEnum, {
  name: 'AuditEntityType',
  description: 'The kinds of record an audit row is about (its entityType)',
  valuesConfig: describeValues(AuditEntityTypeEnum, ENTITY_DESCRIPTIONS),
});

/** The actions written besides lifecycle events, in the order the audit page offers them. */
const ACTION_DESCRIPTIONS = {
  SIGNED_IN: 'A user signed in',
  SIGNED_OUT: 'A user signed out',
  SIGN_IN_FAILED: 'A sign-in failed (wrong username or password)',
  SIGN_IN_THROTTLED: 'A sign-in failed and further attempts are delayed',
  PASSWORD_SIGN_IN_REFUSED: 'A right password was refused: the account signs in through the identity provider only',
  OIDC_SIGN_IN_REFUSED: 'A sign-in through the identity provider was refused (no linked account, or the account is disabled)',
  IDENTITY_LINKED: 'An external identity (OpenID Connect) was linked to the account',
  IDENTITY_UNLINKED: 'An external identity was unlinked from the account',
  ACCOUNT_LOCKED: 'No longer written (failed sign-ins now slow down); older trails hold it',
  ACCOUNT_UNLOCKED: 'An administrator unlocked an account',
  USER_CREATED: 'A user account was created',
  ACCOUNTS_CREATED_FOR_UNIT: 'Accounts were created for the serving cadres of a unit, with one-time passwords (never recorded)',
  PASSWORD_CHANGED: 'A user changed their own password (never recorded); their other sessions ended',
  PASSWORD_RESET: 'An administrator reset a password to a one-time password (never recorded); the account’s sessions ended',
  ACCOUNT_DISABLED: 'An administrator disabled an account; its sessions ended',
  ACCOUNT_ENABLED: 'An administrator enabled a disabled account again',
  CADRE_LINKED: 'An administrator linked an account to a cadre record (or moved the link)',
  ROLE_ASSIGNED: 'A role was granted',
  ROLE_REVOKED: 'A role was withdrawn',
  CADRE_UPDATED: 'A cadre’s details were changed',
  CADRE_CREATED: 'A cadre was added to the roster',
  CADRE_MOVED: 'A cadre was transferred or promoted: new unit, post, rank level or position',
  EMPLOYMENT_STATUS_CHANGED: 'A cadre’s in-post status changed (serving, retired, left)',
  MANAGING_JURISDICTION_CHANGED: 'A cadre’s managing jurisdiction (干部管理权限) changed',
  ORGANISATION_CREATED: 'An organisation was created',
  ORGANISATION_UPDATED: 'An organisation’s name, kind, category or zone changed',
  ORGANISATION_MOVED: 'An organisation moved with its subtree below another parent',
  ORGANISATION_RETIRED: 'An organisation was retired (撤销)',
  STATUS_RECORDED: 'A status fact of a cadre was recorded (probation, leave, investigation)',
  RULE_SET_PUBLISHED: 'A rule-set version was published',
  DEMO_DATA_SEEDED: 'The demo data was loaded',
  RATERS_INVITED: 'Raters were invited to a democratic evaluation',
  BALLOT_CAST: 'A ballot was cast (its content is not recorded here)',
  BALLOT_BOX_OPENED: 'A ballot box was opened and counted',
  SCORES_SET: 'Component scores were entered',
  POLITICAL_REVIEW_RECORDED: 'A political review (政治素质考察) was recorded',
  NEGATIVE_FINDING_RECORDED: 'A negative-list finding was recorded',
  CYCLE_GRADED: 'The grading run proposed grades for a cycle',
  GRADING_RUN_FAILED: 'A grading run of a cycle failed or was abandoned, grading nothing (its error code in the payload)',
  PLAN_CYCLE: 'A cycle was planned',
  PENALTY_RECORDED: 'A penalty was recorded',
  PENALTY_DECIDED: 'A penalty’s decision day was recorded',
  PENALTY_TOLERATED: 'A fault-tolerance decision exempted a penalty (免责)',
  PENALTY_MITIGATED: 'A fault-tolerance decision replaced a penalty with a lighter one',
  ACCOUNTABILITY_STARTED: 'Accountability proceedings were started',
  INVESTIGATION_CLOSED: 'An investigation was closed',
  OPENED: 'A case was opened',
  PROPOSE: 'An outcome task was proposed',
  RESULTS_EXPORTED: 'A cycle’s results were exported',
  ANNOUNCEMENT_ISSUED: 'A commendation or criticism list of a cycle was issued with its number (its entries frozen)',
  PAYROLL_BONUS_EXPORTED: 'The annual-bonus coefficients of a cycle were exported for payroll',
  BUSINESS_RESULTS_EXPORTED: 'A cycle’s "1+N" report and business-assessment results were exported',
  CALENDAR_DAY_SET: 'A day of the working calendar was set',
  CALENDAR_YEAR_CONFIRMED: 'A year of the working calendar was confirmed',
  INDICATOR_SCHEME_DRAFT_STARTED: 'An indicator scheme draft was started',
  INDICATOR_SCHEME_DRAFT_SAVED: 'An indicator scheme draft was saved',
  INDICATOR_SCHEME_PUBLISHED: 'An indicator scheme version was published',
  INDICATOR_FILE_IMPORTED: 'Indicator values were imported from a file',
  INDICATOR_VALUES_SET: 'Indicator values were entered by hand',
  INDICATOR_RESPONSIBILITIES_ASSIGNED: 'Members’ responsibilities for indicators were assigned',
  QUOTA_RAISE_RECORDED: 'An approval to raise the EXCELLENT quota was recorded',
  SPECIAL_RULE_SET: 'A special assessment’s rule for the annual (bonus, deduction or gate) was set',
  TERM_PERIOD_SET: 'A term assessment’s term (first and last day) was set',
  TERM_TARGETS_SET: 'A term assessment’s targets were set (the whole list)',
  BUSINESS_ASSESSMENT_DECLARED: 'A business assessment was declared for a cycle to absorb',
  BUSINESS_RESULTS_ENTERED: 'A department entered (or corrected) results of its business assessment',
  BUSINESS_RESULTS_IMPORTED: 'A department imported results of its business assessment from a file',
  TEAM_REPORT_AUTHOR_DESIGNATED: 'The author of a unit’s leadership-team report was designated or withdrawn',
  NOTIFICATION_SETTINGS_CHANGED: 'A user’s e-mail address or notification delivery was changed (by the user, or the address by an administrator)',
  OVERDUE_ESCALATED: 'A step overdue by the configured working days was reported to the office responsible for it',
  DOCUMENT_ISSUED: 'An official document was issued as a PDF (its number and SHA-256)',
  ARCHIVE_EXPORTED: 'An archive of documents was exported for the personnel file (the zip’s SHA-256 and each file’s)',
  AUDIT_PRUNED: 'Audit entries older than the retention were archived to a file and removed (audit retention)',
  ROSTER_IMPORTED: 'A roster file was applied: organisations, cadres and status facts added, changed, moved or retired (the differences kept with the import)',
  ROSTER_IMPORT_DISCARDED: 'A roster import was discarded without applying it',
  ATTACHMENT_UPLOADED: 'An attachment was uploaded (its name, type, size and SHA-256; the owner record)',
  ATTACHMENT_DOWNLOADED: 'An attachment was downloaded by someone other than its uploader',
  ATTACHMENT_DELETED: 'An attachment was deleted by its uploader while its record was still open',
  FINDING_RECORDED: 'A corroborating finding was recorded (its source, type, document and the gate it feeds)',
  FINDING_STATE_SET: 'A corroborating finding was verified, cleared or set back to unverified, with the reason',
  CONSULTATION_REQUESTED: 'The competent department was asked about a veto item (the department, the question, the due day)',
  CONSULTATION_ANSWERED: 'The competent department’s answer on a veto item was recorded on its behalf (applies or not, the reason, who answered)',
  CONSULTATION_WITHDRAWN: 'A consultation on a veto item was withdrawn before its answer',
  PROMOTION_RECORDED: 'A promotion or further use of a cadre was recorded on a day',
  CANDIDATE_LIST_CREATED: 'A candidate list was created',
  CANDIDATE_LIST_CHANGED: 'Cadres were added to or removed from a candidate list',
  CANDIDATE_LIST_EXPORTED: 'A candidate list was exported with each candidate’s selection record (Excel or the printable page)',
  SURVEY_PLANNED: 'A survey was planned (kind, firm, window, sample plan, questionnaire)',
  SURVEY_PLAN_CHANGED: 'A planned survey’s window, sample plan or questionnaire was changed',
  SURVEY_FIELDWORK_STARTED: 'A survey’s fieldwork started (its questionnaire frozen)',
  SURVEY_FIELDWORK_CLOSED: 'A survey’s fieldwork was closed',
  SURVEY_PUBLISHED: 'A survey was published: its scores count in the grading',
  SURVEY_RESULTS_IMPORTED: 'A survey’s results were imported from the survey firm’s file',
  SURVEY_RESULT_ENTERED: 'A survey result of one organisation was entered by hand',
  SERVICE_RATINGS_IMPORTED: '好差评 ratings of service departments were imported',
} as const;
export type AuditAction = keyof typeof ACTION_DESCRIPTIONS;
export const AUDIT_ACTIONS = Object.keys(ACTION_DESCRIPTIONS) as AuditAction[];

/** Every event of every registered machine: the transition step audits each under its own name. */
const LIFECYCLE_EVENTS = [...new Set(Object.values(MACHINES as Record<string, MachineSpec>).flatMap((s) => s.machine.events))].filter((e) => e && !e.startsWith('xstate.') && e !== '*');
const takenBy = (event: string) => [...new Set(Object.values(MACHINES as Record<string, MachineSpec>).filter((s) => s.machine.events.includes(event)).map((s) => s.id))];

/** Every action an audit row may name: the actions above, then the lifecycle events not among them. */
export const AUDIT_ACTION_VALUES: readonly string[] = [...AUDIT_ACTIONS, ...LIFECYCLE_EVENTS.filter((e) => !(AUDIT_ACTIONS as readonly string[]).includes(e))];
export const AuditActionEnum: Record<string, string> = Object.fromEntries(AUDIT_ACTION_VALUES.map((v) => [v, v]));
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'Every action an audit row may name: sign-in, administration and evaluation actions, then every lifecycle event',
  valuesConfig: Object.fromEntries(
    AUDIT_ACTION_VALUES.map((v) => [v, { description: (ACTION_DESCRIPTIONS as Record<string, string>)[v] ?? `An event of ${takenBy(v).join(', ')}` }]),
  ),
});
