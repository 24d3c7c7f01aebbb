/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Why createAccountsForUnit made no account for a cadre */
export type AccountSkipReason =
  /** More cadres need an account than one run creates; run the step again for the rest */
  | 'BATCH_LIMIT'
  /** An account is already linked to the cadre (running the step again creates nothing new) */
  | 'HAS_ACCOUNT'
  /** The cadre is retired or has left (employment status other than SERVING) */
  | 'NOT_SERVING'
  /** The username the rule gives is already used by another account */
  | 'USERNAME_TAKEN';

/** The events of an accusation */
export type AccusationEvent =
  /** An event of accusation */
  | 'CLEAR'
  /** An event of accusation */
  | 'VERIFY';

/** Where an accusation came from */
export type AccusationSource =
  /** 巡视巡察: an inspection tour */
  | 'INSPECTION'
  /** 信访: a petition */
  | 'PETITION'
  /** 举报: a report */
  | 'REPORT';

/** The states of an accusation (the accusation machine) */
export type AccusationState =
  /** 已澄清正名 */
  | 'cleared'
  /** 属实 */
  | 'substantiated'
  /** 核查: each point is verified */
  | 'underVerification'
  /** 查无实据: not untrue, cannot be cleared */
  | 'unproven'
  /** 失实: may be cleared by the body that checked it */
  | 'untrue'
  /** verified */
  | 'verified';

/** Optional on every action: the version you saw (stale → CONFLICT) and a key that makes a retry safe */
export type ActionInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
};

/** The consecutive runs that lead to an outcome: merit, organisational adjustment, dismissal */
export type AlertCounter =
  /** BASICALLY_COMPETENT years running: an organisational adjustment (2 years by default) */
  | 'CONSECUTIVE_BASICALLY_COMPETENT'
  /** EXCELLENT years running: a third-class merit at every full run (3 years by default) */
  | 'CONSECUTIVE_EXCELLENT'
  /** INCOMPETENT years running: dismissal (2 years by default) */
  | 'CONSECUTIVE_INCOMPETENT';

/** REACHED: the latest result completes the run; NEXT_YEAR: one more such year would */
export type AlertStage =
  /** One more such year would complete the run */
  | 'NEXT_YEAR'
  /** The latest result completes the run: the outcome is due */
  | 'REACHED';

/** A commendation or criticism list drawn from a cycle’s decided annual results */
export type AnnouncementListKind =
  /** 嘉奖: cadres graded EXCELLENT this year (when results.excellentCommendation), except those on the merit list */
  | 'COMMENDED_CADRES'
  /** 通报表扬: leadership teams graded EXCELLENT */
  | 'COMMENDED_TEAMS'
  /** 通报批评: leadership teams graded POOR (and AVERAGE when announcing.criticiseAverageTeams) */
  | 'CRITICISED_TEAMS'
  /** 记三等功: cadres graded EXCELLENT this year and the years before it, results.meritConsecutiveExcellentYears in a row */
  | 'MERIT_CADRES';

/** An appeal against the review decision, with its grounds */
export type AppealInput = {
  /** The case to act on */
  caseId: string | number;
  /** The case version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** Why the review decision should change, in your words */
  grounds: string;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
};

/** The appraisal of a regular or special assessment */
export type AppraiseInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The appraisal in words */
  comment: string;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** GOOD, FAIR, AVERAGE or POOR */
  grade: string;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** 0–100, where a score is used */
  score?: number | null | undefined;
};

/** The committee approves the proposed grade */
export type ApproveGradeInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The committee’s collective decision */
  collective: CollectiveDecisionInput;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
};

/** Approves a proposed outcome, with the measure chosen where one is needed */
export type ApproveOutcomeInput = {
  /** For DEMOTION_OR_REMOVAL: DEMOTION or REMOVAL; otherwise leave empty */
  choice?: string | null | undefined;
  /** The task version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** A note to the approval (the meeting, the document) */
  note?: string | null | undefined;
  /** The outcome task to act on */
  outcomeId: string | number;
};

/** The events of the assessment lifecycles (annual; regular, special and term): availableActions holds some of them */
export type AssessmentEvent =
  /** An event of annualAssessment */
  | 'ACCEPT_SELF_REPORT'
  /** An event of regularAssessment */
  | 'APPRAISE'
  /** An event of annualAssessment */
  | 'APPROVE_GRADE'
  /** An event of annualAssessment and regularAssessment */
  | 'CANCEL_ASSESSMENT'
  /** An event of annualAssessment */
  | 'CHANGE_GRADE'
  /** An event of annualAssessment */
  | 'CLOSE_BALLOTS'
  /** An event of annualAssessment */
  | 'CLOSE_NOTICE'
  /** An event of annualAssessment */
  | 'COMPLETE_EVALUATION'
  /** An event of regularAssessment */
  | 'COMPLETE_FACT_FINDING'
  /** An event of annualAssessment */
  | 'CORRECT_RESULT'
  /** An event of annualAssessment */
  | 'DISMISS_OBJECTION'
  /** An event of annualAssessment */
  | 'FILE'
  /** An event of annualAssessment and regularAssessment */
  | 'GIVE_FEEDBACK'
  /** An event of annualAssessment */
  | 'INVESTIGATE_OBJECTION'
  /** An event of annualAssessment */
  | 'ISSUE_WRITTEN_NOTICE'
  /** An event of annualAssessment */
  | 'LODGE_OBJECTION'
  /** An event of annualAssessment */
  | 'MARK_SELF_REPORT_OVERDUE'
  /** An event of annualAssessment */
  | 'OPEN_BALLOTS'
  /** An event of annualAssessment */
  | 'OPEN_NOTICE'
  /** An event of annualAssessment */
  | 'PROPOSE_GRADE'
  /** An event of annualAssessment */
  | 'RECORD_OPINION'
  /** An event of annualAssessment */
  | 'RECORD_REFUSAL'
  /** An event of annualAssessment */
  | 'RECORD_TALK'
  /** An event of annualAssessment */
  | 'RETURN_SELF_REPORT'
  /** An event of annualAssessment */
  | 'SEND_BACK'
  /** An event of annualAssessment */
  | 'SET_OVERLAY'
  /** An event of annualAssessment */
  | 'SIGN_NOTICE'
  /** An event of annualAssessment */
  | 'START_SELF_REPORT'
  /** An event of annualAssessment */
  | 'SUBMIT_SELF_REPORT'
  /** An event of regularAssessment */
  | 'SUBMIT_SUMMARY'
  /** An event of annualAssessment */
  | 'UPHOLD_OBJECTION';

/** What is assessed, and how */
export type AssessmentKind =
  /** The annual assessment of one cadre */
  | 'CADRE_ANNUAL'
  /** A regular (quarterly) assessment */
  | 'REGULAR'
  /** A special assessment of one task */
  | 'SPECIAL'
  /** The annual assessment of a leadership team */
  | 'TEAM_ANNUAL'
  /** The assessment at the end of a term */
  | 'TERM';

/** The team indicators one member answers for in a cycle */
export type AssignResponsibilitiesInput = {
  /** The team member */
  cadreId: string | number;
  /** The cycle */
  cycleId: string | number;
  /** The indicator codes (replaces the member’s previous list) */
  indicatorCodes: Array<string>;
};

/** A role to grant to a user over an organisation subtree */
export type AssignRoleInput = {
  /** The root of the jurisdiction: the role applies to this organisation and everything below it */
  organisationId: string | number;
  /** The role to grant */
  role: Role;
  /** The user who receives the role */
  userId: string | number;
};

/** Every action an audit row may name: sign-in, administration and evaluation actions, then every lifecycle event */
export type AuditAction =
  /** An event of faultToleranceCase */
  | 'ACCEPT'
  /** An event of annualAssessment */
  | 'ACCEPT_SELF_REPORT'
  /** Accountability proceedings were started */
  | 'ACCOUNTABILITY_STARTED'
  /** Accounts were created for the serving cadres of a unit, with one-time passwords (never recorded) */
  | 'ACCOUNTS_CREATED_FOR_UNIT'
  /** An administrator disabled an account; its sessions ended */
  | 'ACCOUNT_DISABLED'
  /** An administrator enabled a disabled account again */
  | 'ACCOUNT_ENABLED'
  /** No longer written (failed sign-ins now slow down); older trails hold it */
  | 'ACCOUNT_LOCKED'
  /** An administrator unlocked an account */
  | 'ACCOUNT_UNLOCKED'
  /** A commendation or criticism list of a cycle was issued with its number (its entries frozen) */
  | 'ANNOUNCEMENT_ISSUED'
  /** An event of regularAssessment */
  | 'APPRAISE'
  /** An event of outcomeTask, committeeOutcomeTask */
  | 'APPROVE'
  /** An event of annualAssessment */
  | 'APPROVE_GRADE'
  /** An archive of documents was exported for the personnel file (the zip’s SHA-256 and each file’s) */
  | 'ARCHIVE_EXPORTED'
  /** An attachment was deleted by its uploader while its record was still open */
  | 'ATTACHMENT_DELETED'
  /** An attachment was downloaded by someone other than its uploader */
  | 'ATTACHMENT_DOWNLOADED'
  /** An attachment was uploaded (its name, type, size and SHA-256; the owner record) */
  | 'ATTACHMENT_UPLOADED'
  /** Audit entries older than the retention were archived to a file and removed (audit retention) */
  | 'AUDIT_PRUNED'
  /** A ballot box was opened and counted */
  | 'BALLOT_BOX_OPENED'
  /** A ballot was cast (its content is not recorded here) */
  | 'BALLOT_CAST'
  /** A business assessment was declared for a cycle to absorb */
  | 'BUSINESS_ASSESSMENT_DECLARED'
  /** A department entered (or corrected) results of its business assessment */
  | 'BUSINESS_RESULTS_ENTERED'
  /** A cycle’s "1+N" report and business-assessment results were exported */
  | 'BUSINESS_RESULTS_EXPORTED'
  /** A department imported results of its business assessment from a file */
  | 'BUSINESS_RESULTS_IMPORTED'
  /** A cadre was added to the roster */
  | 'CADRE_CREATED'
  /** An administrator linked an account to a cadre record (or moved the link) */
  | 'CADRE_LINKED'
  /** A cadre was transferred or promoted: new unit, post, rank level or position */
  | 'CADRE_MOVED'
  /** A cadre’s details were changed */
  | 'CADRE_UPDATED'
  /** A day of the working calendar was set */
  | 'CALENDAR_DAY_SET'
  /** A year of the working calendar was confirmed */
  | 'CALENDAR_YEAR_CONFIRMED'
  /** An event of outcomeTask, committeeOutcomeTask, remedialTraining */
  | 'CANCEL'
  /** An event of annualAssessment, regularAssessment */
  | 'CANCEL_ASSESSMENT'
  /** An event of cycle */
  | 'CANCEL_CYCLE'
  /** Cadres were added to or removed from a candidate list */
  | 'CANDIDATE_LIST_CHANGED'
  /** A candidate list was created */
  | 'CANDIDATE_LIST_CREATED'
  /** A candidate list was exported with each candidate’s selection record (Excel or the printable page) */
  | 'CANDIDATE_LIST_EXPORTED'
  /** An event of outcomeTask, committeeOutcomeTask */
  | 'CARRY_OUT'
  /** An event of annualAssessment */
  | 'CHANGE_GRADE'
  /** An event of accusation */
  | 'CLEAR'
  /** An event of reviewCase */
  | 'CLOSE'
  /** An event of annualAssessment */
  | 'CLOSE_BALLOTS'
  /** An event of cycle */
  | 'CLOSE_CYCLE'
  /** An event of annualAssessment */
  | 'CLOSE_NOTICE'
  /** An event of remedialTraining */
  | 'COMPLETE'
  /** An event of annualAssessment */
  | 'COMPLETE_EVALUATION'
  /** An event of regularAssessment */
  | 'COMPLETE_FACT_FINDING'
  /** An event of faultToleranceCase */
  | 'COMPLETE_INVESTIGATION'
  /** The competent department’s answer on a veto item was recorded on its behalf (applies or not, the reason, who answered) */
  | 'CONSULTATION_ANSWERED'
  /** The competent department was asked about a veto item (the department, the question, the due day) */
  | 'CONSULTATION_REQUESTED'
  /** A consultation on a veto item was withdrawn before its answer */
  | 'CONSULTATION_WITHDRAWN'
  /** An event of annualAssessment */
  | 'CORRECT_RESULT'
  /** The grading run proposed grades for a cycle */
  | 'CYCLE_GRADED'
  /** An event of faultToleranceCase */
  | 'DECIDE'
  /** An event of reviewCase */
  | 'DECIDE_APPEAL'
  /** An event of reviewCase */
  | 'DECIDE_REVIEW'
  /** The demo data was loaded */
  | 'DEMO_DATA_SEEDED'
  /** An event of annualAssessment */
  | 'DISMISS_OBJECTION'
  /** An official document was issued as a PDF (its number and SHA-256) */
  | 'DOCUMENT_ISSUED'
  /** A cadre’s in-post status changed (serving, retired, left) */
  | 'EMPLOYMENT_STATUS_CHANGED'
  /** An event of cycle, remedialTraining */
  | 'ENROL'
  /** An event of reviewCase */
  | 'EXTEND_APPEAL'
  /** An event of annualAssessment */
  | 'FILE'
  /** An event of reviewCase */
  | 'FILE_APPEAL'
  /** An event of faultToleranceCase */
  | 'FILE_WITH_ORGANISATION'
  /** A corroborating finding was recorded (its source, type, document and the gate it feeds) */
  | 'FINDING_RECORDED'
  /** A corroborating finding was verified, cleared or set back to unverified, with the reason */
  | 'FINDING_STATE_SET'
  /** An event of annualAssessment, regularAssessment, faultToleranceCase */
  | 'GIVE_FEEDBACK'
  /** A grading run of a cycle failed or was abandoned, grading nothing (its error code in the payload) */
  | 'GRADING_RUN_FAILED'
  /** An external identity (OpenID Connect) was linked to the account */
  | 'IDENTITY_LINKED'
  /** An external identity was unlinked from the account */
  | 'IDENTITY_UNLINKED'
  /** Indicator values were imported from a file */
  | 'INDICATOR_FILE_IMPORTED'
  /** Members’ responsibilities for indicators were assigned */
  | 'INDICATOR_RESPONSIBILITIES_ASSIGNED'
  /** An indicator scheme draft was saved */
  | 'INDICATOR_SCHEME_DRAFT_SAVED'
  /** An indicator scheme draft was started */
  | 'INDICATOR_SCHEME_DRAFT_STARTED'
  /** An indicator scheme version was published */
  | 'INDICATOR_SCHEME_PUBLISHED'
  /** Indicator values were entered by hand */
  | 'INDICATOR_VALUES_SET'
  /** An event of annualAssessment */
  | 'INVESTIGATE_OBJECTION'
  /** An investigation was closed */
  | 'INVESTIGATION_CLOSED'
  /** An event of annualAssessment */
  | 'ISSUE_WRITTEN_NOTICE'
  /** An event of annualAssessment */
  | 'LODGE_OBJECTION'
  /** A cadre’s managing jurisdiction (干部管理权限) changed */
  | 'MANAGING_JURISDICTION_CHANGED'
  /** An event of outcomeTask, committeeOutcomeTask, remedialTraining, reviewCase, faultToleranceCase */
  | 'MARK_OVERDUE'
  /** An event of annualAssessment */
  | 'MARK_SELF_REPORT_OVERDUE'
  /** A negative-list finding was recorded */
  | 'NEGATIVE_FINDING_RECORDED'
  /** A user’s e-mail address or notification delivery was changed (by the user, or the address by an administrator) */
  | 'NOTIFICATION_SETTINGS_CHANGED'
  /** A sign-in through the identity provider was refused (no linked account, or the account is disabled) */
  | 'OIDC_SIGN_IN_REFUSED'
  /** A case was opened */
  | 'OPENED'
  /** An event of annualAssessment */
  | 'OPEN_BALLOTS'
  /** An event of cycle */
  | 'OPEN_CYCLE'
  /** An event of annualAssessment */
  | 'OPEN_NOTICE'
  /** An organisation was created */
  | 'ORGANISATION_CREATED'
  /** An organisation moved with its subtree below another parent */
  | 'ORGANISATION_MOVED'
  /** An organisation was retired (撤销) */
  | 'ORGANISATION_RETIRED'
  /** An organisation’s name, kind, category or zone changed */
  | 'ORGANISATION_UPDATED'
  /** A step overdue by the configured working days was reported to the office responsible for it */
  | 'OVERDUE_ESCALATED'
  /** A user changed their own password (never recorded); their other sessions ended */
  | 'PASSWORD_CHANGED'
  /** An administrator reset a password to a one-time password (never recorded); the account’s sessions ended */
  | 'PASSWORD_RESET'
  /** A right password was refused: the account signs in through the identity provider only */
  | 'PASSWORD_SIGN_IN_REFUSED'
  /** The annual-bonus coefficients of a cycle were exported for payroll */
  | 'PAYROLL_BONUS_EXPORTED'
  /** A penalty’s decision day was recorded */
  | 'PENALTY_DECIDED'
  /** A fault-tolerance decision replaced a penalty with a lighter one */
  | 'PENALTY_MITIGATED'
  /** A penalty was recorded */
  | 'PENALTY_RECORDED'
  /** A fault-tolerance decision exempted a penalty (免责) */
  | 'PENALTY_TOLERATED'
  /** A cycle was planned */
  | 'PLAN_CYCLE'
  /** A political review (政治素质考察) was recorded */
  | 'POLITICAL_REVIEW_RECORDED'
  /** A promotion or further use of a cadre was recorded on a day */
  | 'PROMOTION_RECORDED'
  /** An outcome task was proposed */
  | 'PROPOSE'
  /** An event of annualAssessment */
  | 'PROPOSE_GRADE'
  /** An approval to raise the EXCELLENT quota was recorded */
  | 'QUOTA_RAISE_RECORDED'
  /** Raters were invited to a democratic evaluation */
  | 'RATERS_INVITED'
  /** An event of faultToleranceCase */
  | 'RECORD_CORRECTION'
  /** An event of annualAssessment */
  | 'RECORD_OPINION'
  /** An event of annualAssessment */
  | 'RECORD_REFUSAL'
  /** An event of annualAssessment */
  | 'RECORD_TALK'
  /** An event of faultToleranceCase */
  | 'REFUSE'
  /** An event of reviewCase */
  | 'REQUEST_REVIEW'
  /** A cycle’s results were exported */
  | 'RESULTS_EXPORTED'
  /** An event of annualAssessment */
  | 'RETURN_SELF_REPORT'
  /** A role was granted */
  | 'ROLE_ASSIGNED'
  /** A role was withdrawn */
  | 'ROLE_REVOKED'
  /** A roster file was applied: organisations, cadres and status facts added, changed, moved or retired (the differences kept with the import) */
  | 'ROSTER_IMPORTED'
  /** A roster import was discarded without applying it */
  | 'ROSTER_IMPORT_DISCARDED'
  /** A rule-set version was published */
  | 'RULE_SET_PUBLISHED'
  /** Component scores were entered */
  | 'SCORES_SET'
  /** An event of annualAssessment */
  | 'SEND_BACK'
  /** 好差评 ratings of service departments were imported */
  | 'SERVICE_RATINGS_IMPORTED'
  /** An event of annualAssessment */
  | 'SET_OVERLAY'
  /** A user signed in */
  | 'SIGNED_IN'
  /** A user signed out */
  | 'SIGNED_OUT'
  /** A sign-in failed (wrong username or password) */
  | 'SIGN_IN_FAILED'
  /** A sign-in failed and further attempts are delayed */
  | 'SIGN_IN_THROTTLED'
  /** An event of annualAssessment */
  | 'SIGN_NOTICE'
  /** A special assessment’s rule for the annual (bonus, deduction or gate) was set */
  | 'SPECIAL_RULE_SET'
  /** An event of annualAssessment */
  | 'START_SELF_REPORT'
  /** A status fact of a cadre was recorded (probation, leave, investigation) */
  | 'STATUS_RECORDED'
  /** An event of faultToleranceCase */
  | 'SUBMIT'
  /** An event of annualAssessment */
  | 'SUBMIT_SELF_REPORT'
  /** An event of regularAssessment */
  | 'SUBMIT_SUMMARY'
  /** A survey’s fieldwork was closed */
  | 'SURVEY_FIELDWORK_CLOSED'
  /** A survey’s fieldwork started (its questionnaire frozen) */
  | 'SURVEY_FIELDWORK_STARTED'
  /** A survey was planned (kind, firm, window, sample plan, questionnaire) */
  | 'SURVEY_PLANNED'
  /** A planned survey’s window, sample plan or questionnaire was changed */
  | 'SURVEY_PLAN_CHANGED'
  /** A survey was published: its scores count in the grading */
  | 'SURVEY_PUBLISHED'
  /** A survey’s results were imported from the survey firm’s file */
  | 'SURVEY_RESULTS_IMPORTED'
  /** A survey result of one organisation was entered by hand */
  | 'SURVEY_RESULT_ENTERED'
  /** The author of a unit’s leadership-team report was designated or withdrawn */
  | 'TEAM_REPORT_AUTHOR_DESIGNATED'
  /** A term assessment’s term (first and last day) was set */
  | 'TERM_PERIOD_SET'
  /** A term assessment’s targets were set (the whole list) */
  | 'TERM_TARGETS_SET'
  /** An event of annualAssessment */
  | 'UPHOLD_OBJECTION'
  /** A user account was created */
  | 'USER_CREATED'
  /** An event of outcomeTask, committeeOutcomeTask, remedialTraining, accusation */
  | 'VERIFY'
  /** An event of faultToleranceCase */
  | 'VERIFY_CORRECTION'
  /** An event of reviewCase */
  | 'WITHDRAW';

/** The kinds of record an audit row is about (its entityType) */
export type AuditEntityType =
  /** An accusation and the clearing of a name (澄清正名) */
  | 'accusation'
  /** A commendation or criticism list of a cycle (通报表扬, 嘉奖, 记三等功, 通报批评) as issued, with its number */
  | 'announcement_list'
  /** An assessment (its lifecycle events) */
  | 'assessment'
  /** An assessment cycle (planning, enrolment, opening, closing) */
  | 'assessment_cycle'
  /** An export of a cycle’s results */
  | 'assessment_cycle_export'
  /** A grading run over a cycle */
  | 'assessment_cycle_grading'
  /** The evaluation records of an assessment (political review, negative-list findings, opinions) */
  | 'assessment_evaluation'
  /** An attachment of a self-report, a review or appeal case, or an objection (its name, size, SHA-256 and owner) */
  | 'attachment'
  /** A ballot box (no voter is recorded) */
  | 'ballot_box'
  /** A business assessment a cycle absorbs ("1+N") and its results per unit */
  | 'business_assessment'
  /** A cadre (details and status facts) */
  | 'cadre'
  /** A cadre’s penalties, accountability and investigations */
  | 'cadre_penalty'
  /** A promotion or further use of a cadre recorded on a day (选任) */
  | 'cadre_promotion'
  /** A candidate list for selection (选任参考): its members and exports */
  | 'candidate_list'
  /** A finding of supervision, an inspection tour, audit, petitions or discipline about an assessment (印证) */
  | 'corroborating_finding'
  /** A fault-tolerance case (容错) */
  | 'fault_tolerance_case'
  /** A cycle’s indicator values (file imports and manual entry) */
  | 'indicator_data'
  /** Members’ responsibilities for indicators */
  | 'indicator_responsibility'
  /** An indicator scheme (drafts and published versions) */
  | 'indicator_scheme'
  /** Official documents (PDF) and archives issued about an assessment, cycle, cadre or unit */
  | 'official_document'
  /** An organisation (created, edited, moved, retired; the designated author of its leadership-team report) */
  | 'organisation'
  /** An outcome task of results application */
  | 'outcome_task'
  /** An overdue step reported to the office responsible for it */
  | 'overdue_escalation'
  /** An approval to raise the EXCELLENT quota */
  | 'quota_raise_approval'
  /** A rater’s invitation to a democratic evaluation */
  | 'rater_invitation'
  /** A review (复核) or appeal (申诉) case */
  | 'review_case'
  /** A roster import (名册导入): an uploaded file of organisations, cadres and status facts */
  | 'roster_import'
  /** A rule-set version of a jurisdiction */
  | 'rule_set'
  /** An import of component scores */
  | 'score_import'
  /** 好差评 ratings of a service department for a year */
  | 'service_rating'
  /** A survey of a cycle (民意调查 or a satisfaction survey): its plan, questionnaire, state and results */
  | 'survey'
  /** The system itself (demo data) */
  | 'system'
  /** A user account (sign-in, roles) */
  | 'user'
  /** A subject of an external identity provider (issuer and subject) that tried to sign in without being linked to an account */
  | 'user_identity'
  /** A consultation of the competent department on a veto item (一票否决) */
  | 'veto_consultation'
  /** The working-day calendar */
  | 'working_calendar';

/** 德、能、勤、绩、廉, each 0–100 */
export type BallotScoresInput = {
  /** 能: ability, 0–100 */
  ability: number;
  /** 勤: diligence, 0–100 */
  diligence: number;
  /** 廉: integrity, 0–100 */
  integrity: number;
  /** 德: political and moral conduct, 0–100 */
  morality: number;
  /** 绩: results, 0–100 */
  results: number;
};

/** A role createAccountsForUnit grants each new account, over the cadre’s own unit */
export type BulkAccountRole =
  /** The assessed cadre (干部本人): own self-report, result and appeals */
  | 'CADRE'
  /** Rater (测评人): may be invited to the democratic evaluations of the unit */
  | 'RATER';

/** How a business assessment (业务考核) absorbed by an annual cycle counts in the one result */
export type BusinessAssessmentMode =
  /** Pass or fail: a fail bars EXCELLENT on every path to a grade */
  | 'GATE'
  /** Its own score (0–100) weighs inside the team’s other-indicators component (the cadre’s work-results component) at the declared weight */
  | 'SCORE';

/** One unit’s result of a business assessment */
export type BusinessResultInput = {
  /** A note (e.g. what a correction corrects) */
  note?: string | null | undefined;
  /** The unit, by its code */
  organisationCode: string;
  /** GATE: passed (true) or failed (false) */
  passed?: boolean | null | undefined;
  /** SCORE: the score, 0–100 */
  score?: number | null | undefined;
};

/** A status a cadre can be in for a period, which grading and results application take into account */
export type CadreStatusKind =
  /** Injured on duty: a protected status that blocks dismissal */
  | 'INJURY_ON_DUTY'
  /** Under investigation (立案审查), not yet concluded: ungraded, without comment, until it closes */
  | 'INVESTIGATION'
  /** On maternity leave: a protected status that blocks dismissal */
  | 'MATERNITY'
  /** In medical treatment: a protected status that blocks dismissal */
  | 'MEDICAL_TREATMENT'
  /** Nursing an infant: a protected status that blocks dismissal */
  | 'NURSING'
  /** Personal leave (事假): counts with sick leave toward the ungraded threshold */
  | 'PERSONAL_LEAVE'
  /** Pregnant: a protected status that blocks dismissal */
  | 'PREGNANCY'
  /** On probation (试用期): the year gets a comment only, no grade */
  | 'PROBATION'
  /** Sick leave (病假): leave beyond the configured months in a year leaves the year ungraded */
  | 'SICK_LEAVE';

/** A holiday or make-up workday to add or correct */
export type CalendarDayInput = {
  /** YYYY-MM-DD */
  day: string;
  /** HOLIDAY (no work) or WORKDAY (a make-up workday on a weekend) */
  kind: string;
  /** The holiday’s name, or what the make-up workday is for */
  name: string;
};

/** Cancelling a cycle still being planned, with the reason */
export type CancelCycleInput = {
  /** The cycle */
  cycleId: string | number;
  /** The cycle version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** Why the cycle is cancelled */
  reason: string;
};

/** Cancels a task for cause */
export type CancelOutcomeInput = {
  /** The task version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** The outcome task to act on */
  outcomeId: string | number;
  /** Why the task is cancelled */
  reason: string;
};

/** What a candidate search asks of the cadres: where they serve, their rank level and their results */
export type CandidateSearchInput = {
  /** The year the counters are taken at; the last finished year (this Beijing year - 1) when omitted */
  asOfYear?: number | null | undefined;
  /** The window of minExcellent: 3 or 5 years up to asOfYear */
  inLastYears?: number | null | undefined;
  /** The latest annual result reaches at least this grade */
  lastGradeAtLeast?: SearchGrade | null | undefined;
  /** At least this many EXCELLENT years among the last `inLastYears` */
  minExcellent?: number | null | undefined;
  /** Leave out cadres whom something blocks from promotion today */
  noBlockers?: boolean | null | undefined;
  /** Cadres serving in this organisation and its subtree; the whole jurisdiction when omitted */
  organisationId?: string | number | null | undefined;
  /** Only these rank levels */
  rankLevels?: Array<RankLevel> | null | undefined;
};

/** Optional on every case action: the version you saw (stale → CONFLICT) and a key that makes a retry safe */
export type CaseActionInput = {
  /** The case to act on */
  caseId: string | number;
  /** The case version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
};

/** A review or appeal decision: UPHELD, or CORRECTED to a better grade, with the reason */
export type CaseRulingInput = {
  /** The case to act on */
  caseId: string | number;
  /** The organ’s meeting that decided it (attendance, votes, recusals): required to correct a result, which is never one person’s decision */
  collective?: CollectiveDecisionInput | null | undefined;
  /** UPHELD or CORRECTED */
  decision: string;
  /** The case version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** The corrected grade (CORRECTED only): never worse */
  grade?: string | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** The reason for the decision, as written to the applicant */
  reason: string;
};

/** Your anonymous ballot on one assessment */
export type CastBallotInput = {
  /** The assessment you were invited to rate */
  assessmentId: string | number;
  /** EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT, GOOD, AVERAGE, POOR */
  overall: string;
  /** Your scores on the five dimensions */
  scores: BallotScoresInput;
};

/** Cadres added to and removed from a candidate list */
export type ChangeCandidateListInput = {
  /** Cadres to add at the end (serving in the list’s organisation or below) */
  add?: Array<string | number>;
  /** The version you saw */
  expectedVersion: number;
  /** The list */
  listId: string | number;
  /** Cadres to remove */
  remove?: Array<string | number>;
};

/** The committee decides another grade, with its reason */
export type ChangeGradeInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The committee’s collective decision */
  collective: CollectiveDecisionInput;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** The grade the committee decides */
  grade: string;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** Why the committee decides another grade */
  reason: string;
};

/** A change of one’s own password */
export type ChangePasswordInput = {
  /** The password now in use (the one-time password after a reset or a new account) */
  currentPassword: string;
  /** The new password; it must meet the password policy (see passwordPolicy) */
  newPassword: string;
};

/** Clears the cadre’s name of the points found untrue */
export type ClearAccusationInput = {
  /** The case to act on */
  caseId: string | number;
  /** The case version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** LETTER, IN_PERSON, CIRCULAR */
  method: string;
  /** The points cleared (0-based), each found untrue */
  points: Array<number>;
  /** PERSON_ONLY, UNIT, SYSTEM, PUBLIC */
  scope: string;
  /** Where and before whom the name was cleared, in words */
  scopeNote?: string;
};

/** How a cleared accusation is made known (澄清正名) */
export type ClearingMethod =
  /** By circular */
  | 'CIRCULAR'
  /** In person */
  | 'IN_PERSON'
  /** By letter */
  | 'LETTER';

/** To whom a cleared accusation is made known */
export type ClearingScope =
  /** The person only */
  | 'PERSON_ONLY'
  /** The public */
  | 'PUBLIC'
  /** The whole system (条线) */
  | 'SYSTEM'
  /** The person’s unit */
  | 'UNIT';

/** Closes an investigation with its conclusion */
export type CloseInvestigationInput = {
  /** The day it closed (YYYY-MM-DD) */
  closedOn: string;
  /** The open investigation */
  investigationId: string | number;
  /** The conclusion, in words */
  note: string;
  /** The penalty imposed, or null for none */
  penaltyKind?: string | null | undefined;
};

/** The collective decision of the committee: attendance, votes and recusals */
export type CollectiveDecisionInput = {
  /** Abstentions */
  abstentions: number;
  /** Members present */
  attendance: number;
  /** Members of the committee */
  membersTotal: number;
  /** Members who recused themselves */
  recusals?: Array<string | number>;
  /** Votes against */
  votesAgainst: number;
  /** Votes for */
  votesFor: number;
};

/** The competent department’s answer, recorded on its behalf */
export type ConsultationAnswerInput = {
  /** Who answered for the department (name and post) */
  answeredBy: string;
  /** The day of the answer (YYYY-MM-DD), between the request day and today */
  answeredOn: string;
  /** The veto item applies (true) or does not (false) */
  applies: boolean;
  /** The consultation */
  consultationId: string | number;
  /** The department’s reason */
  reason: string;
};

/** A question to the competent department on a veto item of one assessment */
export type ConsultationRequestInput = {
  /** The assessment */
  assessmentId: string | number;
  /** The competent department asked (e.g. 省应急管理厅) */
  department: string;
  /** The finding that raised it, if any (of the same assessment) */
  findingId?: string | number | null | undefined;
  /** The question */
  question: string;
  /** A veto item of the cycle’s rule set */
  vetoItem: string;
};

/** The step of a consultation of the competent department on a veto item */
export type ConsultationState =
  /** Answered: the veto item applies or does not */
  | 'ANSWERED'
  /** Asked, waiting for the answer: no grade may be set meanwhile */
  | 'REQUESTED'
  /** Withdrawn before an answer */
  | 'WITHDRAWN';

/** Withdrawing an open consultation */
export type ConsultationWithdrawInput = {
  /** The consultation */
  consultationId: string | number;
  /** Why */
  reason: string;
};

/** Accounts for the serving cadres of a unit who have none yet */
export type CreateAccountsForUnitInput = {
  /** Also the cadres of every unit below it */
  includeSubunits?: boolean;
  /** The unit whose cadres get accounts; inside your jurisdiction */
  organisationId: string | number;
  /** The roles each new account gets over its cadre’s own unit */
  roles?: Array<BulkAccountRole>;
  /** For PREFIX_PERSON_NO: 1 to 20 letters, digits, dots, dashes or underscores, put before the personnel number */
  usernamePrefix?: string | null | undefined;
  /** How the usernames are made */
  usernameRule?: UsernameRule;
};

/** A new cadre on the roster (干部名册) */
export type CreateCadreInput = {
  /** Date of birth, YYYY-MM-DD */
  birthDate?: string | null | undefined;
  /** Gender as in the personnel file */
  gender: Gender;
  /** Managing jurisdiction (干部管理权限): a region at or above the unit; by unit and rank level when omitted */
  managingOrganisationId?: string | number | null | undefined;
  /** Full name, up to 64 characters */
  name: string;
  /** The unit the cadre belongs to; it must not be retired */
  organisationId: string | number;
  /** Personnel-file number (干部档案号), unique; DUPLICATE when taken. 1 to 32 letters, digits or dashes */
  personNo: string;
  /** Which regulations apply; LEADING_CADRE when omitted */
  population?: Population | null | undefined;
  /** Principal or deputy */
  positionType: PositionType;
  /** Post held (职务), up to 200 characters */
  post: string;
  /** Rank level (职级) */
  rankLevel: RankLevel;
  /** Whether the cadre sits on the unit’s leadership team; true when omitted */
  teamMember?: boolean | null | undefined;
  /** When the cadre took up the post, YYYY-MM-DD */
  tookPostOn?: string | null | undefined;
};

/** A new candidate list */
export type CreateCandidateListInput = {
  /** Its name, 1 to 100 characters */
  name: string;
  /** The organisation whose cadres it may hold (inside your jurisdiction) */
  organisationId: string | number;
  /** What it is for, up to 500 characters */
  purpose?: string | null | undefined;
};

/** A new organisation below a parent inside your jurisdiction */
export type CreateOrganisationInput = {
  /** Its assessment category; it must belong to the kind (a city takes a city type, a department a department type, townships and internal units UNCATEGORISED) */
  category: OrganisationCategory;
  /** Stable short code, unique across the tree, 1 to 64 letters, digits, dots, dashes or underscores */
  code: string;
  /** What kind of body it is */
  kind: OrganisationKind;
  /** The official name, in Chinese, up to 100 characters */
  name: string;
  /** The organisation directly above; it must not be retired */
  parentId: string | number;
  /** Restricted-development or ecologically fragile zone (GDP weighs 0); false when omitted */
  restrictedDevelopment?: boolean | null | undefined;
};

/** A new user account; roles are granted afterwards with assignRole */
export type CreateUserInput = {
  /** Link the account to a cadre record (needed for the CADRE role) */
  cadreId?: string | number | null | undefined;
  /** Link the account to the cadre with this personnel number (干部编号), instead of cadreId; an unknown number is UNKNOWN_PERSON_NO */
  cadrePersonNo?: string | null | undefined;
  /** The name shown to other users, up to 64 characters */
  displayName: string;
  /** The password is a one-time password the holder must replace at the first sign-in (as after resetPassword): true is what an administrator who hands a password over should choose; absent or false keeps it */
  mustChangePassword?: boolean | null | undefined;
  /** The initial password, at least 10 characters */
  password: string;
  /** Sign-in name: 3 to 64 letters, digits, dots, dashes or underscores, unique */
  username: string;
};

/** An action on a cycle: the version you saw (stale → CONFLICT) and a key that makes a retry safe */
export type CycleActionInput = {
  /** The cycle */
  cycleId: string | number;
  /** The cycle version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
};

/** The deadlines of a cycle being planned */
export type CycleDeadlinesInput = {
  /** The democratic evaluation is finished by this instant */
  evaluationDue?: string | null | undefined;
  /** The whole cycle is finished by this instant (annual: by the configured day of the next year) */
  finishBy: string;
  /** The committee review is finished by this instant */
  reviewDue?: string | null | undefined;
  /** Self-reports are due by this instant */
  selfReportDue: string;
};

/** The events of a cycle */
export type CycleEvent =
  /** An event of cycle */
  | 'CANCEL_CYCLE'
  /** An event of cycle */
  | 'CLOSE_CYCLE'
  /** An event of cycle */
  | 'ENROL'
  /** An event of cycle */
  | 'OPEN_CYCLE';

/** 年度 / 平时 / 专项 / 任期 */
export type CycleKind =
  /** 年度考核: the annual assessment */
  | 'ANNUAL'
  /** 平时考核: a regular (quarterly) assessment */
  | 'REGULAR'
  /** 专项考核: a special assessment of one task */
  | 'SPECIAL'
  /** 任期考核: the assessment at the end of a term */
  | 'TERM';

/** Where an indicator’s value comes from */
export type DataSourceKind =
  /** Entered by hand */
  | 'MANUAL'
  /** A statistics import */
  | 'STATISTICS'
  /** A survey */
  | 'SURVEY';

/** The collective decision of a fault-tolerance case */
export type DecideFaultToleranceInput = {
  /** The case to act on */
  caseId: string | number;
  /** The meeting: attendance, votes and recusals */
  collective: CollectiveDecisionInput;
  /** PILOTING_REFORM_INEXPERIENCE, EXPLORATION_NOT_YET_RESTRICTED, UNINTENDED_ERROR_FOR_DEVELOPMENT */
  distinction?: string | null | undefined;
  /** The case version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** The six factors weighed, one text each */
  factors: SixFactorsInput;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** MITIGATED: the lighter sanction */
  lighterKind?: string | null | undefined;
  /** EXEMPT, MITIGATED, NOT_TOLERATED */
  outcome: string;
  /** The reason for the decision, as written to the applicant */
  reason: string;
};

/** The decision of a pending sanction */
export type DecidePenaltyInput = {
  /** The day the sanction was decided (YYYY-MM-DD): its period runs from it */
  decidedOn: string;
  /** The pending penalty */
  penaltyId: string | number;
};

/** A business assessment for an annual cycle to absorb */
export type DeclareBusinessAssessmentInput = {
  /** It assesses the units’ leading cadres */
  coversCadres: boolean;
  /** It assesses the units’ leadership teams */
  coversTeams: boolean;
  /** The annual cycle, planned or open */
  cycleId: string | number;
  /** The department (an organisation of kind DEPARTMENT) that runs it */
  departmentId: string | number;
  /** Separate on-site inspections of one unit it would have taken on its own */
  inspectionsPerUnit: number;
  /** SCORE or GATE */
  mode: BusinessAssessmentMode;
  /** Its name, unique in the cycle, e.g. 安全生产 */
  name: string;
  /** The kinds of unit it covers */
  organisationKinds: Array<OrganisationKind>;
  /** SCORE only: its weight inside the component, in percent (the weights of a cycle add up to 100 at most) */
  weight?: number | null | undefined;
};

/** The attachment to delete */
export type DeleteAttachmentInput = {
  /** The attachment id */
  attachmentId: string | number;
};

/** Who writes and submits a unit’s leadership-team summary besides its principal leaders */
export type DesignateTeamReportAuthorInput = {
  /** A cadre of that unit; null withdraws the designation (only the principal leaders write then) */
  cadreId?: string | number | null | undefined;
  /** The unit whose leadership team reports */
  organisationId: string | number;
};

/** In-post status (在职状态) of a cadre; only serving cadres are enrolled */
export type EmploymentStatus =
  /** Left the roster: transferred out, resigned or dismissed (调出/辞职/免职) */
  | 'LEFT'
  /** Retired (退休) */
  | 'RETIRED'
  /** Serving (在职) */
  | 'SERVING';

/** One cadre to enrol in a cycle */
export type EnrolCadreInput = {
  /** The cadre, inside the cycle’s scope and managed by its organisation or below */
  cadreId: string | number;
  /** The cycle */
  cycleId: string | number;
  /** The cycle version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
};

/** Whom to enrol in a cycle, in bulk */
export type EnrolInput = {
  /** The cycle */
  cycleId: string | number;
  /** The cycle version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** Also the organisations below them */
  includeSubtree?: boolean;
  /** Annual and term cycles: enrol each unit’s leadership team too */
  includeTeams?: boolean;
  /** The organisations whose cadres are enrolled */
  organisationIds: Array<string | number>;
};

/** Enrols the person in remedial training */
export type EnrolTrainingInput = {
  /** The course the person is enrolled in */
  course: string;
  /** The task version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** The outcome task to act on */
  outcomeId: string | number;
};

/** Why a cadre or team was left out of an enrolment */
export type EnrolmentSkipReason =
  /** Already assessed for this kind and period in another cycle (one assessment per cadre, kind and period) */
  | 'ALREADY_ENROLLED'
  /** The cadre has retired or left (在职状态): only serving cadres are enrolled */
  | 'NOT_SERVING'
  /** Managed by a jurisdiction above the cycle’s organisation (干部管理权限) */
  | 'OUTSIDE_MANAGING_JURISDICTION'
  /** The unit is retired (撤销): it takes no new enrolment */
  | 'UNIT_RETIRED';

/** Results a department enters by hand for its business assessment */
export type EnterBusinessResultsInput = {
  /** The business assessment */
  businessAssessmentId: string | number;
  /** One result per unit; a unit with a result already gets a new version (a correction) */
  results: Array<BusinessResultInput>;
};

/** One organisation’s result entered by hand: an overall score or every question’s score */
export type EnterSurveyResultInput = {
  /** The organisation of the sample plan */
  organisationId: string | number;
  /** Each question’s score */
  questionScores?: Array<QuestionScoreInput> | null | undefined;
  /** Responses obtained */
  responses: number;
  /** The overall score, 0–100 (else computed from the questions) */
  score?: number | null | undefined;
  /** The standard deviation of individual scores, when known */
  sd?: number | null | undefined;
  /** The survey */
  surveyId: string | number;
};

/** Every code a client can find in errors[].extensions.code */
export type ErrorCode =
  /** No longer sent (failed sign-ins now slow down: TOO_MANY_ATTEMPTS); kept for older clients */
  | 'ACCOUNT_LOCKED'
  /** The cadre or team already has an assessment of this kind for this period; extensions.cycleId, cycleName and assessmentId name it */
  | 'ALREADY_ENROLLED'
  /** The record already has the most attachments allowed; extensions.max names it (HTTP 409) */
  | 'ATTACHMENT_LIMIT'
  /** An attachment is larger than the limit (ATTACHMENT_MAX_MB); extensions.maxBytes names it (HTTP 413) */
  | 'ATTACHMENT_TOO_LARGE'
  /** An attachment is not of an accepted kind, or its content is not what its extension says; extensions.extension, detected and allowed (HTTP 415) */
  | 'ATTACHMENT_TYPE_REFUSED'
  /** The request is not a valid GraphQL operation */
  | 'BAD_REQUEST'
  /** Working days were asked of a year whose official calendar is not entered yet; extensions.year names it */
  | 'CALENDAR_NOT_COVERED'
  /** Someone changed the record first (expectedVersion is stale): reload and try again */
  | 'CONFLICT'
  /** The person deciding took part in the decision under review */
  | 'CONFLICT_OF_INTEREST'
  /** A consultation of the competent department on a veto item is still open: no grade may be set until it is answered or withdrawn; extensions.consultations names them */
  | 'CONSULTATION_PENDING'
  /** The cycle takes no business-assessment results now (it is not open); extensions.state names where it stands */
  | 'CYCLE_NOT_ACCEPTING_INPUTS'
  /** A statutory window has run out; extensions.lastDay names its last day */
  | 'DEADLINE_PASSED'
  /** No Chinese font is installed for official documents; install fonts-wqy-zenhei or set DOCUMENT_FONT (HTTP 503) */
  | 'DOCUMENT_FONT_MISSING'
  /** A unique key is already taken (a personnel-file number, an organisation code); extensions.field and value name it */
  | 'DUPLICATE'
  /** The viewer may not do this here (role or jurisdiction) */
  | 'FORBIDDEN'
  /** The grade breaks a binding gate; extensions.rule names the first, extensions.refusals every gate with its facts, extensions.allowedGrades what may be chosen */
  | 'GRADE_REFUSED'
  /** The server failed; nothing was changed and details are only in the server log */
  | 'INTERNAL'
  /** The username or password is wrong (also: changePassword’s current password is wrong) */
  | 'INVALID_CREDENTIALS'
  /** The lifecycle refuses this event now; extensions name the state, the event and the allowed events */
  | 'INVALID_TRANSITION'
  /** The record is not open to this procedure */
  | 'NOT_ELIGIBLE'
  /** The record does not exist or is outside the viewer’s jurisdiction */
  | 'NOT_FOUND'
  /** The cadre has retired or left (在职状态): only serving cadres are enrolled or moved */
  | 'NOT_SERVING'
  /** An organisation cannot move below itself or below one of its own subordinates */
  | 'ORGANISATION_CYCLE'
  /** The organisation still has serving cadres, open assessments or live child units; extensions.servingCadres, openAssessments and liveChildren count them */
  | 'ORGANISATION_IN_USE'
  /** The cycle’s organisation is below the cadre’s managing jurisdiction (干部管理权限); extensions.managingOrganisationId and managingOrganisationName name it */
  | 'OUTSIDE_MANAGING_JURISDICTION'
  /** The account must change its password first (`reason`: ONE_TIME or EXPIRED): only me, passwordPolicy, changePassword and signOut are answered until then */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The password was right, but this account signs in only through the organisation’s identity provider */
  | 'PASSWORD_SIGN_IN_DISABLED'
  /** The query exceeds the depth, alias or cost limits */
  | 'QUERY_TOO_COMPLEX'
  /** The EXCELLENT quota of the pool is used up; extensions give used, allowed and graded */
  | 'QUOTA_EXCEEDED'
  /** Too many requests of an anonymous operation from this address (HTTP 429); wait extensions.retryAfterSeconds */
  | 'RATE_LIMITED'
  /** A commendation or criticism list was asked of a cycle whose results it draws on are not all final; extensions.undecided counts them */
  | 'RESULTS_NOT_DECIDED'
  /** A background run (a grading run) gave no sign of life within its lease — its process stopped — and was marked failed; nothing was written, it may be started again */
  | 'RUN_ABANDONED'
  /** A candidate search matched more cadres than it ranks at once; extensions.matched and extensions.max say how many: narrow the search */
  | 'SEARCH_TOO_BROAD'
  /** The database cannot be reached for the moment; nothing was changed; retry after extensions.retryAfterSeconds */
  | 'SERVICE_UNAVAILABLE'
  /** Too many failed sign-ins for this account or from this address; wait extensions.retryAfterSeconds */
  | 'TOO_MANY_ATTEMPTS'
  /** No session or token, or it has expired: sign in */
  | 'UNAUTHENTICATED'
  /** The unit is retired (撤销): no new enrolment, cadre or child organisation there; extensions.organisationId names it */
  | 'UNIT_RETIRED'
  /** No cadre has the personnel number (干部编号) given; `personNo` repeats it */
  | 'UNKNOWN_PERSON_NO'
  /** Some input is not valid; extensions.fields lists each field with its messages */
  | 'VALIDATION';

/** Extends the appeal decision deadline, with the reason */
export type ExtendAppealInput = {
  /** The case to act on */
  caseId: string | number;
  /** Days to add to the decision deadline (up to the rule set’s limit) */
  days: number;
  /** The case version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** Why the appeal needs more time */
  reason: string;
};

/** The events of a fault-tolerance case */
export type FaultToleranceEvent =
  /** An event of faultToleranceCase */
  | 'ACCEPT'
  /** An event of faultToleranceCase */
  | 'COMPLETE_INVESTIGATION'
  /** An event of faultToleranceCase */
  | 'DECIDE'
  /** An event of faultToleranceCase */
  | 'FILE_WITH_ORGANISATION'
  /** An event of faultToleranceCase */
  | 'GIVE_FEEDBACK'
  /** An event of faultToleranceCase */
  | 'MARK_OVERDUE'
  /** An event of faultToleranceCase */
  | 'RECORD_CORRECTION'
  /** An event of faultToleranceCase */
  | 'REFUSE'
  /** An event of faultToleranceCase */
  | 'SUBMIT'
  /** An event of faultToleranceCase */
  | 'VERIFY_CORRECTION';

/** Who started a fault-tolerance case */
export type FaultToleranceOrigin =
  /** A written application by the cadre */
  | 'CADRE_APPLICATION'
  /** The body with jurisdiction, on its own motion */
  | 'OWN_MOTION'
  /** A written application by the cadre’s unit */
  | 'UNIT_APPLICATION';

/** What a fault-tolerance decision finds (容错认定) */
export type FaultToleranceOutcome =
  /** 免责: no negative evaluation; the incident leaves every gate and the sanction is cancelled */
  | 'EXEMPT'
  /** 从轻减轻: only a lighter sanction */
  | 'MITIGATED'
  /** 不予容错 */
  | 'NOT_TOLERATED';

/** The states of a fault-tolerance case (the faultToleranceCase machine) */
export type FaultToleranceState =
  /** 受理: accepted, or refused with a reason */
  | 'awaitingAcceptance'
  /** 集体研究认定: the body with jurisdiction decides collectively — three distinctions, six factors */
  | 'awaitingDecision'
  /** 书面反馈: written feedback to the applicant */
  | 'awaitingFeedback'
  /** 报备: filed with the organisation department */
  | 'awaitingFiling'
  /** 办结 */
  | 'closed'
  /** 纠错: the correction is tracked until verified */
  | 'correcting'
  /** 调查核实 */
  | 'investigating'
  /** 申请 / 主动启动: a written application, or the body’s own motion */
  | 'opened'
  /** 不予受理 */
  | 'refused';

/** Feedback to the person assessed */
export type FeedbackInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** What is to improve, and how */
  improvementDemands: string;
  /** What falls short */
  shortcomings: string;
  /** What the person does well */
  strengths: string;
};

/** The gate a finding type feeds, as the rule set maps it */
export type FindingFeed =
  /** Information only: feeds no gate */
  | 'INFORMATION'
  /** A negative-list situation: bars EXCELLENT */
  | 'NEGATIVE_LIST'
  /** A veto item (一票否决): its configured effect, unless the competent department answers that it does not apply */
  | 'VETO_ITEM';

/** A finding of supervision, an inspection tour, audit, petitions or discipline about one assessment */
export type FindingInput = {
  /** The assessment (the assessed and the year) it is about */
  assessmentId: string | number;
  /** The document it comes from (文号) */
  documentRef: string;
  /** A finding type of the source in the cycle’s rule set */
  findingType: string;
  /** The day of the finding (YYYY-MM-DD), not after today */
  foundOn: string;
  /** Where it comes from */
  source: FindingSource;
  /** What was found, in words */
  summary?: string;
  /** Already verified when recorded (it then feeds its gate at once) */
  verified?: boolean;
};

/** Where a corroborating finding comes from */
export type FindingSource =
  /** Audit (审计) */
  | 'AUDIT'
  /** Discipline inspection and supervision (纪检监察) */
  | 'DISCIPLINE'
  /** Inspection tours (巡视巡察) */
  | 'INSPECTION_TOUR'
  /** Petitions (信访) */
  | 'PETITION'
  /** Supervision (督查) */
  | 'SUPERVISION';

/** Whether a finding has been verified */
export type FindingState =
  /** Found untrue or resolved: feeds no gate */
  | 'CLEARED'
  /** Recorded, not yet verified: feeds no gate */
  | 'UNVERIFIED'
  /** Verified: feeds its gate */
  | 'VERIFIED';

/** Verifying or clearing a finding */
export type FindingStateInput = {
  /** The finding */
  findingId: string | number;
  /** Why, in words */
  note: string;
  /** VERIFIED or CLEARED (or back to UNVERIFIED) */
  state: FindingState;
};

/** A fault-tolerance step that records a text */
export type FtTextInput = {
  /** The case to act on */
  caseId: string | number;
  /** The case version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** The reason, findings, feedback summary, filing reference or correction note the step records */
  text: string;
};

/** Gender as in the personnel file */
export type Gender =
  /** Female */
  | 'FEMALE'
  /** Male */
  | 'MALE';

/** A grade on one of the scales (gradeScales says which) */
export type Grade =
  /** 一般 */
  | 'AVERAGE'
  /** 基本称职 */
  | 'BASICALLY_COMPETENT'
  /** 基本合格 */
  | 'BASICALLY_QUALIFIED'
  /** 称职 */
  | 'COMPETENT'
  /** 优秀 */
  | 'EXCELLENT'
  /** 较好 (regular) */
  | 'FAIR'
  /** 良好 (team) or 好 (regular) */
  | 'GOOD'
  /** 不称职 */
  | 'INCOMPETENT'
  /** 较差 */
  | 'POOR'
  /** 合格 */
  | 'QUALIFIED'
  /** 不合格 */
  | 'UNQUALIFIED';

/** The grade scales, by population and kind of assessment */
export type GradeScale =
  /** Leading cadres and civil servants: 优秀 / 称职 / 基本称职 / 不称职 */
  | 'CADRE'
  /** Public-institution staff: 优秀 / 合格 / 基本合格 / 不合格 */
  | 'PUBLIC_INSTITUTION'
  /** Regular and special assessments: 好 / 较好 / 一般 / 较差 */
  | 'REGULAR'
  /** Leadership teams (领导班子): 优秀 / 良好 / 一般 / 较差 */
  | 'TEAM';

/** The phase a grading run reports */
export type GradingRunPhase =
  /** Every assessment of the run graded */
  | 'DONE'
  /** Grading the quota pools batch by batch */
  | 'GRADING'
  /** Scoring and rolling up the indicator data */
  | 'INDICATORS'
  /** Finding the assessments awaiting a proposal */
  | 'LOAD';

/** Where a grading run started from the browser stands */
export type GradingRunStatus =
  /** Finished: `graded` and `byGrade` say what it proposed */
  | 'DONE'
  /** Stopped without grading anything; `errorCode` says why (nothing was written) */
  | 'FAILED'
  /** Waiting for the background job to pick it up */
  | 'QUEUED'
  /** The engine is grading; `phase`, `done` and `total` say how far */
  | 'RUNNING';

/** A rater and the group they rate in */
export type GroupedRaterInput = {
  /** The rater group, whose weight counts their ballot: SUPERIOR, PEER, SUBORDINATE, SERVICE_RECIPIENT */
  group: string;
  /** A user holding RATER inside your jurisdiction */
  userId: string | number;
};

/** A business-assessment result file (.xlsx or .csv) to import */
export type ImportBusinessResultsInput = {
  /** The business assessment */
  businessAssessmentId: string | number;
  /** The file, base64-encoded: columns 单位代码, 得分 (SCORE) or 是否通过 (GATE: 通过/不通过), 备注 */
  contentBase64: string;
  /** Ends in .xlsx or .csv */
  fileName: string;
};

/** An indicator file to import into a cycle */
export type ImportIndicatorFileInput = {
  /** The file, base64-encoded */
  contentBase64: string;
  /** The cycle the figures belong to */
  cycleId: string | number;
  /** Ends in .xlsx or .csv */
  fileName: string;
};

/** A 好差评 file of service departments for a year */
export type ImportServiceRatingsInput = {
  /** The file, base64-encoded */
  contentBase64: string;
  /** Ends in .xlsx or .csv */
  fileName: string;
  /** The year the ratings belong to */
  year: number;
};

/** The survey firm’s file of results */
export type ImportSurveyResultsInput = {
  /** The file, base64-encoded */
  contentBase64: string;
  /** Ends in .xlsx or .csv */
  fileName: string;
  /** The survey */
  surveyId: string | number;
};

/** Which way an indicator improves */
export type IndicatorDirection =
  /** A higher value scores better */
  | 'HIGHER_IS_BETTER'
  /** A lower value scores better */
  | 'LOWER_IS_BETTER';

/** One figure: for an organisation (its team) by code or for a cadre by number */
export type IndicatorValueInput = {
  /** The cycle the figure belongs to */
  cycleId: string | number;
  /** The indicator, by its code in the pinned scheme */
  indicatorCode: string;
  /** The organisation (its team) the figure is for, by code */
  organisationCode?: string | null | undefined;
  /** e.g. 2025 or 2025-12 */
  period: string;
  /** The cadre the figure is for, by number */
  personNo?: string | null | undefined;
  /** Where the figure comes from (statistics bureau, survey, …) */
  source: string;
  /** The figure, in the indicator’s unit */
  value: number;
};

/** Whose emphasis a set of dimension weights is */
export type IndicatorWeighting =
  /** A deputy (副职) */
  | 'DEPUTY'
  /** Its principal (正职) */
  | 'PRINCIPAL'
  /** The leadership team */
  | 'TEAM';

/** The raters to invite to one assessment’s democratic evaluation */
export type InviteRatersInput = {
  /** The assessment to be rated */
  assessmentId: string | number;
  /** The raters and their groups (already invited ones are skipped) */
  raters: Array<RaterInput>;
};

/** The same raters invited to many assessments */
export type InviteRatersToAssessmentsInput = {
  /** The assessments to rate, 1 to 200 */
  assessmentIds: Array<string | number>;
  /** The raters with their groups, 1 to 500 */
  raters: Array<GroupedRaterInput>;
};

/** Which list of which cycle to issue */
export type IssueAnnouncementListInput = {
  /** The annual cycle */
  cycleId: string | number;
  /** The list to issue */
  kind: AnnouncementListKind;
};

/** A subject of an identity provider to sign in as an account */
export type LinkExternalIdentityInput = {
  /** The provider’s issuer URL; omitted: the configured provider (OIDC_ISSUER) */
  issuer?: string | null | undefined;
  /** The person’s subject identifier at the provider (the ID token’s sub), up to 255 characters */
  subject: string;
  /** The account the subject signs in as */
  userId: string | number;
};

/** Links an existing account to a cadre record, by cadre id or personnel number (one of the two) */
export type LinkUserToCadreInput = {
  /** The cadre record */
  cadreId?: string | number | null | undefined;
  /** The cadre’s personnel number (干部编号), instead of cadreId; an unknown number is UNKNOWN_PERSON_NO */
  cadrePersonNo?: string | null | undefined;
  /** The account to link */
  userId: string | number;
};

/** An objection to a public notice, from anyone */
export type LodgeObjectionInput = {
  /** The assessment on notice objected to */
  assessmentId: string | number;
  /** Optional: how to reach the objector */
  contact?: string | null | undefined;
  /** What the objection says */
  content: string;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** Optional: objections may be anonymous */
  name?: string | null | undefined;
};

/** A transfer or promotion (调动/晋升): the new unit, post, rank level and position from a day */
export type MoveCadreInput = {
  /** The version you saw; a newer one on the server gives CONFLICT */
  expectedVersion: number;
  /** The cadre to move; NOT_SERVING unless serving */
  id: string | number;
  /** The new managing jurisdiction: a region at or above the new unit; the default of the new unit and rank level when omitted */
  managingOrganisationId?: string | number | null | undefined;
  /** The new unit (the same one for a promotion in place); not retired, inside your jurisdiction */
  organisationId: string | number;
  /** Principal or deputy in the new post */
  positionType: PositionType;
  /** The new post (职务), up to 200 characters */
  post: string;
  /** The new rank level */
  rankLevel: RankLevel;
  /** Whether the cadre sits on the new unit’s leadership team; unchanged when omitted */
  teamMember?: boolean | null | undefined;
  /** When the cadre took up the new post, YYYY-MM-DD */
  tookPostOn: string;
};

/** An organisation to move, with its whole subtree, below another parent */
export type MoveOrganisationInput = {
  /** The version you saw; a newer one on the server gives CONFLICT */
  expectedVersion: number;
  /** The organisation to move */
  id: string | number;
  /** The new parent: not the organisation itself nor one of its own units (ORGANISATION_CYCLE), not retired, inside your jurisdiction */
  parentId: string | number;
};

/** A negative-list finding against one assessment */
export type NegativeFindingInput = {
  /** The assessment the finding weighs on */
  assessmentId: string | number;
  /** A code of the negative list in the pinned settings */
  code: string;
  /** What was found, in words */
  note?: string;
};

/** A result that is not a grade on any scale */
export type NonGradeResult =
  /** 只写评语: probationers */
  | 'COMMENT_ONLY'
  /** 不定等次: an open investigation, long leave or a penalty */
  | 'UNGRADED';

/** How notifications reach a person by e-mail, besides the in-app list */
export type NotificationDelivery =
  /** One e-mail a day with all notifications of the Beijing day before, at the configured hour */
  | 'DAILY_DIGEST'
  /** One e-mail per notification, as it happens */
  | 'IMMEDIATE';

/** Your e-mail address and how notifications reach you */
export type NotificationSettingsInput = {
  /** One e-mail per notification, or a daily digest */
  delivery: NotificationDelivery;
  /** Your e-mail address (at most 254 characters); null or empty removes it */
  email?: string | null | undefined;
};

/** A decision on an objection, with the finding */
export type ObjectionDecisionInput = {
  /** What the investigation found */
  finding: string;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** The objection decided */
  objectionId: string | number;
};

/** Opens a fault-tolerance case: a written application or the body’s own motion */
export type OpenFaultToleranceInput = {
  /** The cadre the case is about */
  cadreId: string | number;
  /** Why the mistake should be tolerated, in the applicant’s words */
  grounds: string;
  /** A retry with the same key returns the first answer and opens no second case */
  idempotencyKey?: string | null | undefined;
  /** The nature of the mistake: the same mistake repeated is not tolerated */
  mistakeKey: string;
  /** CADRE_APPLICATION, UNIT_APPLICATION, OWN_MOTION */
  origin: string;
  /** The sanction in play, if one is recorded */
  penaltyId?: string | number | null | undefined;
};

/** Opens an investigation (立案审查) of a cadre */
export type OpenInvestigationInput = {
  /** The cadre investigated */
  cadreId: string | number;
  /** What the investigation is about */
  note?: string;
  /** The day the investigation opened (YYYY-MM-DD) */
  startsOn: string;
};

/** Opening the public notice of EXCELLENT decisions */
export type OpenNoticeInput = {
  /** The EXCELLENT decisions to publish */
  assessmentIds: Array<string | number>;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** First day of the notice, YYYY-MM-DD */
  startsOn: string;
};

/** Who gives an opinion or finding during the evaluation */
export type OpinionSource =
  /** 审计 */
  | 'AUDIT'
  /** 纪检监察: discipline inspection and supervision */
  | 'DISCIPLINE'
  /** 巡视巡察: inspection tours */
  | 'INSPECTION_TOUR'
  /** 信访: petitions */
  | 'PETITION'
  /** 督查: supervision */
  | 'SUPERVISION';

/** The assessment category (分级分类考核) that picks the indicator scheme and weights; each kind allows only its own categories */
export type OrganisationCategory =
  /** City type 3: ethnic region */
  | 'CITY_ETHNIC_REGION'
  /** City type 2: rural revitalisation */
  | 'CITY_RURAL_REVITALISATION'
  /** City type 1: strong economy */
  | 'CITY_STRONG_ECONOMY'
  /** County type: urban district */
  | 'COUNTY_DISTRICT'
  /** County type: ecological protection */
  | 'COUNTY_ECOLOGICAL_PROTECTION'
  /** County type: rural revitalisation */
  | 'COUNTY_RURAL_REVITALISATION'
  /** Department type: economic management */
  | 'DEPT_ECONOMIC'
  /** Department type: law enforcement and supervision */
  | 'DEPT_LAW_ENFORCEMENT_SUPERVISION'
  /** Department type: other departments */
  | 'DEPT_OTHER'
  /** Department type: party and political work */
  | 'DEPT_PARTY_POLITICAL'
  /** Department type: social development */
  | 'DEPT_SOCIAL_DEVELOPMENT'
  /** Public institution type: other institutions */
  | 'PI_OTHER'
  /** Public institution type: research institute */
  | 'PI_RESEARCH_INSTITUTE'
  /** Public institution type: university */
  | 'PI_UNIVERSITY'
  /** A province, assessed on the general scheme */
  | 'PROVINCE_GENERAL'
  /** State-owned enterprise type: cultural */
  | 'SOE_CULTURAL'
  /** State-owned enterprise type: financial */
  | 'SOE_FINANCIAL'
  /** State-owned enterprise type: industrial and commercial */
  | 'SOE_INDUSTRIAL_COMMERCIAL'
  /** No category of its own: townships and internal units */
  | 'UNCATEGORISED';

/** What kind of body an organisation is, and so where it sits in the tree */
export type OrganisationKind =
  /** A city or prefecture (市州) */
  | 'CITY'
  /** A county, county-level city or district (县市区) */
  | 'COUNTY'
  /** A party or government department (部门), e.g. a provincial department */
  | 'DEPARTMENT'
  /** An internal unit (内设机构) of another organisation */
  | 'INTERNAL_UNIT'
  /** A province (省), the usual root of the tree */
  | 'PROVINCE'
  /** A public institution (事业单位): university, research institute or other */
  | 'PUBLIC_INSTITUTION'
  /** A state-owned enterprise (国有企业) */
  | 'STATE_OWNED_ENTERPRISE'
  /** A township or street office (乡镇街道) */
  | 'TOWNSHIP';

/** What follows a final result (results application): rewards, remedies and sanctions, each tracked as a task */
export type OutcomeKind =
  /** 诫勉: an admonishment for a BASICALLY_COMPETENT year */
  | 'ADMONISHMENT'
  /** 约谈主要负责人: a talk with the principal leader of a team rated AVERAGE years running, or POOR */
  | 'ADMONISHMENT_TALK'
  /** 嘉奖: a commendation for an EXCELLENT year */
  | 'COMMENDATION'
  /** 降职或免职: after an INCOMPETENT year; the approver chooses DEMOTION or REMOVAL */
  | 'DEMOTION_OR_REMOVAL'
  /** 辞退: INCOMPETENT the configured years running (2 by default), unless a protected status blocks it */
  | 'DISMISSAL'
  /** 限期改进: improvement by a deadline after a BASICALLY_COMPETENT year */
  | 'IMPROVEMENT_DEADLINE'
  /** 调整主要负责人和有关责任人: the principal leader and those responsible are moved */
  | 'LEADER_ADJUSTMENT'
  /** 组织调整: a leading cadre BASICALLY_COMPETENT the configured years running (2 by default) */
  | 'ORGANISATIONAL_ADJUSTMENT'
  /** 优先提拔: priority for promotion, with the third-class merit */
  | 'PROMOTION_PRIORITY'
  /** An EXCELLENT year shortens the years required for the next rank */
  | 'RANK_TENURE_REDUCTION'
  /** 限期整改: a team’s rectification by a deadline */
  | 'RECTIFICATION'
  /** 培训: remedial training, with its own lifecycle (assigned, enrolled, completed, verified) */
  | 'REMEDIAL_TRAINING'
  /** One salary level up for every N COMPETENT-or-better years (5 by default) */
  | 'SALARY_LEVEL'
  /** One salary step up for every N COMPETENT-or-better years (2 by default) */
  | 'SALARY_STEP'
  /** 记三等功: EXCELLENT the configured years running (3 by default) */
  | 'THIRD_CLASS_MERIT'
  /** 书面检查: a written self-examination (for a team, to the party committee) */
  | 'WRITTEN_SELF_EXAMINATION';

/** An outcome step that records what was done */
export type OutcomeNoteInput = {
  /** The task version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** What was done, in words (document number, date, body) */
  note: string;
  /** The outcome task to act on */
  outcomeId: string | number;
};

/** The events of outcome tasks and remedial training */
export type OutcomeTaskEvent =
  /** An event of outcomeTask */
  | 'APPROVE'
  /** An event of outcomeTask and remedialTraining */
  | 'CANCEL'
  /** An event of outcomeTask */
  | 'CARRY_OUT'
  /** An event of remedialTraining */
  | 'COMPLETE'
  /** An event of remedialTraining */
  | 'ENROL'
  /** An event of outcomeTask and remedialTraining */
  | 'MARK_OVERDUE'
  /** An event of outcomeTask and remedialTraining */
  | 'VERIFY';

/** The top-level states of an outcome task (the outcomeTask machine; overdue steps add .overdue) */
export type OutcomeTaskState =
  /** 已批准: HR carries it out */
  | 'approved'
  /** 已撤销: cancelled for cause */
  | 'cancelled'
  /** 已落实: HR verifies it */
  | 'carriedOut'
  /** 拟运用: proposed from the result, waiting for approval */
  | 'proposed'
  /** 已核实 */
  | 'verified';

/** The overall grade a rater votes for on a ballot */
export type OverallVote =
  /** 一般: a leadership team’s ballot only (team scale) */
  | 'AVERAGE'
  /** 基本称职 */
  | 'BASICALLY_COMPETENT'
  /** 称职 */
  | 'COMPETENT'
  /** 优秀 */
  | 'EXCELLENT'
  /** 良好: a leadership team’s ballot only (team scale) */
  | 'GOOD'
  /** 不称职 */
  | 'INCOMPETENT'
  /** 较差: a leadership team’s ballot only (team scale) */
  | 'POOR';

/** Why the password must be changed before anything else */
export type PasswordChangeReason =
  /** The password is older than the password policy allows (PASSWORD_EXPIRY_DAYS) */
  | 'EXPIRED'
  /** The account signed in with a one-time password handed out by an administrator (new account or reset) */
  | 'ONE_TIME';

/** The three families of sanctions */
export type PenaltyCategory =
  /** 政务处分: government sanctions */
  | 'GOVERNMENT_SANCTION'
  /** 组织处理: organisational handling */
  | 'ORGANISATIONAL_HANDLING'
  /** 党纪处分: party discipline */
  | 'PARTY_DISCIPLINE';

/** A decided penalty to record against a cadre */
export type PenaltyInput = {
  /** The cadre sanctioned */
  cadreId: string | number;
  /** YYYY-MM-DD */
  decidedOn: string;
  /** PARTY_WARNING, GOVERNMENT_WARNING, ADMONISHMENT, REASSIGNMENT, SERIOUS_PARTY_WARNING, DEMERIT, ORDERED_RESIGNATION, REMOVAL, DEMOTION, MAJOR_DEMERIT, DOWNGRADE, DISMISSAL_FROM_POST, REMOVAL_FROM_PARTY_POST, PARTY_PROBATION, EXPULSION */
  kind: string;
  /** What the sanction was for */
  note?: string;
};

/** Party discipline, government sanctions and organisational handling, lightest group first (the penalty matrix) */
export type PenaltyKind =
  /** 诫勉; by default no EXCELLENT that year */
  | 'ADMONISHMENT'
  /** 记过; by default UNGRADED that year */
  | 'DEMERIT'
  /** 降职; by default UNGRADED that year */
  | 'DEMOTION'
  /** 撤职; by default UNGRADED this year and next */
  | 'DISMISSAL_FROM_POST'
  /** 降级; by default UNGRADED this year and next */
  | 'DOWNGRADE'
  /** 开除党籍; by default INCOMPETENT */
  | 'EXPULSION'
  /** 警告 (政务处分); by default no EXCELLENT that year */
  | 'GOVERNMENT_WARNING'
  /** 记大过; by default UNGRADED this year and next */
  | 'MAJOR_DEMERIT'
  /** 责令辞职; by default UNGRADED that year */
  | 'ORDERED_RESIGNATION'
  /** 留党察看; by default INCOMPETENT */
  | 'PARTY_PROBATION'
  /** 党内警告; by default no EXCELLENT that year */
  | 'PARTY_WARNING'
  /** 调离岗位; by default no EXCELLENT that year */
  | 'REASSIGNMENT'
  /** 免职; by default UNGRADED that year */
  | 'REMOVAL'
  /** 撤销党内职务; by default INCOMPETENT */
  | 'REMOVAL_FROM_PARTY_POST'
  /** 党内严重警告; by default UNGRADED that year */
  | 'SERIOUS_PARTY_WARNING';

/** A cycle to plan: kind, scope, deadlines */
export type PlanCycleInput = {
  /** The cycle’s deadlines */
  deadlines: CycleDeadlinesInput;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** Annual, regular, special or term */
  kind: CycleKind;
  /** A name for the cycle */
  name: string;
  /** The scope: this organisation and its subtree */
  organisationId: string | number;
  /** The quarter (1–4): required for a regular cycle */
  quarter?: number | null | undefined;
  /** The task assessed: required for a special cycle */
  task?: string | null | undefined;
  /** The year assessed */
  year: number;
};

/** A survey to plan */
export type PlanSurveyInput = {
  /** The cycle the survey belongs to */
  cycleId: string | number;
  /** First day of fieldwork, YYYY-MM-DD (Beijing) */
  fieldworkFrom: string;
  /** Last day of fieldwork, YYYY-MM-DD (Beijing) */
  fieldworkTo: string;
  /** The survey firm */
  firm: string;
  /** What it asks about */
  kind: SurveyKind;
  /** The questionnaire */
  questions: Array<SurveyQuestionInput>;
  /** The sample plan */
  sample: Array<SurveySampleInput>;
  /** Its title */
  title: string;
};

/** What verification found for one point of an accusation */
export type PointFinding =
  /** 属实 */
  | 'SUBSTANTIATED'
  /** 查无实据: not proven, but not shown untrue; cannot be cleared */
  | 'UNPROVEN'
  /** 失实: may be cleared */
  | 'UNTRUE';

/** The political review (政治素质考察) of one assessment */
export type PoliticalReviewInput = {
  /** The assessment reviewed */
  assessmentId: string | number;
  /** What the review found, in words */
  note?: string;
  /** 好 GOOD, 较好 FAIR, 一般 AVERAGE, 较差 POOR */
  rating: string;
  /** 政治一票否决 */
  veto?: boolean;
};

/** Which regulations and which grade scale apply to a person */
export type Population =
  /** Non-leading civil servant (公务员): civil-servant rules of 2020, the same four grades as cadres */
  | 'CIVIL_SERVANT'
  /** Leading cadre (领导干部): cadre rules of 2019, grades EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT */
  | 'LEADING_CADRE'
  /** Public-institution staff (事业单位工作人员): rules of 2023, grades EXCELLENT, QUALIFIED, BASICALLY_QUALIFIED, UNQUALIFIED */
  | 'PUBLIC_INSTITUTION_STAFF';

/** Whether a cadre leads their unit or assists: principals and deputies are assessed with different emphases */
export type PositionType =
  /** Deputy (副职) */
  | 'DEPUTY'
  /** Principal (正职): heads the unit and acts for its leadership team */
  | 'PRINCIPAL';

/** How a cadre was used: promoted (晋升) or further used (进一步使用, e.g. a more important post at the same level) */
export type PromotionKind =
  /** Further used (进一步使用): moved to a more important post */
  | 'FURTHER_USED'
  /** Promoted to a higher post or rank level (晋升) */
  | 'PROMOTED';

/** The assessment team’s proposal: a grade and its comment */
export type ProposeGradeInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** 评语 */
  comment: string;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** The grade proposed, on the assessment’s scale */
  grade: string;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
};

/** A new rule-set version for a jurisdiction: changes laid over the settings in force there on the effective date */
export type PublishRuleSetInput = {
  /** The first day the version applies, YYYY-MM-DD; one version per jurisdiction and day */
  effectiveFrom: string;
  /** The organisation whose subtree the version governs */
  jurisdictionId: string | number;
  /** Why the rules change, up to 2000 characters */
  note?: string;
  /** Only the settings that change; the rest are inherited */
  settings: Record<string, unknown>;
};

/** Publishes a draft from a date */
export type PublishSchemeInput = {
  /** YYYY-MM-DD */
  effectiveFrom: string;
  /** The draft to publish */
  versionId: string | number;
};

/** A question’s satisfaction score for one organisation */
export type QuestionScoreInput = {
  /** The question’s code */
  code: string;
  /** Its score, 0–100 */
  score: number;
};

/** An approval that raises a pool’s excellent quota */
export type QuotaRaiseInput = {
  /** Who approved (the body or official) */
  approvedBy: string;
  /** YYYY-MM-DD */
  approvedOn: string;
  /** The cycle */
  cycleId: string | number;
  /** The approving document (文号) */
  documentRef: string;
  /** The unit whose members’ pool is raised (MEMBERS only) */
  organisationId?: string | number | null | undefined;
  /** TEAM (the cycle's teams) or MEMBERS (a unit's members) */
  pool: string;
  /** One rank pool only; omitted: every rank pool of the unit */
  rankLevel?: string | null | undefined;
};

/** The rank level (职级) of a cadre, from provincial-ministerial deputy down to section deputy */
export type RankLevel =
  /** Bureau deputy (厅局级副职) */
  | 'BUREAU_DEPUTY'
  /** Bureau principal (厅局级正职) */
  | 'BUREAU_PRINCIPAL'
  /** County-division deputy (县处级副职) */
  | 'DIVISION_DEPUTY'
  /** County-division principal (县处级正职) */
  | 'DIVISION_PRINCIPAL'
  /** Provincial-ministerial deputy (省部级副职) */
  | 'PROVINCIAL_DEPUTY'
  /** Township-section deputy (乡科级副职) */
  | 'SECTION_DEPUTY'
  /** Township-section principal (乡科级正职) */
  | 'SECTION_PRINCIPAL';

/** The rater groups of a democratic evaluation (民主测评) */
export type RaterGroup =
  /** 同级 */
  | 'PEER'
  /** 服务对象 */
  | 'SERVICE_RECIPIENT'
  /** 下级 */
  | 'SUBORDINATE'
  /** 上级 */
  | 'SUPERIOR';

/** One rater to invite, with the group they rate in */
export type RaterInput = {
  /** SUPERIOR, PEER, SUBORDINATE, SERVICE_RECIPIENT */
  group: string;
  /** The rater (a user holding the RATER role, never the assessed) */
  userId: string | number;
};

/** An action that needs its reason */
export type ReasonActionInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** Why, in words */
  reason: string;
};

/** Records an accusation against a cadre, point by point */
export type RecordAccusationInput = {
  /** The cadre accused */
  cadreId: string | number;
  /** The assessment year the accusation concerns */
  concernsYear: number;
  /** A retry with the same key returns the first answer and records nothing twice */
  idempotencyKey?: string | null | undefined;
  /** The negative-list situation alleged, if any */
  negativeCode?: string | null | undefined;
  /** The points alleged, one text each, in order */
  points: Array<string>;
  /** The day it was received (YYYY-MM-DD) */
  receivedOn: string;
  /** PETITION, REPORT, INSPECTION */
  source: string;
};

/** A status period to record for a cadre */
export type RecordCadreStatusInput = {
  /** The cadre concerned */
  cadreId: string | number;
  /** Last day in force, YYYY-MM-DD, inclusive; leave empty while the status lasts */
  endsOn?: string | null | undefined;
  /** Which status; INVESTIGATION is for discipline inspection, the others for the organisation or personnel department */
  kind: CadreStatusKind;
  /** Free-text note, e.g. the document number, up to 1000 characters */
  note?: string | null | undefined;
  /** First day in force, YYYY-MM-DD */
  startsOn: string;
};

/** An opinion to record, with its source */
export type RecordOpinionInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** One of DISCIPLINE, INSPECTION_TOUR, AUDIT, PETITION, SUPERVISION */
  source: string;
  /** A summary of what was said */
  summary: string;
};

/** A promotion or further use of a cadre */
export type RecordPromotionInput = {
  /** The cadre */
  cadreId: string | number;
  /** Promoted or further used */
  kind: PromotionKind;
  /** A note, e.g. the appointment document, up to 500 characters */
  note?: string | null | undefined;
  /** The new post, up to 100 characters */
  post?: string | null | undefined;
  /** The day, YYYY-MM-DD; not in the future */
  promotedOn: string;
};

/** An individual talk to record */
export type RecordTalkInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** A summary of what was said */
  summary: string;
};

/** A grade of the regular and special scale: 好 / 较好 / 一般 / 较差 */
export type RegularGrade =
  /** 一般 */
  | 'AVERAGE'
  /** 较好 */
  | 'FAIR'
  /** 好 */
  | 'GOOD'
  /** 较差 */
  | 'POOR';

/** Asks for a review, or appeals directly, of a final result notified in writing */
export type RequestReviewInput = {
  /** The assessment whose result you ask to be reviewed */
  assessmentId: string | number;
  /** Why the result should change, in your words */
  grounds: string;
  /** A retry with the same key returns the first answer and opens no second case */
  idempotencyKey?: string | null | undefined;
  /** REVIEW (复核), or DIRECT_APPEAL (申诉 without a review) */
  route: string;
};

/** Where a version of a final result comes from */
export type ResultSource =
  /** Corrected on appeal (申诉) */
  | 'APPEAL'
  /** The committee’s decision */
  | 'DECISION'
  /** Re-decided after an exemption or mitigation (容错) */
  | 'FAULT_TOLERANCE'
  /** Graded once the investigation closed with no penalty or a warning */
  | 'INVESTIGATION_CLOSED'
  /** Corrected on review (复核) */
  | 'REVIEW';

/** An organisation to retire (撤销), and the day */
export type RetireOrganisationInput = {
  /** The version you saw; a newer one on the server gives CONFLICT */
  expectedVersion: number;
  /** The organisation to retire; refused with ORGANISATION_IN_USE while it has serving cadres, running assessments or live child units */
  id: string | number;
  /** The day it was abolished or merged away, YYYY-MM-DD */
  retiredOn: string;
};

/** The events of a review or appeal case */
export type ReviewCaseEvent =
  /** An event of reviewCase */
  | 'CLOSE'
  /** An event of reviewCase */
  | 'DECIDE_APPEAL'
  /** An event of reviewCase */
  | 'DECIDE_REVIEW'
  /** An event of reviewCase */
  | 'EXTEND_APPEAL'
  /** An event of reviewCase */
  | 'FILE_APPEAL'
  /** An event of reviewCase */
  | 'MARK_OVERDUE'
  /** An event of reviewCase */
  | 'REQUEST_REVIEW'
  /** An event of reviewCase */
  | 'WITHDRAW';

/** The states of a review or appeal case (the reviewCase machine) */
export type ReviewCaseState =
  /** 申诉决定 */
  | 'appealDecided'
  /** 申诉: decided within 60 days, extendable once by up to 30 with a reason */
  | 'appealPending'
  /** 结案: the review stands, no appeal within the window */
  | 'closed'
  /** 提出: the cadre asks for a review, or appeals directly */
  | 'opened'
  /** 复核决定: an appeal may follow within 15 days */
  | 'reviewDecided'
  /** 复核: the organ that decided reviews within 30 days; the result stays in force */
  | 'reviewPending'
  /** 撤回 */
  | 'withdrawn';

/** The ruling on a review or an appeal */
export type ReviewDecision =
  /** The result is corrected (never to a worse grade): a new version of the result */
  | 'CORRECTED'
  /** The result stands */
  | 'UPHELD';

/** What a user may do; every role is held over an organisation subtree, its jurisdiction */
export type Role =
  /** Assessment team (考核组): evaluates, gathers facts and proposes grades */
  | 'ASSESSOR'
  /** Auditor (审计查阅): reads everything in the jurisdiction, including the audit trail, and changes nothing */
  | 'AUDITOR'
  /** The assessed cadre (干部本人): writes the self-report, signs the result, may ask for review or appeal */
  | 'CADRE'
  /** Party committee member (党委(党组)成员): approves, changes or sends back grade proposals */
  | 'COMMITTEE'
  /** Business-assessment department (业务考核部门): held at the department itself, enters the results of the business assessments it runs for the units of the region it serves */
  | 'DEPARTMENT'
  /** Discipline inspection (纪检监察): records penalties, investigations and accusations */
  | 'DISCIPLINE'
  /** Personnel department (人事部门): keeps cadre records and carries out results */
  | 'HR'
  /** Organisation department (组织部门): opens and runs cycles, rule sets and indicator schemes */
  | 'ORG_ADMIN'
  /** Rater (测评人): casts democratic-evaluation ballots when invited */
  | 'RATER'
  /** System administrator (系统管理员): manages user accounts and roles only, with no business role */
  | 'SYSTEM_ADMIN';

/** How applying a roster import changes a record */
export type RosterDifferenceKind =
  /** New: not in the database (新增) */
  | 'ADDED'
  /** Some fields change (变更) */
  | 'CHANGED'
  /** A cadre changes unit or an organisation changes parent (调动) */
  | 'MOVED'
  /** An organisation is retired, or a cadre retires or leaves — also a serving cadre missing from the file when asked (撤销/退出) */
  | 'RETIRED';

/** What a roster difference is about */
export type RosterEntity =
  /** A cadre */
  | 'CADRE'
  /** An organisation */
  | 'ORGANISATION'
  /** A status fact of a cadre */
  | 'STATUS';

/** Why a row of a roster file was refused */
export type RosterImportReason =
  /** Not a date YYYY-MM-DD (birth and post dates may be YYYY-MM) */
  | 'BAD_DATE'
  /** The file cannot be read as .xlsx or .csv, or is too large */
  | 'BAD_FILE'
  /** The organisation code appears on an earlier line */
  | 'DUPLICATE_CODE'
  /** The cadre number appears on an earlier line */
  | 'DUPLICATE_PERSON_NO'
  /** The same status of the same cadre from the same day appears on an earlier line */
  | 'DUPLICATE_STATUS'
  /** The last day lies before the first */
  | 'END_BEFORE_START'
  /** The category is not one the kind of organisation may take */
  | 'KIND_CATEGORY_MISMATCH'
  /** A required column is missing from a sheet’s header row */
  | 'MISSING_COLUMN'
  /** A required column is empty (缺少必填项) */
  | 'MISSING_FIELD'
  /** The file has no data row */
  | 'NO_ROWS'
  /** No sheet whose header row the import knows */
  | 'NO_SHEET'
  /** The organisation or cadre lies outside your jurisdiction */
  | 'OUTSIDE_JURISDICTION'
  /** Following the parents leads back to the organisation */
  | 'PARENT_CYCLE'
  /** The organisation at the top of your jurisdiction cannot be given another parent */
  | 'ROOT_MOVED'
  /** More than 200 characters */
  | 'TOO_LONG'
  /** No cadre with the number, neither in the file nor in the database */
  | 'UNKNOWN_CADRE'
  /** No organisation with the managing-jurisdiction code */
  | 'UNKNOWN_MANAGING_UNIT'
  /** No organisation with the parent code, neither in the file nor in the database */
  | 'UNKNOWN_PARENT'
  /** No organisation with the unit code, neither in the file nor in the database */
  | 'UNKNOWN_UNIT'
  /** Not one of the words the column takes (kind, category, rank, gender, status…) */
  | 'UNKNOWN_WORD';

/** Where a roster import stands */
export type RosterImportStatus =
  /** Applied to the roster */
  | 'APPLIED'
  /** Discarded without applying */
  | 'DISCARDED'
  /** Some row was refused: nothing can be applied; correct the file and upload it again */
  | 'INVALID'
  /** Every row is valid and the differences are computed: it can be applied or discarded */
  | 'READY';

/** A sheet of a roster file (or the file as a whole) */
export type RosterSheet =
  /** The cadres sheet (干部) */
  | 'CADRES'
  /** The file as a whole (it cannot be read, has no known sheet, misses a column or has no row) */
  | 'FILE'
  /** The organisations sheet (单位) */
  | 'ORGANISATIONS'
  /** The status-facts sheet (状态信息) */
  | 'STATUSES';

/** The draft of an indicator scheme to save */
export type SaveSchemeDraftInput = {
  /** An OrganisationCategory */
  category: string;
  /** The jurisdiction that owns the scheme */
  jurisdictionId: string | number;
  /** The scheme’s name */
  name: string;
  /** What changed in this draft */
  note?: string;
  /** The dimensions, their weights and indicators */
  tree: Record<string, unknown>;
};

/** The dimensions of an indicator scheme: the five development concepts, then livelihood, party building and safety */
export type SchemeDimension =
  /** 协调发展: high-quality development */
  | 'COORDINATION'
  /** 绿色发展: high-quality development */
  | 'GREEN'
  /** 创新发展: high-quality development */
  | 'INNOVATION'
  /** 民生保障: other indicators */
  | 'LIVELIHOOD'
  /** 开放发展: high-quality development */
  | 'OPENNESS'
  /** 党的建设: other indicators */
  | 'PARTY_BUILDING'
  /** 安全稳定: other indicators */
  | 'SAFETY'
  /** 共享发展: high-quality development */
  | 'SHARING';

/** One component score of one assessment */
export type ScoreRowInput = {
  /** The assessment scored */
  assessmentId: string | number;
  /** WORK_RESULTS, DEVELOPMENT, PUBLIC_SURVEY, OTHER_INDICATORS */
  component: string;
  /** Where the figure comes from (statistics bureau, survey, …) */
  source: string;
  /** The score, 0–100 */
  value: number;
};

/** How an indicator’s value becomes a score */
export type ScoringMethod =
  /** Linear from the baseline to the target */
  | 'LINEAR_TO_TARGET'
  /** By rank among peer organisations */
  | 'RANK_AMONG_PEERS'
  /** By threshold bands */
  | 'THRESHOLDS';

/** A grade the latest annual result must reach (the public-institution scale counts its grade at the same place: 合格 as 称职) */
export type SearchGrade =
  /** BASICALLY_COMPETENT (基本称职) or better */
  | 'BASICALLY_COMPETENT'
  /** COMPETENT (称职) or better */
  | 'COMPETENT'
  /** EXCELLENT (优秀) */
  | 'EXCELLENT';

/** A draft of the self-report to save */
export type SelfReportDraftInput = {
  /** The assessment whose self-report this is */
  assessmentId: string | number;
  /** The draftVersion you loaded (0 for a first save) */
  draftVersion: number;
  /** Duties and targets of the post */
  dutiesAndTargets?: string;
  /** 述廉: the integrity statement */
  integrityStatement?: string;
  /** 述责: how responsibilities were carried out */
  responsibilityStatement?: string;
  /** 述职: the summary of the year’s work */
  workSummary?: string;
};

/** The committee sends the proposal back, with its reason */
export type SendBackInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The committee’s collective decision */
  collective: CollectiveDecisionInput;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** Why the proposal goes back */
  reason: string;
};

/** A cadre’s in-post status (在职状态) from a day */
export type SetCadreEmploymentStatusInput = {
  /** The version you saw; a newer one on the server gives CONFLICT */
  expectedVersion: number;
  /** The cadre */
  id: string | number;
  /** Since when, YYYY-MM-DD */
  since: string;
  /** Serving, retired or left; only serving cadres are enrolled */
  status: EmploymentStatus;
};

/** The jurisdiction whose organisation department manages a cadre (干部管理权限) */
export type SetManagingJurisdictionInput = {
  /** The version you saw; a newer one on the server gives CONFLICT */
  expectedVersion: number;
  /** The cadre */
  id: string | number;
  /** A region (province, city, county) at or above the cadre’s unit; the old and the new one inside your jurisdiction */
  managingOrganisationId: string | number;
};

/** Setting the overlay of an assessment by hand, with its reason */
export type SetOverlayInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** NONE, UNGRADED or COMMENT_ONLY */
  overlay: string;
  /** Why the overlay is set */
  reason: string;
};

/** What happened to an account, as its sign-in history shows it (the audit trail’s actions of the account) */
export type SignInHistoryAction =
  /** An administrator disabled the account */
  | 'ACCOUNT_DISABLED'
  /** An administrator enabled the account */
  | 'ACCOUNT_ENABLED'
  /** An administrator lifted a sign-in delay */
  | 'ACCOUNT_UNLOCKED'
  /** The user changed their password */
  | 'PASSWORD_CHANGED'
  /** An administrator reset the password */
  | 'PASSWORD_RESET'
  /** Signed in */
  | 'SIGNED_IN'
  /** Signed out */
  | 'SIGNED_OUT'
  /** A sign-in failed (wrong password) */
  | 'SIGN_IN_FAILED'
  /** A sign-in failed and further attempts are delayed */
  | 'SIGN_IN_THROTTLED'
  /** The account was created */
  | 'USER_CREATED';

/** The credentials of a password sign-in */
export type SignInInput = {
  /** The account password; repeated failures lock the account for a while */
  password: string;
  /** The account name given by the system administrator */
  username: string;
};

/** The person signs the written notice */
export type SignNoticeInput = {
  /** The assessment acted on */
  assessmentId: string | number;
  /** The version you saw (stale → CONFLICT) */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** The person’s own opinion on the result, if any */
  opinion?: string | null | undefined;
};

/** 动机态度、客观条件、程序方法、性质程度、后果影响、挽回损失 */
export type SixFactorsInput = {
  /** 后果影响: its consequences and impact */
  consequences: string;
  /** 动机态度: the motive and attitude behind the decision that went wrong */
  motive: string;
  /** 性质程度: the nature and degree of the mistake */
  natureAndDegree: string;
  /** 客观条件: the objective conditions the cadre acted under */
  objectiveConditions: string;
  /** 程序方法: whether the procedure and methods were proper */
  procedure: string;
  /** 挽回损失: what was done to limit or recover the losses */
  remedialEffort: string;
};

/** What a special assessment’s gate does to the annual grade */
export type SpecialGateEffect =
  /** The annual may not be EXCELLENT */
  | 'NO_EXCELLENT'
  /** The annual is at most one level below the grade its score gives */
  | 'ONE_LEVEL_DOWN';

/** A special cycle’s rule: its mode, the threshold grade, and the points or the gate’s effect */
export type SpecialRuleInput = {
  /** The special cycle */
  cycleId: string | number;
  /** Gate: what it does */
  gateEffect?: SpecialGateEffect | null | undefined;
  /** Bonus, deduction or gate */
  mode: SpecialRuleMode;
  /** Bonus or deduction: the points, more than 0 and at most the year’s limit */
  points?: number | null | undefined;
  /** The threshold grade */
  threshold: RegularGrade;
};

/** How a special assessment (专项考核) counts in the annual of its year */
export type SpecialRuleMode =
  /** Adds its points to the annual composite when the result is at or above the threshold grade */
  | 'BONUS'
  /** Takes its points off the annual composite when the result is at or below the threshold grade */
  | 'DEDUCTION'
  /** When the result is at or below the threshold grade: no EXCELLENT, or one level below the grade the score gives */
  | 'GATE';

/** Accountability or a sanction procedure starts against a cadre */
export type StartAccountabilityInput = {
  /** The cadre held accountable */
  cadreId: string | number;
  /** PARTY_WARNING, GOVERNMENT_WARNING, ADMONISHMENT, REASSIGNMENT, SERIOUS_PARTY_WARNING, DEMERIT, ORDERED_RESIGNATION, REMOVAL, DEMOTION, MAJOR_DEMERIT, DOWNGRADE, DISMISSAL_FROM_POST, REMOVAL_FROM_PARTY_POST, PARTY_PROBATION, EXPULSION */
  kind: string;
  /** What the procedure is about */
  note?: string;
  /** The day the procedure started (YYYY-MM-DD) */
  startedOn: string;
};

/** What a survey asks about */
export type SurveyKind =
  /** Satisfaction with the ecological environment (生态环境满意度) */
  | 'ECOLOGY_SATISFACTION'
  /** Public opinion of the leadership team’s work (民意调查) */
  | 'PUBLIC_OPINION'
  /** Satisfaction with basic public services (基本公共服务满意度) */
  | 'PUBLIC_SERVICE_SATISFACTION';

/** A question of the questionnaire */
export type SurveyQuestionInput = {
  /** Its code: a letter then up to 19 letters, digits or _ (e.g. Q1); the column of the firm’s file */
  code: string;
  /** The question as asked */
  text: string;
  /** Its weight (relative, > 0) */
  weight: number;
};

/** One organisation of the sample plan */
export type SurveySampleInput = {
  /** The organisation surveyed (its leadership team is graded) */
  organisationId: string | number;
  /** The target number of responses */
  target: number;
};

/** Where a survey stands */
export type SurveyState =
  /** Fieldwork closed: results are checked and may still be corrected */
  | 'CLOSED'
  /** In fieldwork: the questionnaire is frozen; results may be imported or entered */
  | 'FIELDWORK'
  /** Planned: sample plan, questionnaire and window may change */
  | 'PLANNED'
  /** Published: its scores are the surveyed teams’ survey component; final */
  | 'PUBLISHED';

/** A term cycle’s term: its first and last day */
export type TermPeriodInput = {
  /** The term cycle */
  cycleId: string | number;
  /** The term’s last day, YYYY-MM-DD */
  endsOn: string;
  /** The term’s first day, YYYY-MM-DD */
  startsOn: string;
};

/** A term target as entered */
export type TermTargetInput = {
  /** Achieved (true), not achieved (false), not judged yet (null) */
  achieved?: boolean | null | undefined;
  /** How it is measured */
  measure: string;
  /** A score 0–100, when one is given */
  score?: number | null | undefined;
  /** The target */
  target: string;
};

/** The whole list of a term assessment’s targets (replaces the list) */
export type TermTargetsInput = {
  /** The term assessment */
  assessmentId: string | number;
  /** The targets in order, at most 20 */
  targets: Array<TermTargetInput>;
};

/** The three distinctions (三个区分开来) a tolerated mistake falls under */
export type ToleranceDistinction =
  /** Mistakes in exploration not yet restricted, not defiance of an explicit ban */
  | 'EXPLORATION_NOT_YET_RESTRICTED'
  /** Mistakes from inexperience while piloting reform, not knowing violations */
  | 'PILOTING_REFORM_INEXPERIENCE'
  /** Unintended errors while promoting development, not violations for private gain */
  | 'UNINTENDED_ERROR_FOR_DEVELOPMENT';

/** The top-level states of remedial training (the remedialTraining machine; overdue steps add .overdue) */
export type TrainingState =
  /** 已安排: HR enrols the person in a course */
  | 'assigned'
  /** 已撤销: cancelled for cause */
  | 'cancelled'
  /** 已结业: HR verifies it */
  | 'completed'
  /** 已报名: in training */
  | 'enrolled'
  /** 已核实 */
  | 'verified';

/** An explicit exception to the minimum turnout: the ballots close below it, and the reason is recorded with who gave it */
export type TurnoutExceptionInput = {
  /** Why the evaluation closes below the minimum turnout (recorded on the assessment and in the audit trail) */
  reason: string;
};

/** Changes to a cadre record; fields left out stay as they are */
export type UpdateCadreInput = {
  /** New in-post status (在职状态); give employmentStatusSince with it */
  employmentStatus?: EmploymentStatus | null | undefined;
  /** Since when the in-post status holds, YYYY-MM-DD */
  employmentStatusSince?: string | null | undefined;
  /** The version you edited; a newer one on the server gives CONFLICT */
  expectedVersion: number;
  /** The cadre to change */
  id: string | number;
  /** New managing jurisdiction (干部管理权限): the cadre’s organisation or one above it; both the old and the new one inside your jurisdiction */
  managingOrganisationId?: string | number | null | undefined;
  /** New full name, up to 64 characters */
  name?: string | null | undefined;
  /** Move the cadre to another organisation (both inside your jurisdiction) */
  organisationId?: string | number | null | undefined;
  /** Now principal or deputy */
  positionType?: PositionType | null | undefined;
  /** New post held (职务), up to 200 characters */
  post?: string | null | undefined;
  /** New rank level */
  rankLevel?: RankLevel | null | undefined;
  /** Whether the cadre sits on the leadership team (领导班子成员) of their unit */
  teamMember?: boolean | null | undefined;
  /** When the cadre took up the current post, YYYY-MM-DD */
  tookPostOn?: string | null | undefined;
};

/** Changes to an organisation; fields left out stay as they are */
export type UpdateOrganisationInput = {
  /** New assessment category; it must belong to the kind */
  category?: OrganisationCategory | null | undefined;
  /** The version you edited; a newer one on the server gives CONFLICT */
  expectedVersion: number;
  /** The organisation to change */
  id: string | number;
  /** New kind; the category must still belong to it */
  kind?: OrganisationKind | null | undefined;
  /** New official name, up to 100 characters */
  name?: string | null | undefined;
  /** Whether it is a restricted-development or ecologically fragile zone */
  restrictedDevelopment?: boolean | null | undefined;
};

/** How createAccountsForUnit names the accounts it creates (names are never transliterated: no pinyin is available offline) */
export type UsernameRule =
  /** The cadre’s personnel number (干部编号) as it is, e.g. QH-0042 */
  | 'PERSON_NO'
  /** A prefix, then the personnel number, e.g. taining.QH-0042 (usernamePrefix) */
  | 'PREFIX_PERSON_NO';

/** The verification of an accusation, one finding per point */
export type VerifyAccusationInput = {
  /** The case to act on */
  caseId: string | number;
  /** The case version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** One per point, in order: UNTRUE, UNPROVEN, SUBSTANTIATED */
  findings: Array<string>;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
};

/** Verifies a carried-out outcome or a completed training */
export type VerifyOutcomeInput = {
  /** The task version you saw: a stale one is refused with CONFLICT */
  expectedVersion?: number | null | undefined;
  /** A retry with the same key returns the first answer and changes nothing */
  idempotencyKey?: string | null | undefined;
  /** What was checked, if anything is worth noting */
  note?: string | null | undefined;
  /** The outcome task to act on */
  outcomeId: string | number;
};

/** What applying a veto item does to the grade */
export type VetoEffect =
  /** The lowest grade of the scale, whatever the score */
  | 'LOWEST_GRADE'
  /** EXCELLENT is barred */
  | 'NO_EXCELLENT';

export type PasswordPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type PasswordPolicyQuery = { passwordPolicy: { minLength: number, minClasses: number, expiryDays: number } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { userId: string, username: string, displayName: string, cadreId: string | null, permissions: Array<string>, passwordChangeRequired: PasswordChangeReason | null, grants: Array<{ role: Role, organisation: { id: string, name: string } }> } };

export type SignInHistoryQueryVariables = Exact<{
  userId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SignInHistoryQuery = { signInHistory: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, action: SignInHistoryAction, succeeded: boolean, ip: string | null, userAgent: string | null, method: string | null, actorUsername: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateAccountsForUnitMutationVariables = Exact<{
  input: CreateAccountsForUnitInput;
}>;


export type CreateAccountsForUnitMutation = { createAccountsForUnit: { skippedCount: number, signInUrl: string, created: Array<{ userId: string, username: string, oneTimePassword: string, displayName: string, cadreId: string, personNo: string, organisationName: string }>, skipped: Array<{ cadreId: string, name: string, personNo: string, organisationName: string, reason: AccountSkipReason, username: string | null }> } };

export type ResetPasswordMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResetPasswordMutation = { resetPassword: { oneTimePassword: string, user: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } } };

export type DisableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type DisableUserMutation = { disableUser: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type EnableUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type EnableUserMutation = { enableUser: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type AccountCadreCandidatesQueryVariables = Exact<{
  search: string;
}>;


export type AccountCadreCandidatesQuery = { accountCadreCandidates: Array<{ cadreId: string, personNo: string, name: string, organisationName: string, post: string, username: string | null }> };

export type AnnouncingCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnouncingCyclesQuery = { cycles: Array<{ id: string, kind: CycleKind, name: string, year: number, state: string }> };

export type DistributionFieldsFragment = { teams: number, teamsExcellent: number, teamsGood: number, teamsAverage: number, teamsPoor: number, teamsUndecided: number, cadres: number, cadresExcellent: number, cadresCompetent: number, cadresBasicallyCompetent: number, cadresIncompetent: number, cadresNotGraded: number, cadresUndecided: number, excellentTeamPercent: number | null, rectificationTeamPercent: number | null, excellentCadrePercent: number | null };

export type DistributionGroupFieldsFragment = { key: string, name: string | null, teams: number, teamsExcellent: number, teamsGood: number, teamsAverage: number, teamsPoor: number, teamsUndecided: number, cadres: number, cadresExcellent: number, cadresCompetent: number, cadresBasicallyCompetent: number, cadresIncompetent: number, cadresNotGraded: number, cadresUndecided: number, excellentTeamPercent: number | null, rectificationTeamPercent: number | null, excellentCadrePercent: number | null };

export type ReportTeamFieldsFragment = { totalCount: number, nodes: Array<{ assessmentId: string, organisationId: string, organisationName: string, kind: OrganisationKind, category: OrganisationCategory, regionName: string | null, grade: string }> };

export type ResultsReportQueryVariables = Exact<{
  cycleId: string | number;
  organisationId?: string | number | null | undefined;
  category?: OrganisationCategory | null | undefined;
}>;


export type ResultsReportQuery = { resultsReport: { cycleId: string, organisationId: string, organisationName: string, category: OrganisationCategory | null, total: { teams: number, teamsExcellent: number, teamsGood: number, teamsAverage: number, teamsPoor: number, teamsUndecided: number, cadres: number, cadresExcellent: number, cadresCompetent: number, cadresBasicallyCompetent: number, cadresIncompetent: number, cadresNotGraded: number, cadresUndecided: number, excellentTeamPercent: number | null, rectificationTeamPercent: number | null, excellentCadrePercent: number | null }, regions: Array<{ key: string, name: string | null, teams: number, teamsExcellent: number, teamsGood: number, teamsAverage: number, teamsPoor: number, teamsUndecided: number, cadres: number, cadresExcellent: number, cadresCompetent: number, cadresBasicallyCompetent: number, cadresIncompetent: number, cadresNotGraded: number, cadresUndecided: number, excellentTeamPercent: number | null, rectificationTeamPercent: number | null, excellentCadrePercent: number | null }>, categories: Array<{ key: string, name: string | null, teams: number, teamsExcellent: number, teamsGood: number, teamsAverage: number, teamsPoor: number, teamsUndecided: number, cadres: number, cadresExcellent: number, cadresCompetent: number, cadresBasicallyCompetent: number, cadresIncompetent: number, cadresNotGraded: number, cadresUndecided: number, excellentTeamPercent: number | null, rectificationTeamPercent: number | null, excellentCadrePercent: number | null }>, excellentTeams: { totalCount: number, nodes: Array<{ assessmentId: string, organisationId: string, organisationName: string, kind: OrganisationKind, category: OrganisationCategory, regionName: string | null, grade: string }> }, rectificationTeams: { totalCount: number, nodes: Array<{ assessmentId: string, organisationId: string, organisationName: string, kind: OrganisationKind, category: OrganisationCategory, regionName: string | null, grade: string }> }, outstandingRegions: { totalCount: number, nodes: Array<{ assessmentId: string, organisationId: string, organisationName: string, kind: OrganisationKind, category: OrganisationCategory, regionName: string | null, grade: string }> }, bonusCoefficients: Array<{ grade: string, coefficient: number }> } };

export type AnnouncementListsQueryVariables = Exact<{
  cycleId: string | number;
}>;


export type AnnouncementListsQuery = { announcementLists: Array<{ cycleId: string, kind: AnnouncementListKind, number: string | null, issuedOn: string | null, entryCount: number, entries: Array<{ assessmentId: string, name: string, organisationName: string, post: string | null, grade: string, firstYear: number, lastYear: number }> }> };

export type IssueAnnouncementListMutationVariables = Exact<{
  input: IssueAnnouncementListInput;
}>;


export type IssueAnnouncementListMutation = { issueAnnouncementList: { cycleId: string, kind: AnnouncementListKind, number: string | null, issuedOn: string | null } };

export type SubmitSelfReportMutationVariables = Exact<{
  input: ActionInput;
}>;


export type SubmitSelfReportMutation = { submitSelfReport: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type ReturnSelfReportMutationVariables = Exact<{
  input: ReasonActionInput;
}>;


export type ReturnSelfReportMutation = { returnSelfReport: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type AcceptSelfReportMutationVariables = Exact<{
  input: ActionInput;
}>;


export type AcceptSelfReportMutation = { acceptSelfReport: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type RecordRefusalMutationVariables = Exact<{
  input: ReasonActionInput;
}>;


export type RecordRefusalMutation = { recordRefusal: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type OpenBallotsMutationVariables = Exact<{
  input: ActionInput;
}>;


export type OpenBallotsMutation = { openBallots: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type CloseBallotsMutationVariables = Exact<{
  input: ActionInput;
  turnoutException?: TurnoutExceptionInput | null | undefined;
}>;


export type CloseBallotsMutation = { closeBallots: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type RecordTalkMutationVariables = Exact<{
  input: RecordTalkInput;
}>;


export type RecordTalkMutation = { recordTalk: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type RecordOpinionMutationVariables = Exact<{
  input: RecordOpinionInput;
}>;


export type RecordOpinionMutation = { recordOpinion: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type CompleteEvaluationMutationVariables = Exact<{
  input: ActionInput;
}>;


export type CompleteEvaluationMutation = { completeEvaluation: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type ProposeGradeMutationVariables = Exact<{
  input: ProposeGradeInput;
}>;


export type ProposeGradeMutation = { proposeGrade: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type ApproveGradeMutationVariables = Exact<{
  input: ApproveGradeInput;
}>;


export type ApproveGradeMutation = { approveGrade: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type ChangeGradeMutationVariables = Exact<{
  input: ChangeGradeInput;
}>;


export type ChangeGradeMutation = { changeGrade: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type SendBackProposalMutationVariables = Exact<{
  input: SendBackInput;
}>;


export type SendBackProposalMutation = { sendBackProposal: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type OpenPublicNoticeMutationVariables = Exact<{
  input: OpenNoticeInput;
}>;


export type OpenPublicNoticeMutation = { openPublicNotice: Array<{ id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> }> };

export type LodgeObjectionMutationVariables = Exact<{
  input: LodgeObjectionInput;
}>;


export type LodgeObjectionMutation = { lodgeObjection: { assessmentId: string, receivedAt: string, objectionId: string | null, attachmentToken: string | null } };

export type InvestigateObjectionMutationVariables = Exact<{
  input: ObjectionDecisionInput;
}>;


export type InvestigateObjectionMutation = { investigateObjection: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type UpholdObjectionMutationVariables = Exact<{
  input: ObjectionDecisionInput;
}>;


export type UpholdObjectionMutation = { upholdObjection: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type DismissObjectionMutationVariables = Exact<{
  input: ObjectionDecisionInput;
}>;


export type DismissObjectionMutation = { dismissObjection: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type ClosePublicNoticeMutationVariables = Exact<{
  input: ActionInput;
}>;


export type ClosePublicNoticeMutation = { closePublicNotice: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type IssueWrittenNoticeMutationVariables = Exact<{
  input: ActionInput;
}>;


export type IssueWrittenNoticeMutation = { issueWrittenNotice: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type SignWrittenNoticeMutationVariables = Exact<{
  input: SignNoticeInput;
}>;


export type SignWrittenNoticeMutation = { signWrittenNotice: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type GiveFeedbackMutationVariables = Exact<{
  input: FeedbackInput;
}>;


export type GiveFeedbackMutation = { giveFeedback: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type FileAssessmentMutationVariables = Exact<{
  input: ActionInput;
}>;


export type FileAssessmentMutation = { fileAssessment: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type SubmitSummaryMutationVariables = Exact<{
  input: ActionInput;
}>;


export type SubmitSummaryMutation = { submitSummary: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type CompleteFactFindingMutationVariables = Exact<{
  input: ActionInput;
}>;


export type CompleteFactFindingMutation = { completeFactFinding: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type AppraiseMutationVariables = Exact<{
  input: AppraiseInput;
}>;


export type AppraiseMutation = { appraise: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type AssessmentCoreFieldsFragment = { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> };

export type AssessmentSummaryFieldsFragment = { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> };

export type LifecycleFieldsFragment = { machine: string, current: string, nodes: Array<{ id: string, parent: string | null, description: string | null, final: boolean, current: boolean }>, edges: Array<{ from: string, to: string, event: string, guard: string | null }> };

export type HistoryFieldsFragment = { id: string, occurredAt: string, action: string, actorName: string | null, actorRole: string | null, fromState: string | null, toState: string | null, payload: Record<string, unknown> };

export type SelfReportFieldsFragment = { workSummary: string, dutiesAndTargets: string, responsibilityStatement: string, integrityStatement: string, draftVersion: number, draftSavedAt: string | null, submittedAt: string | null, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }> };

export type AssessmentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentDetailQuery = { assessment: { teamAssessmentId: string | null, id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }> }>, team: { id: string, state: string, proposedGrade: string | null, finalGrade: string | null } | null, members: Array<{ id: string, state: string, overlay: string, proposedGrade: string | null, finalGrade: string | null, cadre: { id: string, name: string, post: string } | null }>, selfReport: { workSummary: string, dutiesAndTargets: string, responsibilityStatement: string, integrityStatement: string, draftVersion: number, draftSavedAt: string | null, submittedAt: string | null, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }> } | null, evaluationRecords: Array<{ id: string, kind: string, source: string | null, summary: string, recordedAt: string }>, turnoutException: { reason: string, recordedBy: string | null, recordedAt: string, invited: number, returned: number, turnoutPercent: number, minimumTurnoutPercent: number } | null, gradingResult: { version: number, grade: string, score: number | null, flags: Array<string>, quota: Record<string, unknown> | null, evaluation: Record<string, unknown> | null, computedAt: string, components: Array<{ key: string, weight: number, value: number | null, contribution: number, source: string | null, surveySource: { surveys: Array<{ surveyId: string, title: string, responses: number, margin: number | null }>, rating: { score: number, sharePercent: number } | null } | null }>, gates: Array<{ code: string, effect: string, detail: string }> } | null, lifecycle: { machine: string, current: string, nodes: Array<{ id: string, parent: string | null, description: string | null, final: boolean, current: boolean }>, edges: Array<{ from: string, to: string, event: string, guard: string | null }> }, historyPage: { nodes: Array<{ id: string, occurredAt: string, action: string, actorName: string | null, actorRole: string | null, fromState: string | null, toState: string | null, payload: Record<string, unknown> }> }, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind } } };

export type SelfReportOfQueryVariables = Exact<{
  id: string | number;
}>;


export type SelfReportOfQuery = { assessment: { id: string, version: number, availableActions: Array<string>, selfReport: { workSummary: string, dutiesAndTargets: string, responsibilityStatement: string, integrityStatement: string, draftVersion: number, draftSavedAt: string | null, submittedAt: string | null, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }> } | null } };

export type AssessmentSummaryQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentSummaryQuery = { assessment: { id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> } };

export type AssessmentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  cycleId?: string | number | null | undefined;
  organisationId?: string | number | null | undefined;
  state?: string | null | undefined;
  grade?: string | null | undefined;
  kind?: AssessmentKind | null | undefined;
  cadreId?: string | number | null | undefined;
}>;


export type AssessmentsQuery = { assessments: { totalCount: number, nodes: Array<{ id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WorkQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type WorkQueueQuery = { workQueue: { totalCount: number, nodes: Array<{ id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type WorkQueueCountQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkQueueCountQuery = { workQueue: { totalCount: number } };

export type MyAssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssessmentsQuery = { myAssessments: Array<{ id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, selfReport: { workSummary: string, dutiesAndTargets: string, responsibilityStatement: string, integrityStatement: string, draftVersion: number, draftSavedAt: string | null, submittedAt: string | null, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }> } | null, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> }> };

export type MyNotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyNotificationsQuery = { myNotifications: { unread: number, endCursor: string | null, nodes: Array<{ id: string, kind: string, assessmentId: string | null, createdAt: string, readAt: string | null, payload: Record<string, unknown> }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type SaveSelfReportDraftMutationVariables = Exact<{
  input: SelfReportDraftInput;
}>;


export type SaveSelfReportDraftMutation = { saveSelfReportDraft: { workSummary: string, dutiesAndTargets: string, responsibilityStatement: string, integrityStatement: string, draftVersion: number, draftSavedAt: string | null, submittedAt: string | null, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }> } };

export type PublicNoticesQueryVariables = Exact<{ [key: string]: never; }>;


export type PublicNoticesQuery = { publicNotices: Array<{ assessmentId: string, subject: string, post: string | null, organisationName: string, grade: string, startsOn: string, endsOn: string }> };

export type GradingResultFieldsFragment = { version: number, grade: string, score: number | null, flags: Array<string>, quota: Record<string, unknown> | null, evaluation: Record<string, unknown> | null, computedAt: string, components: Array<{ key: string, weight: number, value: number | null, contribution: number, source: string | null, surveySource: { surveys: Array<{ surveyId: string, title: string, responses: number, margin: number | null }>, rating: { score: number, sharePercent: number } | null } | null }>, gates: Array<{ code: string, effect: string, detail: string }> };

export type ReviewQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { assessments: { totalCount: number, nodes: Array<{ id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, gradingResult: { version: number, grade: string, score: number | null, flags: Array<string>, quota: Record<string, unknown> | null, evaluation: Record<string, unknown> | null, computedAt: string, components: Array<{ key: string, weight: number, value: number | null, contribution: number, source: string | null, surveySource: { surveys: Array<{ surveyId: string, title: string, responses: number, margin: number | null }>, rating: { score: number, sharePercent: number } | null } | null }>, gates: Array<{ code: string, effect: string, detail: string }> } | null, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TeamReportCandidatesQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type TeamReportCandidatesQuery = { cadres: { nodes: Array<{ id: string, name: string, post: string }> } };

export type DesignateTeamReportAuthorMutationVariables = Exact<{
  input: DesignateTeamReportAuthorInput;
}>;


export type DesignateTeamReportAuthorMutation = { designateTeamReportAuthor: { id: string } };

export type AttachmentFieldsFragment = { id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean };

export type AttachmentLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type AttachmentLimitsQuery = { attachmentLimits: { maxBytes: number, maxPerOwner: number, maxPerObjection: number, extensions: Array<string> } };

export type DeleteAttachmentMutationVariables = Exact<{
  input: DeleteAttachmentInput;
}>;


export type DeleteAttachmentMutation = { deleteAttachment: { id: string } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  action?: string | null | undefined;
  actor?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, actorUserId: string | null, actorName: string | null, actorRole: string | null, action: string, entityType: string, entityId: string, subjectName: string | null, seq: number, fromState: string | null, toState: string | null, fromVersion: number | null, payload: Record<string, unknown>, hash: string, prevHash: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyAuditChainQueryVariables = Exact<{
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, rowsChecked: number, streamsChecked: number, brokenEntryId: string | null, reason: string | null } };

export type AuditVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditVocabularyQuery = { vocabulary: { auditEntityTypes: Array<AuditEntityType>, auditActions: Array<AuditAction> } };

export type SignInOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOptionsQuery = { signInOptions: { identityProvider: { displayName: string, startPath: string, issuer: string, passwordForLinkedAccounts: boolean } | null } };

export type ViewerFieldsFragment = { userId: string, username: string, displayName: string, cadreId: string | null, permissions: Array<string>, passwordChangeRequired: PasswordChangeReason | null, grants: Array<{ role: Role, organisation: { id: string, name: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userId: string, username: string, displayName: string, cadreId: string | null, permissions: Array<string>, passwordChangeRequired: PasswordChangeReason | null, grants: Array<{ role: Role, organisation: { id: string, name: string } }> } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { expiresAt: string, viewer: { userId: string, username: string, displayName: string, cadreId: string | null, permissions: Array<string>, passwordChangeRequired: PasswordChangeReason | null, grants: Array<{ role: Role, organisation: { id: string, name: string } }> } } };

export type EndSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type EndSessionMutation = { endSession: { providerSignOutUrl: string | null } };

export type MyBallotInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBallotInvitationsQuery = { myBallotInvitations: Array<{ assessmentId: string, group: string, state: string, kind: string, subject: string, post: string | null, organisationName: string, cycleName: string, overallVotes: Array<OverallVote> }> };

export type CastBallotMutationVariables = Exact<{
  input: CastBallotInput;
}>;


export type CastBallotMutation = { castBallot: boolean };

export type BusinessAssessmentFieldsFragment = { id: string, cycleId: string, name: string, departmentId: string, departmentName: string, coversTeams: boolean, coversCadres: boolean, organisationKinds: Array<OrganisationKind>, mode: BusinessAssessmentMode, weight: number | null, inspectionsPerUnit: number, unitsCovered: number, resultsEntered: number, declaredAt: string };

export type CycleBusinessQueryVariables = Exact<{
  cycleId: string | number;
}>;


export type CycleBusinessQuery = { businessAssessments: Array<{ id: string, cycleId: string, name: string, departmentId: string, departmentName: string, coversTeams: boolean, coversCadres: boolean, organisationKinds: Array<OrganisationKind>, mode: BusinessAssessmentMode, weight: number | null, inspectionsPerUnit: number, unitsCovered: number, resultsEntered: number, declaredAt: string }>, businessAssessmentReport: { absorbed: number, unitsCovered: number, resultsEntered: number, resultsMissing: number, inspectionsReplaced: number, lines: Array<{ id: string, name: string, departmentName: string, mode: BusinessAssessmentMode, unitsCovered: number, resultsEntered: number, resultsMissing: number, failed: number, inspectionsReplaced: number }> } };

export type MyBusinessQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBusinessQuery = { myBusinessAssessments: Array<{ id: string, cycleId: string, name: string, departmentId: string, departmentName: string, coversTeams: boolean, coversCadres: boolean, organisationKinds: Array<OrganisationKind>, mode: BusinessAssessmentMode, weight: number | null, inspectionsPerUnit: number, unitsCovered: number, resultsEntered: number, declaredAt: string }> };

export type BusinessUnitsQueryVariables = Exact<{
  id: string | number;
}>;


export type BusinessUnitsQuery = { businessAssessmentUnits: Array<{ organisationId: string, organisationCode: string, organisationName: string, version: number | null, score: number | null, passed: boolean | null, note: string | null, recordedByName: string | null, recordedAt: string | null }> };

export type DeclareBusinessMutationVariables = Exact<{
  input: DeclareBusinessAssessmentInput;
}>;


export type DeclareBusinessMutation = { declareBusinessAssessment: string };

export type EnterBusinessResultsMutationVariables = Exact<{
  input: EnterBusinessResultsInput;
}>;


export type EnterBusinessResultsMutation = { enterBusinessResults: number };

export type ImportBusinessResultsMutationVariables = Exact<{
  input: ImportBusinessResultsInput;
}>;


export type ImportBusinessResultsMutation = { importBusinessResults: number };

export type CadresQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  includeSubtree?: boolean | null | undefined;
  search?: string | null | undefined;
  rankLevel?: RankLevel | null | undefined;
  positionType?: PositionType | null | undefined;
  employmentStatus?: EmploymentStatus | null | undefined;
}>;


export type CadresQuery = { cadres: { totalCount: number, nodes: Array<{ id: string, name: string, post: string, rankLevel: RankLevel, positionType: PositionType, employmentStatus: EmploymentStatus, teamMember: boolean, organisation: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CadreDetailFieldsFragment = { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, teamMember: boolean, employmentStatus: EmploymentStatus, employmentStatusSince: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, postings: Array<{ year: number, cycleName: string, assessmentId: string, organisationName: string, postTitle: string | null, rankLevel: RankLevel | null, finalGrade: string | null }>, managingOrganisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> };

export type CadreDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CadreDetailQuery = { cadre: { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, teamMember: boolean, employmentStatus: EmploymentStatus, employmentStatusSince: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, postings: Array<{ year: number, cycleName: string, assessmentId: string, organisationName: string, postTitle: string | null, rankLevel: RankLevel | null, finalGrade: string | null }>, managingOrganisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> } };

export type RecordCadreStatusMutationVariables = Exact<{
  input: RecordCadreStatusInput;
}>;


export type RecordCadreStatusMutation = { recordCadreStatus: { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, teamMember: boolean, employmentStatus: EmploymentStatus, employmentStatusSince: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, postings: Array<{ year: number, cycleName: string, assessmentId: string, organisationName: string, postTitle: string | null, rankLevel: RankLevel | null, finalGrade: string | null }>, managingOrganisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> } };

export type CreateCadreMutationVariables = Exact<{
  input: CreateCadreInput;
}>;


export type CreateCadreMutation = { createCadre: { id: string } };

export type UpdateCadreMutationVariables = Exact<{
  input: UpdateCadreInput;
}>;


export type UpdateCadreMutation = { updateCadre: { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, teamMember: boolean, employmentStatus: EmploymentStatus, employmentStatusSince: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, postings: Array<{ year: number, cycleName: string, assessmentId: string, organisationName: string, postTitle: string | null, rankLevel: RankLevel | null, finalGrade: string | null }>, managingOrganisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> } };

export type MoveCadreMutationVariables = Exact<{
  input: MoveCadreInput;
}>;


export type MoveCadreMutation = { moveCadre: { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, teamMember: boolean, employmentStatus: EmploymentStatus, employmentStatusSince: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, postings: Array<{ year: number, cycleName: string, assessmentId: string, organisationName: string, postTitle: string | null, rankLevel: RankLevel | null, finalGrade: string | null }>, managingOrganisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> } };

export type SetCadreEmploymentStatusMutationVariables = Exact<{
  input: SetCadreEmploymentStatusInput;
}>;


export type SetCadreEmploymentStatusMutation = { setCadreEmploymentStatus: { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, teamMember: boolean, employmentStatus: EmploymentStatus, employmentStatusSince: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, postings: Array<{ year: number, cycleName: string, assessmentId: string, organisationName: string, postTitle: string | null, rankLevel: RankLevel | null, finalGrade: string | null }>, managingOrganisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> } };

export type SetManagingJurisdictionMutationVariables = Exact<{
  input: SetManagingJurisdictionInput;
}>;


export type SetManagingJurisdictionMutation = { setManagingJurisdiction: { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, teamMember: boolean, employmentStatus: EmploymentStatus, employmentStatusSince: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, postings: Array<{ year: number, cycleName: string, assessmentId: string, organisationName: string, postTitle: string | null, rankLevel: RankLevel | null, finalGrade: string | null }>, managingOrganisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> } };

export type WorkingCalendarQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkingCalendarQuery = { workingCalendar: { libraryYears: Array<number>, confirmedYears: Array<number>, coveredYears: Array<number>, missingYear: number | null, canManage: boolean, additions: Array<{ day: string }>, warnings: Array<{ year: number, since: string, urgent: boolean }> } };

export type CalendarWarningsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarWarningsQuery = { workingCalendar: { warnings: Array<{ year: number, since: string, urgent: boolean }> } };

export type CalendarYearQueryVariables = Exact<{
  year: number;
}>;


export type CalendarYearQuery = { calendarYear: { year: number, status: string, covered: boolean, confirmedBy: string | null, confirmedAt: string | null, days: Array<{ day: string, kind: string, name: string, source: string | null }> } };

export type SetCalendarDayMutationVariables = Exact<{
  input: CalendarDayInput;
}>;


export type SetCalendarDayMutation = { setCalendarDay: { day: string, kind: string, name: string } };

export type ConfirmCalendarYearMutationVariables = Exact<{
  year: number;
}>;


export type ConfirmCalendarYearMutation = { confirmCalendarYear: number };

type CaseCoreFields_Accusation_Fragment = { id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown> };

type CaseCoreFields_FaultToleranceCase_Fragment = { id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown> };

type CaseCoreFields_ReviewCase_Fragment = { id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown> };

export type CaseCoreFieldsFragment =
  | CaseCoreFields_Accusation_Fragment
  | CaseCoreFields_FaultToleranceCase_Fragment
  | CaseCoreFields_ReviewCase_Fragment
;

export type ReviewCaseFieldsFragment = { assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null };

export type FtCaseFieldsFragment = { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null };

export type AccusationFieldsFragment = { source: string, concernsYear: number, negativeCode: string | null, receivedOn: string, countsAgainst: boolean, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null };

export type ReviewCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  state?: string | null | undefined;
  cadreId?: string | number | null | undefined;
}>;


export type ReviewCasesQuery = { reviewCases: { totalCount: number, nodes: Array<{ assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReviewCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ReviewCaseQuery = { reviewCase: { assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, lifecycle: { machine: string, current: string, nodes: Array<{ id: string, parent: string | null, description: string | null, final: boolean, current: boolean }>, edges: Array<{ from: string, to: string, event: string, guard: string | null }> }, historyPage: { nodes: Array<{ id: string, occurredAt: string, action: string, actorName: string | null, actorRole: string | null, fromState: string | null, toState: string | null, payload: Record<string, unknown> }> }, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null } };

export type FaultToleranceCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  state?: string | null | undefined;
  cadreId?: string | number | null | undefined;
}>;


export type FaultToleranceCasesQuery = { faultToleranceCases: { totalCount: number, nodes: Array<{ penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type FaultToleranceCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultToleranceCaseQuery = { faultToleranceCase: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, lifecycle: { machine: string, current: string, nodes: Array<{ id: string, parent: string | null, description: string | null, final: boolean, current: boolean }>, edges: Array<{ from: string, to: string, event: string, guard: string | null }> }, historyPage: { nodes: Array<{ id: string, occurredAt: string, action: string, actorName: string | null, actorRole: string | null, fromState: string | null, toState: string | null, payload: Record<string, unknown> }> }, cadre: { id: string, name: string, post: string } | null } };

export type AccusationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  state?: string | null | undefined;
  cadreId?: string | number | null | undefined;
}>;


export type AccusationsQuery = { accusations: { totalCount: number, nodes: Array<{ source: string, concernsYear: number, negativeCode: string | null, receivedOn: string, countsAgainst: boolean, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyResultCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type MyResultCasesQuery = { assessment: { id: string, reviewWindow: { noticeOn: string, today: string, reviewable: boolean, reviewableGrades: Array<string>, reviewLastDay: string, directAppealLastDay: string, reviewRequestDays: number, directAppealDays: number, openCaseId: string | null, availableRoutes: Array<string> } | null, reviewCases: Array<{ assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null }>, resultVersions: Array<{ version: number, grade: string, source: string, reason: string | null, decidedAt: string }> } };

export type ResultVersionsQueryVariables = Exact<{
  assessmentId: string | number;
}>;


export type ResultVersionsQuery = { resultVersionsOf: Array<{ version: number, grade: string, previousGrade: string | null, source: string, reason: string | null, caseId: string | null, decidedRole: string | null, decidedAt: string }> };

export type PenaltyFieldsFragment = { id: string, cadreId: string, kind: string, category: string | null, startedOn: string | null, decidedOn: string | null, effectiveUntil: string | null, tolerated: boolean, replacedBy: string | null, note: string, availableActions: Array<string> };

export type CadreCasesQueryVariables = Exact<{
  cadreId: string | number;
}>;


export type CadreCasesQuery = { penaltiesOf: Array<{ id: string, cadreId: string, kind: string, category: string | null, startedOn: string | null, decidedOn: string | null, effectiveUntil: string | null, tolerated: boolean, replacedBy: string | null, note: string, availableActions: Array<string> }>, investigationsOf: Array<{ id: string, cadreId: string, startsOn: string, endsOn: string | null, conclusion: string | null, penaltyId: string | null, note: string, availableActions: Array<string> }> };

export type MyPenaltiesQueryVariables = Exact<{
  cadreId: string | number;
}>;


export type MyPenaltiesQuery = { penaltiesOf: Array<{ id: string, cadreId: string, kind: string, category: string | null, startedOn: string | null, decidedOn: string | null, effectiveUntil: string | null, tolerated: boolean, replacedBy: string | null, note: string, availableActions: Array<string> }>, faultToleranceCases: { nodes: Array<{ penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null }> } };

export type CadrePickQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type CadrePickQuery = { cadres: { nodes: Array<{ id: string, name: string, post: string, organisation: { id: string, name: string } }> } };

export type CadreNameQueryVariables = Exact<{
  id: string | number;
}>;


export type CadreNameQuery = { cadre: { id: string, name: string, post: string, organisation: { id: string, name: string } } };

export type RequestReviewMutationVariables = Exact<{
  input: RequestReviewInput;
}>;


export type RequestReviewMutation = { requestReview: { assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null } };

export type AppealReviewMutationVariables = Exact<{
  input: AppealInput;
}>;


export type AppealReviewMutation = { appealReview: { assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null } };

export type DecideReviewMutationVariables = Exact<{
  input: CaseRulingInput;
}>;


export type DecideReviewMutation = { decideReview: { assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null } };

export type DecideAppealMutationVariables = Exact<{
  input: CaseRulingInput;
}>;


export type DecideAppealMutation = { decideAppeal: { assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null } };

export type ExtendAppealMutationVariables = Exact<{
  input: ExtendAppealInput;
}>;


export type ExtendAppealMutation = { extendAppeal: { assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null } };

export type WithdrawReviewMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type WithdrawReviewMutation = { withdrawReview: { assessmentId: string, route: string, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }>, cadre: { id: string, name: string, post: string } | null } };

export type OpenFaultToleranceMutationVariables = Exact<{
  input: OpenFaultToleranceInput;
}>;


export type OpenFaultToleranceMutation = { openFaultToleranceCase: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type AcceptFaultToleranceMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type AcceptFaultToleranceMutation = { acceptFaultToleranceCase: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type RefuseFaultToleranceMutationVariables = Exact<{
  input: FtTextInput;
}>;


export type RefuseFaultToleranceMutation = { refuseFaultToleranceCase: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type CompleteFaultToleranceInvestigationMutationVariables = Exact<{
  input: FtTextInput;
}>;


export type CompleteFaultToleranceInvestigationMutation = { completeFaultToleranceInvestigation: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type DecideFaultToleranceMutationVariables = Exact<{
  input: DecideFaultToleranceInput;
}>;


export type DecideFaultToleranceMutation = { decideFaultToleranceCase: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type GiveFaultToleranceFeedbackMutationVariables = Exact<{
  input: FtTextInput;
}>;


export type GiveFaultToleranceFeedbackMutation = { giveFaultToleranceFeedback: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type FileFaultToleranceMutationVariables = Exact<{
  input: FtTextInput;
}>;


export type FileFaultToleranceMutation = { fileFaultToleranceCase: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type RecordFaultToleranceCorrectionMutationVariables = Exact<{
  input: FtTextInput;
}>;


export type RecordFaultToleranceCorrectionMutation = { recordFaultToleranceCorrection: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type VerifyFaultToleranceCorrectionMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type VerifyFaultToleranceCorrectionMutation = { verifyFaultToleranceCorrection: { penaltyId: string | null, origin: string, mistakeKey: string, outcome: string | null, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type RecordAccusationMutationVariables = Exact<{
  input: RecordAccusationInput;
}>;


export type RecordAccusationMutation = { recordAccusation: { source: string, concernsYear: number, negativeCode: string | null, receivedOn: string, countsAgainst: boolean, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type VerifyAccusationMutationVariables = Exact<{
  input: VerifyAccusationInput;
}>;


export type VerifyAccusationMutation = { verifyAccusation: { source: string, concernsYear: number, negativeCode: string | null, receivedOn: string, countsAgainst: boolean, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type ClearAccusationMutationVariables = Exact<{
  input: ClearAccusationInput;
}>;


export type ClearAccusationMutation = { clearAccusation: { source: string, concernsYear: number, negativeCode: string | null, receivedOn: string, countsAgainst: boolean, availableActions: Array<string>, id: string, cadreId: string, organisationId: string, state: string, version: number, dueAt: string | null, dueEvent: string | null, createdAt: string, updatedAt: string, context: Record<string, unknown>, cadre: { id: string, name: string, post: string } | null } };

export type RecordPenaltyMutationVariables = Exact<{
  input: PenaltyInput;
}>;


export type RecordPenaltyMutation = { recordPenalty: string };

export type StartAccountabilityMutationVariables = Exact<{
  input: StartAccountabilityInput;
}>;


export type StartAccountabilityMutation = { startAccountability: { id: string, cadreId: string, kind: string, category: string | null, startedOn: string | null, decidedOn: string | null, effectiveUntil: string | null, tolerated: boolean, replacedBy: string | null, note: string, availableActions: Array<string> } };

export type DecidePenaltyMutationVariables = Exact<{
  input: DecidePenaltyInput;
}>;


export type DecidePenaltyMutation = { decidePenalty: { id: string, cadreId: string, kind: string, category: string | null, startedOn: string | null, decidedOn: string | null, effectiveUntil: string | null, tolerated: boolean, replacedBy: string | null, note: string, availableActions: Array<string> } };

export type OpenInvestigationMutationVariables = Exact<{
  input: OpenInvestigationInput;
}>;


export type OpenInvestigationMutation = { openInvestigation: { id: string } };

export type CloseInvestigationMutationVariables = Exact<{
  input: CloseInvestigationInput;
}>;


export type CloseInvestigationMutation = { closeInvestigation: { id: string, conclusion: string | null } };

export type CorroborationQueryVariables = Exact<{
  id: string | number;
  cycleId: string | number;
}>;


export type CorroborationQuery = { assessment: { id: string, state: string, corroboratingFindings: Array<{ id: string, source: FindingSource, findingType: string, findingTypeLabel: string, feeds: FindingFeed, target: string, targetLabel: string, documentRef: string, foundOn: string, summary: string, state: FindingState, stateNote: string, feedsGate: boolean, recordedBy: string | null, recordedAt: string, attachments: Array<{ id: string, name: string, size: number, mediaType: string, uploadedAt: string, uploaderName: string | null, url: string, canDelete: boolean }> }>, vetoConsultations: Array<{ id: string, findingId: string | null, vetoItem: string, vetoItemLabel: string, department: string, question: string, requestedOn: string, dueOn: string, overdue: boolean, state: ConsultationState, applies: boolean | null, answerReason: string | null, answeredBy: string | null, answeredOn: string | null, recordedBy: string | null, withdrawnReason: string | null }> }, corroborationOptions: { consultationWorkingDays: number, findingTypes: Array<{ source: FindingSource, code: string, label: string, feeds: FindingFeed, target: string, targetLabel: string }>, vetoItems: Array<{ code: string, label: string, effect: VetoEffect }> } };

export type RecordFindingMutationVariables = Exact<{
  input: FindingInput;
}>;


export type RecordFindingMutation = { recordFinding: { id: string } };

export type SetFindingStateMutationVariables = Exact<{
  input: FindingStateInput;
}>;


export type SetFindingStateMutation = { setFindingState: { id: string, state: FindingState } };

export type RequestVetoConsultationMutationVariables = Exact<{
  input: ConsultationRequestInput;
}>;


export type RequestVetoConsultationMutation = { requestVetoConsultation: { id: string, dueOn: string } };

export type AnswerVetoConsultationMutationVariables = Exact<{
  input: ConsultationAnswerInput;
}>;


export type AnswerVetoConsultationMutation = { answerVetoConsultation: { id: string, state: ConsultationState } };

export type WithdrawVetoConsultationMutationVariables = Exact<{
  input: ConsultationWithdrawInput;
}>;


export type WithdrawVetoConsultationMutation = { withdrawVetoConsultation: { id: string, state: ConsultationState } };

export type OpenVetoConsultationsQueryVariables = Exact<{
  first: number;
}>;


export type OpenVetoConsultationsQuery = { openVetoConsultations: Array<{ id: string, assessmentId: string, subjectName: string, vetoItemLabel: string, department: string, dueOn: string, overdue: boolean }> };

export type CycleRowFieldsFragment = { id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } };

export type CyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type CyclesQuery = { cycles: Array<{ id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } }> };

export type CycleDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CycleDetailQuery = { cycle: { ruleSetId: string | null, id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, progress: Array<{ state: string, kind: AssessmentKind, count: number }>, lifecycle: { machine: string, current: string, nodes: Array<{ id: string, parent: string | null, description: string | null, final: boolean, current: boolean }>, edges: Array<{ from: string, to: string, event: string, guard: string | null }> }, historyPage: { nodes: Array<{ id: string, occurredAt: string, action: string, actorName: string | null, actorRole: string | null, fromState: string | null, toState: string | null, payload: Record<string, unknown> }> }, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } } };

export type PlanCycleMutationVariables = Exact<{
  input: PlanCycleInput;
}>;


export type PlanCycleMutation = { planCycle: { id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } } };

export type EnrolInCycleMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolInCycleMutation = { enrolInCycle: { id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } } };

export type EnrolInCycleWithReportMutationVariables = Exact<{
  input: EnrolInput;
}>;


export type EnrolInCycleWithReportMutation = { enrolInCycleWithReport: { cadres: number, teams: number, cycle: { id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } }, skipped: Array<{ kind: AssessmentKind, reason: EnrolmentSkipReason, existingCycleId: string | null, existingCycleName: string | null, managingOrganisationName: string | null, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } }> } };

export type OpenCycleMutationVariables = Exact<{
  input: CycleActionInput;
}>;


export type OpenCycleMutation = { openCycle: { id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } } };

export type CloseCycleMutationVariables = Exact<{
  input: CycleActionInput;
}>;


export type CloseCycleMutation = { closeCycle: { id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } } };

export type CancelCycleMutationVariables = Exact<{
  input: CancelCycleInput;
}>;


export type CancelCycleMutation = { cancelCycle: { id: string, kind: CycleKind, name: string, year: number, quarter: number | null, task: string | null, state: string, version: number, availableActions: Array<string>, createdAt: string, organisation: { id: string, name: string }, assessingOrganisation: { id: string, name: string }, deadlines: { selfReportDue: string, evaluationDue: string | null, reviewDue: string | null, finishBy: string } } };

export type CycleKindsQueryVariables = Exact<{
  id: string | number;
}>;


export type CycleKindsQuery = { cycle: { id: string, kind: CycleKind, year: number, settings: Record<string, unknown>, specialRule: { mode: SpecialRuleMode, threshold: RegularGrade, points: number | null, gateEffect: SpecialGateEffect | null, bonusLimit: number, deductionLimit: number } | null, termPeriod: { startsOn: string, endsOn: string } | null } };

export type SetSpecialRuleMutationVariables = Exact<{
  input: SpecialRuleInput;
}>;


export type SetSpecialRuleMutation = { setSpecialRule: { mode: SpecialRuleMode } };

export type SetTermPeriodMutationVariables = Exact<{
  input: TermPeriodInput;
}>;


export type SetTermPeriodMutation = { setTermPeriod: { startsOn: string } };

export type AssessmentTermQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentTermQuery = { assessment: { id: string, kind: AssessmentKind, finalGrade: string | null, termTargets: Array<{ id: string, position: number, target: string, measure: string, achieved: boolean | null, score: number | null }>, termYears: Array<{ year: number, grade: string, assessmentId: string }> } };

export type SetTermTargetsMutationVariables = Exact<{
  input: TermTargetsInput;
}>;


export type SetTermTargetsMutation = { setTermTargets: Array<{ id: string }> };

export type EvaluationInputOptionsQueryVariables = Exact<{
  cycleId: string | number;
}>;


export type EvaluationInputOptionsQuery = { evaluationInputOptions: { scoreComponents: Array<string>, publicSurveyPercent: number, negativeList: Array<{ code: string, label: string }> } };

export type CycleScoresQueryVariables = Exact<{
  cycleId: string | number;
  after?: string | null | undefined;
  first: number;
}>;


export type CycleScoresQuery = { assessments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: AssessmentKind, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string }, scoreInputs: Array<{ component: string, value: number, source: string }> }> } };

export type SetScoresMutationVariables = Exact<{
  rows: Array<ScoreRowInput> | ScoreRowInput;
}>;


export type SetScoresMutation = { setScores: number };

export type ImportScoresMutationVariables = Exact<{
  csv: string;
}>;


export type ImportScoresMutation = { importScores: number };

export type AssessmentInputsQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentInputsQuery = { assessment: { id: string, version: number, kind: AssessmentKind, state: string, overlay: string, availableActions: Array<string>, cycle: { id: string }, politicalReview: { rating: string, veto: boolean, note: string, recordedBy: string | null, recordedAt: string } | null, negativeFindings: Array<{ id: string, code: string, note: string, cleared: boolean, recordedBy: string | null, recordedAt: string }> } };

export type RecordPoliticalReviewMutationVariables = Exact<{
  input: PoliticalReviewInput;
}>;


export type RecordPoliticalReviewMutation = { recordPoliticalReview: boolean };

export type RecordNegativeFindingMutationVariables = Exact<{
  input: NegativeFindingInput;
}>;


export type RecordNegativeFindingMutation = { recordNegativeFinding: boolean };

export type SetOverlayMutationVariables = Exact<{
  input: SetOverlayInput;
}>;


export type SetOverlayMutation = { setOverlay: { id: string, overlay: string, version: number } };

export type InviteRatersMutationVariables = Exact<{
  input: InviteRatersInput;
}>;


export type InviteRatersMutation = { inviteRaters: number };

export type PromotionBlockersQueryVariables = Exact<{
  cadreId: string | number;
}>;


export type PromotionBlockersQuery = { promotionBlockers: { blocked: boolean, blockers: Array<{ kind: string, recordId: string, since: string | null, until: string | null }>, disregarded: Array<{ kind: string, recordId: string, since: string | null, until: string | null }> } };

export type EnrolCadreMutationVariables = Exact<{
  input: EnrolCadreInput;
}>;


export type EnrolCadreMutation = { enrolCadreInCycle: { id: string, state: string } };

export type SetIndicatorValueMutationVariables = Exact<{
  input: IndicatorValueInput;
}>;


export type SetIndicatorValueMutation = { setIndicatorValue: number };

export type AssignResponsibilitiesMutationVariables = Exact<{
  input: AssignResponsibilitiesInput;
}>;


export type AssignResponsibilitiesMutation = { assignIndicatorResponsibilities: Array<string> };

export type CycleSchemesQueryVariables = Exact<{
  id: string | number;
}>;


export type CycleSchemesQuery = { cycle: { id: string, indicatorSchemeVersions: Array<string> } };

export type SchemeIndicatorsQueryVariables = Exact<{
  id: string | number;
}>;


export type SchemeIndicatorsQuery = { indicatorSchemeVersion: { id: string, name: string, category: string, tree: Record<string, unknown> } };

export type GradingRunFieldsFragment = { id: string, cycleId: string, startedByName: string, status: GradingRunStatus, phase: GradingRunPhase | null, done: number, total: number, graded: number, errorCode: string | null, queuedAt: string, startedAt: string | null, finishedAt: string | null, byGrade: Array<{ grade: string, count: number }> };

export type CycleGradingRunsQueryVariables = Exact<{
  id: string | number;
}>;


export type CycleGradingRunsQuery = { cycle: { id: string, state: string, gradingRuns: Array<{ id: string, cycleId: string, startedByName: string, status: GradingRunStatus, phase: GradingRunPhase | null, done: number, total: number, graded: number, errorCode: string | null, queuedAt: string, startedAt: string | null, finishedAt: string | null, byGrade: Array<{ grade: string, count: number }> }> } };

export type GradingRunQueryVariables = Exact<{
  id: string | number;
}>;


export type GradingRunQuery = { gradingRun: { id: string, cycleId: string, startedByName: string, status: GradingRunStatus, phase: GradingRunPhase | null, done: number, total: number, graded: number, errorCode: string | null, queuedAt: string, startedAt: string | null, finishedAt: string | null, byGrade: Array<{ grade: string, count: number }> } | null };

export type StartGradingRunMutationVariables = Exact<{
  cycleId: string | number;
}>;


export type StartGradingRunMutation = { startGradingRun: { id: string, cycleId: string, startedByName: string, status: GradingRunStatus, phase: GradingRunPhase | null, done: number, total: number, graded: number, errorCode: string | null, queuedAt: string, startedAt: string | null, finishedAt: string | null, byGrade: Array<{ grade: string, count: number }> } };

export type GradingProposalsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  cycleId: string | number;
  organisationId?: string | number | null | undefined;
  engineGrade?: string | null | undefined;
}>;


export type GradingProposalsQuery = { assessments: { totalCount: number, nodes: Array<{ id: string, kind: AssessmentKind, state: string, version: number, overlay: string, proposedGrade: string | null, finalGrade: string | null, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, context: Record<string, unknown>, updatedAt: string, gradingResult: { version: number, grade: string, score: number | null, flags: Array<string>, quota: Record<string, unknown> | null, evaluation: Record<string, unknown> | null, computedAt: string, components: Array<{ key: string, weight: number, value: number | null, contribution: number, source: string | null, surveySource: { surveys: Array<{ surveyId: string, title: string, responses: number, margin: number | null }>, rating: { score: number, sharePercent: number } | null } | null }>, gates: Array<{ code: string, effect: string, detail: string }> } | null, cadre: { id: string, name: string, post: string, rankLevel: RankLevel } | null, organisation: { id: string, name: string, teamReportAuthor: { id: string, name: string, post: string } | null }, cycle: { id: string, name: string, year: number, kind: CycleKind }, objections: Array<{ id: string, content: string, status: string, finding: string | null, lodgedAt: string, decidedAt: string | null }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CycleQuotaRaisesQueryVariables = Exact<{
  id: string | number;
}>;


export type CycleQuotaRaisesQuery = { cycle: { id: string, state: string, year: number, organisation: { id: string, name: string }, quotaRule: { percent: number, raisedPercent: number }, quotaRaises: Array<{ id: string, pool: string, organisationId: string | null, organisationName: string | null, rankLevel: string | null, approvedBy: string, documentRef: string, approvedOn: string, recordedByName: string | null, recordedAt: string }> } };

export type RecordQuotaRaiseMutationVariables = Exact<{
  input: QuotaRaiseInput;
}>;


export type RecordQuotaRaiseMutation = { recordQuotaRaise: string };

export type HomeOrganisationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeOrganisationCountQuery = { organisations: { totalCount: number } };

export type HomeCadreCountQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCadreCountQuery = { cadres: { totalCount: number } };

export type MyCadreQueryVariables = Exact<{
  id: string | number;
}>;


export type MyCadreQuery = { cadre: { id: string, name: string, post: string, rankLevel: RankLevel, positionType: PositionType, tookPostOn: string | null, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string } } };

export type SchemeVersionFieldsFragment = { id: string, schemeId: string, jurisdictionId: string, category: string, name: string, version: number, status: string, effectiveFrom: string | null, tree: Record<string, unknown>, note: string, createdAt: string, publishedAt: string | null, issues: Array<{ code: string, node: string, message: string }> };

export type IndicatorSchemeVersionsQueryVariables = Exact<{
  jurisdictionId: string | number;
}>;


export type IndicatorSchemeVersionsQuery = { indicatorSchemeVersions: Array<{ id: string, schemeId: string, jurisdictionId: string, category: string, name: string, version: number, status: string, effectiveFrom: string | null, tree: Record<string, unknown>, note: string, createdAt: string, publishedAt: string | null, issues: Array<{ code: string, node: string, message: string }> }> };

export type SaveIndicatorSchemeDraftMutationVariables = Exact<{
  input: SaveSchemeDraftInput;
}>;


export type SaveIndicatorSchemeDraftMutation = { saveIndicatorSchemeDraft: { id: string, schemeId: string, jurisdictionId: string, category: string, name: string, version: number, status: string, effectiveFrom: string | null, tree: Record<string, unknown>, note: string, createdAt: string, publishedAt: string | null, issues: Array<{ code: string, node: string, message: string }> } };

export type PublishIndicatorSchemeMutationVariables = Exact<{
  input: PublishSchemeInput;
}>;


export type PublishIndicatorSchemeMutation = { publishIndicatorScheme: { id: string, schemeId: string, jurisdictionId: string, category: string, name: string, version: number, status: string, effectiveFrom: string | null, tree: Record<string, unknown>, note: string, createdAt: string, publishedAt: string | null, issues: Array<{ code: string, node: string, message: string }> } };

export type ImportIndicatorFileMutationVariables = Exact<{
  input: ImportIndicatorFileInput;
}>;


export type ImportIndicatorFileMutation = { importIndicatorFile: number };

export type OrganisationOptionFragment = { id: string, name: string, code: string, depth: number, kind: OrganisationKind };

export type OrganisationOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
}>;


export type OrganisationOptionsQuery = { organisations: { nodes: Array<{ id: string, name: string, code: string, depth: number, kind: OrganisationKind }> } };

export type OrganisationOptionByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationOptionByIdQuery = { organisation: { id: string, name: string, code: string, depth: number, kind: OrganisationKind } };

export type OrganisationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  parentId?: string | number | null | undefined;
  kind?: OrganisationKind | null | undefined;
  search?: string | null | undefined;
  includeRetired?: boolean | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, name: string, code: string, kind: OrganisationKind, category: OrganisationCategory, depth: number, parentId: string | null, restrictedDevelopment: boolean, retiredOn: string | null, version: number }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganisationCrumbQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationCrumbQuery = { organisation: { id: string, name: string, parentId: string | null } };

export type OrganisationRowFieldsFragment = { id: string, name: string, code: string, kind: OrganisationKind, category: OrganisationCategory, depth: number, parentId: string | null, restrictedDevelopment: boolean, retiredOn: string | null, version: number };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string, code: string, kind: OrganisationKind, category: OrganisationCategory, depth: number, parentId: string | null, restrictedDevelopment: boolean, retiredOn: string | null, version: number } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, code: string, kind: OrganisationKind, category: OrganisationCategory, depth: number, parentId: string | null, restrictedDevelopment: boolean, retiredOn: string | null, version: number } };

export type MoveOrganisationMutationVariables = Exact<{
  input: MoveOrganisationInput;
}>;


export type MoveOrganisationMutation = { moveOrganisation: { id: string, name: string, code: string, kind: OrganisationKind, category: OrganisationCategory, depth: number, parentId: string | null, restrictedDevelopment: boolean, retiredOn: string | null, version: number } };

export type RetireOrganisationMutationVariables = Exact<{
  input: RetireOrganisationInput;
}>;


export type RetireOrganisationMutation = { retireOrganisation: { id: string, name: string, code: string, kind: OrganisationKind, category: OrganisationCategory, depth: number, parentId: string | null, restrictedDevelopment: boolean, retiredOn: string | null, version: number } };

export type OutcomeTaskFieldsFragment = { id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } };

export type OutcomeTasksQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  state?: string | null | undefined;
  kind?: OutcomeKind | null | undefined;
  cycleId?: string | number | null | undefined;
  organisationId?: string | number | null | undefined;
  cadreId?: string | number | null | undefined;
}>;


export type OutcomeTasksQuery = { outcomeTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } }> } };

export type OutcomeWorkQueueQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OutcomeWorkQueueQuery = { outcomeWorkQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } }> } };

export type OutcomeTaskDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OutcomeTaskDetailQuery = { outcomeTask: { id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, assessment: { id: string, finalGrade: string | null, cycle: { id: string, name: string } }, lifecycle: { machine: string, current: string, nodes: Array<{ id: string, parent: string | null, description: string | null, final: boolean, current: boolean }>, edges: Array<{ from: string, to: string, event: string, guard: string | null }> }, historyPage: { nodes: Array<{ id: string, occurredAt: string, action: string, actorName: string | null, actorRole: string | null, fromState: string | null, toState: string | null, payload: Record<string, unknown> }> }, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } } };

export type CounterAlertsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  counter?: AlertCounter | null | undefined;
  stage?: AlertStage | null | undefined;
  organisationId?: string | number | null | undefined;
  year?: number | null | undefined;
}>;


export type CounterAlertsQuery = { outcomeCounterAlerts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ cadreId: string, counter: AlertCounter, stage: AlertStage, value: number, threshold: number, latestYear: number, latestGrade: string, countedYears: Array<number>, cadre: { id: string, name: string, post: string }, organisation: { id: string, name: string } }> } };

export type OutcomeCycleOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutcomeCycleOptionsQuery = { cycles: Array<{ id: string, name: string, year: number, kind: CycleKind }> };

export type CadreRecordQueryVariables = Exact<{
  cadreId: string | number;
}>;


export type CadreRecordQuery = { cadre: { id: string, name: string, post: string, organisation: { id: string, name: string } }, cadreRecord: { subject: string, results: Array<{ assessmentId: string, year: number, grade: string, decidedAt: string, proposedGrade: string | null, proposalComment: string | null, decision: string, changedFrom: string | null, changeReason: string | null, overlay: string, overlayReason: string | null, noticeStartsOn: string | null, noticeEndsOn: string | null, score: number | null, gates: Array<{ code: string, effect: string, detail: string }> }>, outcomes: Array<{ id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } }>, counters: Array<{ key: string, value: number, threshold: number, asOf: number, countedYears: Array<number>, explanation: string, notCounted: Array<{ year: number, grade: string | null, why: string }> }>, blocked: Array<{ kind: OutcomeKind, year: number, statuses: Array<string>, explanation: string }>, timeline: Array<{ at: string, year: number, kind: string, entityId: string, status: string, title: string, item:
        | { id: string, kind: OutcomeKind, state: string }
        | { grade: string, decision: string }
        | Record<PropertyKey, never>
       }> } };

export type ApproveOutcomeMutationVariables = Exact<{
  input: ApproveOutcomeInput;
}>;


export type ApproveOutcomeMutation = { approveOutcome: { id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } } };

export type CarryOutOutcomeMutationVariables = Exact<{
  input: OutcomeNoteInput;
}>;


export type CarryOutOutcomeMutation = { carryOutOutcome: { id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } } };

export type VerifyOutcomeMutationVariables = Exact<{
  input: VerifyOutcomeInput;
}>;


export type VerifyOutcomeMutation = { verifyOutcome: { id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } } };

export type CancelOutcomeMutationVariables = Exact<{
  input: CancelOutcomeInput;
}>;


export type CancelOutcomeMutation = { cancelOutcome: { id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } } };

export type EnrolTrainingMutationVariables = Exact<{
  input: EnrolTrainingInput;
}>;


export type EnrolTrainingMutation = { enrolTraining: { id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } } };

export type CompleteTrainingMutationVariables = Exact<{
  input: OutcomeNoteInput;
}>;


export type CompleteTrainingMutation = { completeTraining: { id: string, kind: OutcomeKind, subject: string, state: string, version: number, year: number, machineId: string, dueAt: string | null, dueEvent: string | null, availableActions: Array<string>, basis: Record<string, unknown>, context: Record<string, unknown>, createdAt: string, updatedAt: string, cadre: { id: string, name: string, post: string } | null, organisation: { id: string, name: string } } };

export type PrintCycleQueryVariables = Exact<{
  id: string | number;
}>;


export type PrintCycleQuery = { cycle: { id: string, name: string, year: number, organisation: { id: string, name: string, issuingOrgan: string } } };

export type WrittenNoticeIssuerQueryVariables = Exact<{
  id: string | number;
}>;


export type WrittenNoticeIssuerQuery = { assessment: { id: string, cycle: { id: string, organisation: { id: string, issuingOrgan: string } }, reviewWindow: { reviewable: boolean, reviewRequestDays: number } | null } };

export type ProfileYearFieldsFragment = { year: number, cycleId: string, cycleName: string, assessmentId: string, proposedGrade: string | null, finalGrade: string | null, engineGrade: string | null, compositeScore: number | null, components: Array<{ key: string, value: number | null }>, ballotAverages: { ballots: number, morality: number, ability: number, diligence: number, results: number, integrity: number } | null, dimensionScores: Array<{ dimension: string, score: number }> };

export type CadreProfileQueryVariables = Exact<{
  cadreId: string | number;
}>;


export type CadreProfileQuery = { cadreProfile: Array<{ year: number, cycleId: string, cycleName: string, assessmentId: string, proposedGrade: string | null, finalGrade: string | null, engineGrade: string | null, compositeScore: number | null, components: Array<{ key: string, value: number | null }>, ballotAverages: { ballots: number, morality: number, ability: number, diligence: number, results: number, integrity: number } | null, dimensionScores: Array<{ dimension: string, score: number }> }> };

export type TeamProfileQueryVariables = Exact<{
  organisationId: string | number;
}>;


export type TeamProfileQuery = { organisation: { id: string, name: string, parentId: string | null }, teamProfile: Array<{ year: number, cycleId: string, cycleName: string, assessmentId: string, proposedGrade: string | null, finalGrade: string | null, engineGrade: string | null, compositeScore: number | null, components: Array<{ key: string, value: number | null }>, ballotAverages: { ballots: number, morality: number, ability: number, diligence: number, results: number, integrity: number } | null, dimensionScores: Array<{ dimension: string, score: number }> }> };

export type RaterTurnoutQueryVariables = Exact<{
  cycleId: string | number;
  organisationId: string | number;
}>;


export type RaterTurnoutQuery = { raterTurnout: Array<{ assessmentId: string, kind: string, state: string, cadreName: string | null, organisationName: string, post: string | null, invitable: boolean, invitedTotal: number, returned: number, turnoutPercent: number, minimumTurnoutPercent: number, invited: Array<{ group: string, count: number }> }> };

export type RaterCandidatesQueryVariables = Exact<{
  search?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type RaterCandidatesQuery = { raterCandidates: { totalCount: number, items: Array<{ userId: string, displayName: string, username: string, organisationName: string, post: string | null }> } };

export type InviteRatersToAssessmentsMutationVariables = Exact<{
  input: InviteRatersToAssessmentsInput;
}>;


export type InviteRatersToAssessmentsMutation = { inviteRatersToAssessments: { added: number, alreadyInvited: number, skippedSelf: number } };

export type CycleReportQueryVariables = Exact<{
  cycleId: string | number;
  organisationId?: string | number | null | undefined;
}>;


export type CycleReportQuery = { cycleReport: { cycleId: string, organisationId: string, gradeDistribution: Array<{ organisationId: string, organisationName: string, key: string, count: number }>, progress: Array<{ organisationId: string, organisationName: string, key: string, count: number }> } };

export type CycleIndicatorsQueryVariables = Exact<{
  cycleId: string | number;
  organisationId?: string | number | null | undefined;
}>;


export type CycleIndicatorsQuery = { cycleIndicators: { organisationId: string, teams: Array<{ organisationId: string, organisationName: string, assessmentId: string, dimensions: Array<{ key: string, score: number }>, components: Array<{ key: string, score: number }> }> } };

export type QuotaPoolsOfQueryVariables = Exact<{
  cycleId: string | number;
  organisationIds: Array<string | number> | string | number;
  teams: boolean;
}>;


export type QuotaPoolsOfQuery = { quotaPoolsOf: Array<{ organisationId: string | null, organisationName: string | null, subject: string, rankLevel: string | null, graded: number, allowed: number, used: number, proposed: number, standing: string }> };

export type QuotaSummaryQueryVariables = Exact<{
  cycleId: string | number;
  organisationId?: string | number | null | undefined;
}>;


export type QuotaSummaryQuery = { quotaSummary: { cycleId: string, organisationId: string, organisationName: string, pools: number, over: number, full: number, tight: number, open: number, none: number, used: number, allowed: number, regions: Array<{ organisationId: string, organisationName: string, pools: number, over: number, full: number, tight: number, open: number, none: number, used: number, allowed: number }> } };

export type QuotaPoolPageQueryVariables = Exact<{
  cycleId: string | number;
  organisationId?: string | number | null | undefined;
  standing?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type QuotaPoolPageQuery = { quotaPoolPage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ organisationId: string | null, organisationName: string | null, subject: string, rankLevel: string | null, graded: number, allowed: number, used: number, proposed: number, standing: string }> } };

export type RosterImportFieldsFragment = { id: string, fileName: string, status: RosterImportStatus, version: string, retireMissing: boolean, organisationRows: number, cadreRows: number, statusRows: number, errorCount: number, added: number, changed: number, moved: number, retired: number };

export type RosterImportErrorsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type RosterImportErrorsQuery = { rosterImport: { id: string, errors: { endCursor: string | null, nodes: Array<{ sheet: RosterSheet, line: number, code: RosterImportReason, field: string | null, value: string | null, message: string }> } } };

export type RosterDifferencesQueryVariables = Exact<{
  id: string | number;
  kind?: RosterDifferenceKind | null | undefined;
  after?: string | null | undefined;
}>;


export type RosterDifferencesQuery = { rosterImport: { id: string, differences: { endCursor: string | null, nodes: Array<{ entity: RosterEntity, kind: RosterDifferenceKind, code: string, name: string, line: number | null, changes: Array<{ field: string, old: string | null, new: string | null }> }> } } };

export type ApplyRosterImportMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: string | null | undefined;
}>;


export type ApplyRosterImportMutation = { applyRosterImport: { id: string, fileName: string, status: RosterImportStatus, version: string, retireMissing: boolean, organisationRows: number, cadreRows: number, statusRows: number, errorCount: number, added: number, changed: number, moved: number, retired: number } };

export type DiscardRosterImportMutationVariables = Exact<{
  id: string | number;
}>;


export type DiscardRosterImportMutation = { discardRosterImport: { id: string, fileName: string, status: RosterImportStatus, version: string, retireMissing: boolean, organisationRows: number, cadreRows: number, statusRows: number, errorCount: number, added: number, changed: number, moved: number, retired: number } };

export type EffectiveRuleSetQueryVariables = Exact<{
  organisationId: string | number;
  day: string;
}>;


export type EffectiveRuleSetQuery = { effectiveRuleSet: { jurisdictionId: string | null, settings: Record<string, unknown>, ruleSet: { id: string, version: number, effectiveFrom: string, jurisdiction: { id: string, name: string } } | null } };

export type RuleSetVersionsQueryVariables = Exact<{
  jurisdictionId: string | number;
}>;


export type RuleSetVersionsQuery = { ruleSets: Array<{ id: string, version: number, effectiveFrom: string, note: string, createdAt: string, settings: Record<string, unknown> }> };

export type RuleSettingsDefaultsQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleSettingsDefaultsQuery = { ruleSettingsDefaults: Record<string, unknown> };

export type PublishRuleSetMutationVariables = Exact<{
  input: PublishRuleSetInput;
}>;


export type PublishRuleSetMutation = { publishRuleSet: { id: string, version: number, effectiveFrom: string } };

export type SelectionRecordFieldsFragment = { cadreId: string, name: string, personNo: string, organisationName: string, post: string, rankLevel: RankLevel, birthDate: string | null, tookPostOn: string | null, blocked: boolean, latestScore: number | null, latestScoreYear: number | null, years: Array<{ year: number, grade: string, versions: number, organisationName: string, postTitle: string | null, score: number | null }>, counters: { asOfYear: number, excellentLast3: number, excellentLast5: number, consecutiveExcellent: number, basicallyCompetentLast5: number, incompetentLast5: number, latestGrade: string | null, latestYear: number | null }, regular: { fromYear: number, toYear: number, assessed: number, good: number, fair: number, average: number, poor: number }, blockers: Array<{ kind: string, since: string | null, until: string | null }>, promotions: Array<{ id: string, kind: PromotionKind, promotedOn: string, post: string | null, excellentBefore: boolean }> };

export type SelectionRecordQueryVariables = Exact<{
  cadreId: string | number;
}>;


export type SelectionRecordQuery = { selectionRecord: { cadreId: string, name: string, personNo: string, organisationName: string, post: string, rankLevel: RankLevel, birthDate: string | null, tookPostOn: string | null, blocked: boolean, latestScore: number | null, latestScoreYear: number | null, years: Array<{ year: number, grade: string, versions: number, organisationName: string, postTitle: string | null, score: number | null }>, counters: { asOfYear: number, excellentLast3: number, excellentLast5: number, consecutiveExcellent: number, basicallyCompetentLast5: number, incompetentLast5: number, latestGrade: string | null, latestYear: number | null }, regular: { fromYear: number, toYear: number, assessed: number, good: number, fair: number, average: number, poor: number }, blockers: Array<{ kind: string, since: string | null, until: string | null }>, promotions: Array<{ id: string, kind: PromotionKind, promotedOn: string, post: string | null, excellentBefore: boolean }> } };

export type CandidateSearchQueryVariables = Exact<{
  input: CandidateSearchInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CandidateSearchQuery = { candidateSearch: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ place: number, cadreId: string, name: string, organisationName: string, post: string, rankLevel: RankLevel, blocked: boolean, counters: { asOfYear: number, excellentLast3: number, excellentLast5: number, consecutiveExcellent: number, latestGrade: string | null, latestYear: number | null } }> } };

export type CandidateListsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CandidateListsQuery = { candidateLists: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, purpose: string | null, organisationId: string, organisationName: string, createdAt: string, memberCount: number, version: number }> } };

export type CandidateListQueryVariables = Exact<{
  id: string | number;
}>;


export type CandidateListQuery = { candidateList: { id: string, name: string, purpose: string | null, organisationName: string, memberCount: number, version: number, members: Array<{ cadreId: string, name: string, personNo: string, organisationName: string, post: string, rankLevel: RankLevel, birthDate: string | null, tookPostOn: string | null, blocked: boolean, latestScore: number | null, latestScoreYear: number | null, years: Array<{ year: number, grade: string, versions: number, organisationName: string, postTitle: string | null, score: number | null }>, counters: { asOfYear: number, excellentLast3: number, excellentLast5: number, consecutiveExcellent: number, basicallyCompetentLast5: number, incompetentLast5: number, latestGrade: string | null, latestYear: number | null }, regular: { fromYear: number, toYear: number, assessed: number, good: number, fair: number, average: number, poor: number }, blockers: Array<{ kind: string, since: string | null, until: string | null }>, promotions: Array<{ id: string, kind: PromotionKind, promotedOn: string, post: string | null, excellentBefore: boolean }> }> } };

export type PrintCandidateListMutationVariables = Exact<{
  id: string | number;
}>;


export type PrintCandidateListMutation = { printCandidateList: { id: string, members: Array<{ cadreId: string }> } };

export type CreateCandidateListMutationVariables = Exact<{
  input: CreateCandidateListInput;
}>;


export type CreateCandidateListMutation = { createCandidateList: { id: string, name: string, version: number } };

export type ChangeCandidateListMutationVariables = Exact<{
  input: ChangeCandidateListInput;
}>;


export type ChangeCandidateListMutation = { changeCandidateList: { id: string, memberCount: number, version: number } };

export type RecordPromotionMutationVariables = Exact<{
  input: RecordPromotionInput;
}>;


export type RecordPromotionMutation = { recordPromotion: { id: string, excellentBefore: boolean } };

export type PromotionSharesQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  fromYear: number;
  toYear: number;
}>;


export type PromotionSharesQuery = { promotionExcellentShares: Array<{ year: number, organisationName: string, promoted: number, withExcellent: number, share: number | null }> };

export type PromotionsQueryVariables = Exact<{
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PromotionsQuery = { promotions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, cadreId: string, cadreName: string, kind: PromotionKind, promotedOn: string, organisationName: string, post: string | null, excellentBefore: boolean }> } };

export type MyNotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationSettingsQuery = { myNotificationSettings: { email: string | null, delivery: NotificationDelivery, mailEnabled: boolean, digestHour: number } };

export type SetMyNotificationSettingsMutationVariables = Exact<{
  input: NotificationSettingsInput;
}>;


export type SetMyNotificationSettingsMutation = { setMyNotificationSettings: { email: string | null, delivery: NotificationDelivery, mailEnabled: boolean, digestHour: number } };

export type VocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type VocabularyQuery = { vocabulary: { errorCodes: Array<ErrorCode>, penaltyKinds: Array<PenaltyKind>, outcomeKinds: Array<OutcomeKind>, faultToleranceOutcomes: Array<FaultToleranceOutcome>, toleranceDistinctions: Array<ToleranceDistinction>, faultToleranceOrigins: Array<FaultToleranceOrigin>, accusationSources: Array<AccusationSource>, pointFindings: Array<PointFinding>, clearingMethods: Array<ClearingMethod>, clearingScopes: Array<ClearingScope>, reviewDecisions: Array<ReviewDecision>, raterGroups: Array<RaterGroup>, opinionSources: Array<OpinionSource>, penaltyCategories: Array<PenaltyCategory>, resultSources: Array<ResultSource>, overallVotes: Array<OverallVote>, schemeDimensions: Array<SchemeDimension>, indicatorWeightings: Array<IndicatorWeighting>, indicatorDirections: Array<IndicatorDirection>, scoringMethods: Array<ScoringMethod>, dataSourceKinds: Array<DataSourceKind>, nonGradeResults: Array<NonGradeResult>, assessmentEvents: Array<AssessmentEvent>, cycleEvents: Array<CycleEvent>, reviewCaseEvents: Array<ReviewCaseEvent>, faultToleranceEvents: Array<FaultToleranceEvent>, accusationEvents: Array<AccusationEvent>, outcomeTaskEvents: Array<OutcomeTaskEvent>, faultToleranceStates: Array<FaultToleranceState>, reviewCaseStates: Array<ReviewCaseState>, accusationStates: Array<AccusationState>, outcomeTaskStates: Array<OutcomeTaskState>, trainingStates: Array<TrainingState>, gradeScales: Array<{ scale: GradeScale, grades: Array<Grade> }> } };

export type SurveyFieldsFragment = { id: string, cycleId: string, year: number, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, questionnaireVersion: number, totalResponses: number, shortfalls: number, publishedAt: string | null, questions: Array<{ code: string, text: string, weight: number }>, sample: Array<{ organisationId: string, organisationName: string, organisationCode: string, target: number, responses: number | null, score: number | null, sd: number | null, margin: number | null, shortfall: boolean, origin: string | null, ratingScore: number | null }> };

export type SurveysQueryVariables = Exact<{
  cycleId: string | number;
}>;


export type SurveysQuery = { surveys: Array<{ id: string, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, totalResponses: number, shortfalls: number }> };

export type SurveyQueryVariables = Exact<{
  id: string | number;
}>;


export type SurveyQuery = { survey: { id: string, cycleId: string, year: number, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, questionnaireVersion: number, totalResponses: number, shortfalls: number, publishedAt: string | null, questions: Array<{ code: string, text: string, weight: number }>, sample: Array<{ organisationId: string, organisationName: string, organisationCode: string, target: number, responses: number | null, score: number | null, sd: number | null, margin: number | null, shortfall: boolean, origin: string | null, ratingScore: number | null }> } | null };

export type PlanSurveyMutationVariables = Exact<{
  input: PlanSurveyInput;
}>;


export type PlanSurveyMutation = { planSurvey: { id: string, cycleId: string, year: number, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, questionnaireVersion: number, totalResponses: number, shortfalls: number, publishedAt: string | null, questions: Array<{ code: string, text: string, weight: number }>, sample: Array<{ organisationId: string, organisationName: string, organisationCode: string, target: number, responses: number | null, score: number | null, sd: number | null, margin: number | null, shortfall: boolean, origin: string | null, ratingScore: number | null }> } };

export type StartSurveyFieldworkMutationVariables = Exact<{
  id: string | number;
}>;


export type StartSurveyFieldworkMutation = { startSurveyFieldwork: { id: string, cycleId: string, year: number, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, questionnaireVersion: number, totalResponses: number, shortfalls: number, publishedAt: string | null, questions: Array<{ code: string, text: string, weight: number }>, sample: Array<{ organisationId: string, organisationName: string, organisationCode: string, target: number, responses: number | null, score: number | null, sd: number | null, margin: number | null, shortfall: boolean, origin: string | null, ratingScore: number | null }> } };

export type CloseSurveyFieldworkMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSurveyFieldworkMutation = { closeSurveyFieldwork: { id: string, cycleId: string, year: number, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, questionnaireVersion: number, totalResponses: number, shortfalls: number, publishedAt: string | null, questions: Array<{ code: string, text: string, weight: number }>, sample: Array<{ organisationId: string, organisationName: string, organisationCode: string, target: number, responses: number | null, score: number | null, sd: number | null, margin: number | null, shortfall: boolean, origin: string | null, ratingScore: number | null }> } };

export type PublishSurveyMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishSurveyMutation = { publishSurvey: { id: string, cycleId: string, year: number, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, questionnaireVersion: number, totalResponses: number, shortfalls: number, publishedAt: string | null, questions: Array<{ code: string, text: string, weight: number }>, sample: Array<{ organisationId: string, organisationName: string, organisationCode: string, target: number, responses: number | null, score: number | null, sd: number | null, margin: number | null, shortfall: boolean, origin: string | null, ratingScore: number | null }> } };

export type ImportSurveyResultsMutationVariables = Exact<{
  input: ImportSurveyResultsInput;
}>;


export type ImportSurveyResultsMutation = { importSurveyResults: { id: string, cycleId: string, year: number, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, questionnaireVersion: number, totalResponses: number, shortfalls: number, publishedAt: string | null, questions: Array<{ code: string, text: string, weight: number }>, sample: Array<{ organisationId: string, organisationName: string, organisationCode: string, target: number, responses: number | null, score: number | null, sd: number | null, margin: number | null, shortfall: boolean, origin: string | null, ratingScore: number | null }> } };

export type EnterSurveyResultMutationVariables = Exact<{
  input: EnterSurveyResultInput;
}>;


export type EnterSurveyResultMutation = { enterSurveyResult: { id: string, cycleId: string, year: number, kind: SurveyKind, title: string, firm: string, state: SurveyState, fieldworkFrom: string, fieldworkTo: string, questionnaireVersion: number, totalResponses: number, shortfalls: number, publishedAt: string | null, questions: Array<{ code: string, text: string, weight: number }>, sample: Array<{ organisationId: string, organisationName: string, organisationCode: string, target: number, responses: number | null, score: number | null, sd: number | null, margin: number | null, shortfall: boolean, origin: string | null, ratingScore: number | null }> } };

export type ServiceRatingsQueryVariables = Exact<{
  year: number;
}>;


export type ServiceRatingsQuery = { serviceRatings: Array<{ organisationId: string, organisationName: string, organisationCode: string, year: number, periods: number, verySatisfied: number | null, satisfied: number | null, basicallySatisfied: number | null, dissatisfied: number | null, veryDissatisfied: number | null, good: number, bad: number, score: number | null }> };

export type ImportServiceRatingsMutationVariables = Exact<{
  input: ImportServiceRatingsInput;
}>;


export type ImportServiceRatingsMutation = { importServiceRatings: number };

export type SurveyOrganisationsQueryVariables = Exact<{
  first: number;
}>;


export type SurveyOrganisationsQuery = { organisations: { nodes: Array<{ id: string, name: string, code: string }> } };

export type ExternalIdentityFieldsFragment = { id: string, issuer: string, subject: string, linkedAt: string, matchedByClaim: boolean };

export type UserExternalIdentitiesQueryVariables = Exact<{
  search: string;
}>;


export type UserExternalIdentitiesQuery = { users: { nodes: Array<{ id: string, externalIdentities: Array<{ id: string, issuer: string, subject: string, linkedAt: string, matchedByClaim: boolean }> }> } };

export type LinkExternalIdentityMutationVariables = Exact<{
  input: LinkExternalIdentityInput;
}>;


export type LinkExternalIdentityMutation = { linkExternalIdentity: { id: string, externalIdentities: Array<{ id: string, issuer: string, subject: string, linkedAt: string, matchedByClaim: boolean }> } };

export type UnlinkExternalIdentityMutationVariables = Exact<{
  identityId: string | number;
}>;


export type UnlinkExternalIdentityMutation = { unlinkExternalIdentity: { id: string, externalIdentities: Array<{ id: string, issuer: string, subject: string, linkedAt: string, matchedByClaim: boolean }> } };

export type UserRowFieldsFragment = { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> };

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type RevokeRoleMutationVariables = Exact<{
  assignmentId: string | number;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type UnlockUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnlockUserMutation = { unlockUser: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type SetUserEmailMutationVariables = Exact<{
  userId: string | number;
  email?: string | null | undefined;
}>;


export type SetUserEmailMutation = { setUserEmail: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type LinkUserToCadreMutationVariables = Exact<{
  input: LinkUserToCadreInput;
}>;


export type LinkUserToCadreMutation = { linkUserToCadre: { id: string, username: string, displayName: string, cadreId: string | null, email: string | null, cadrePersonNo: string | null, disabled: boolean, mustChangePassword: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const DistributionFieldsFragmentDoc = new TypedDocumentString(`
    fragment DistributionFields on ResultsDistributionView {
  teams
  teamsExcellent
  teamsGood
  teamsAverage
  teamsPoor
  teamsUndecided
  cadres
  cadresExcellent
  cadresCompetent
  cadresBasicallyCompetent
  cadresIncompetent
  cadresNotGraded
  cadresUndecided
  excellentTeamPercent
  rectificationTeamPercent
  excellentCadrePercent
}
    `, {"fragmentName":"DistributionFields"}) as unknown as TypedDocumentString<DistributionFieldsFragment, unknown>;
export const DistributionGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment DistributionGroupFields on ResultsDistributionGroupView {
  key
  name
  teams
  teamsExcellent
  teamsGood
  teamsAverage
  teamsPoor
  teamsUndecided
  cadres
  cadresExcellent
  cadresCompetent
  cadresBasicallyCompetent
  cadresIncompetent
  cadresNotGraded
  cadresUndecided
  excellentTeamPercent
  rectificationTeamPercent
  excellentCadrePercent
}
    `, {"fragmentName":"DistributionGroupFields"}) as unknown as TypedDocumentString<DistributionGroupFieldsFragment, unknown>;
export const ReportTeamFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportTeamFields on ReportTeamListView {
  totalCount
  nodes {
    assessmentId
    organisationId
    organisationName
    kind
    category
    regionName
    grade
  }
}
    `, {"fragmentName":"ReportTeamFields"}) as unknown as TypedDocumentString<ReportTeamFieldsFragment, unknown>;
export const AssessmentCoreFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
    `, {"fragmentName":"AssessmentCoreFields"}) as unknown as TypedDocumentString<AssessmentCoreFieldsFragment, unknown>;
export const AssessmentSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}`, {"fragmentName":"AssessmentSummaryFields"}) as unknown as TypedDocumentString<AssessmentSummaryFieldsFragment, unknown>;
export const LifecycleFieldsFragmentDoc = new TypedDocumentString(`
    fragment LifecycleFields on LifecycleView {
  machine
  current
  nodes {
    id
    parent
    description
    final
    current
  }
  edges {
    from
    to
    event
    guard
  }
}
    `, {"fragmentName":"LifecycleFields"}) as unknown as TypedDocumentString<LifecycleFieldsFragment, unknown>;
export const HistoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment HistoryFields on AuditEntry {
  id
  occurredAt
  action
  actorName
  actorRole
  fromState
  toState
  payload
}
    `, {"fragmentName":"HistoryFields"}) as unknown as TypedDocumentString<HistoryFieldsFragment, unknown>;
export const AttachmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
    `, {"fragmentName":"AttachmentFields"}) as unknown as TypedDocumentString<AttachmentFieldsFragment, unknown>;
export const SelfReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment SelfReportFields on SelfReport {
  workSummary
  dutiesAndTargets
  responsibilityStatement
  integrityStatement
  draftVersion
  draftSavedAt
  submittedAt
  attachments {
    ...AttachmentFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}`, {"fragmentName":"SelfReportFields"}) as unknown as TypedDocumentString<SelfReportFieldsFragment, unknown>;
export const GradingResultFieldsFragmentDoc = new TypedDocumentString(`
    fragment GradingResultFields on GradingResultView {
  version
  grade
  score
  components {
    key
    weight
    value
    contribution
    source
    surveySource {
      surveys {
        surveyId
        title
        responses
        margin
      }
      rating {
        score
        sharePercent
      }
    }
  }
  gates {
    code
    effect
    detail
  }
  flags
  quota
  evaluation
  computedAt
}
    `, {"fragmentName":"GradingResultFields"}) as unknown as TypedDocumentString<GradingResultFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on ViewerView {
  userId
  username
  displayName
  cadreId
  permissions
  passwordChangeRequired
  grants {
    role
    organisation {
      id
      name
    }
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const BusinessAssessmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment BusinessAssessmentFields on BusinessAssessmentView {
  id
  cycleId
  name
  departmentId
  departmentName
  coversTeams
  coversCadres
  organisationKinds
  mode
  weight
  inspectionsPerUnit
  unitsCovered
  resultsEntered
  declaredAt
}
    `, {"fragmentName":"BusinessAssessmentFields"}) as unknown as TypedDocumentString<BusinessAssessmentFieldsFragment, unknown>;
export const CadreDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment CadreDetailFields on Cadre {
  id
  name
  personNo
  gender
  birthDate
  post
  rankLevel
  positionType
  population
  tookPostOn
  teamMember
  employmentStatus
  employmentStatusSince
  version
  updatedAt
  organisation {
    id
    name
  }
  postings {
    year
    cycleName
    assessmentId
    organisationName
    postTitle
    rankLevel
    finalGrade
  }
  managingOrganisation {
    id
    name
  }
  statusesOn
  statusPeriods {
    id
    kind
    startsOn
    endsOn
    note
    createdAt
  }
}
    `, {"fragmentName":"CadreDetailFields"}) as unknown as TypedDocumentString<CadreDetailFieldsFragment, unknown>;
export const CaseCoreFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
    `, {"fragmentName":"CaseCoreFields"}) as unknown as TypedDocumentString<CaseCoreFieldsFragment, unknown>;
export const ReviewCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}`, {"fragmentName":"ReviewCaseFields"}) as unknown as TypedDocumentString<ReviewCaseFieldsFragment, unknown>;
export const FtCaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}`, {"fragmentName":"FtCaseFields"}) as unknown as TypedDocumentString<FtCaseFieldsFragment, unknown>;
export const AccusationFieldsFragmentDoc = new TypedDocumentString(`
    fragment AccusationFields on Accusation {
  ...CaseCoreFields
  source
  concernsYear
  negativeCode
  receivedOn
  countsAgainst
  availableActions
  cadre {
    id
    name
    post
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}`, {"fragmentName":"AccusationFields"}) as unknown as TypedDocumentString<AccusationFieldsFragment, unknown>;
export const PenaltyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PenaltyFields on Penalty {
  id
  cadreId
  kind
  category
  startedOn
  decidedOn
  effectiveUntil
  tolerated
  replacedBy
  note
  availableActions
}
    `, {"fragmentName":"PenaltyFields"}) as unknown as TypedDocumentString<PenaltyFieldsFragment, unknown>;
export const CycleRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}
    `, {"fragmentName":"CycleRowFields"}) as unknown as TypedDocumentString<CycleRowFieldsFragment, unknown>;
export const GradingRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment GradingRunFields on GradingRunRecord {
  id
  cycleId
  startedByName
  status
  phase
  done
  total
  graded
  byGrade {
    grade
    count
  }
  errorCode
  queuedAt
  startedAt
  finishedAt
}
    `, {"fragmentName":"GradingRunFields"}) as unknown as TypedDocumentString<GradingRunFieldsFragment, unknown>;
export const SchemeVersionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SchemeVersionFields on IndicatorSchemeVersionView {
  id
  schemeId
  jurisdictionId
  category
  name
  version
  status
  effectiveFrom
  tree
  note
  createdAt
  publishedAt
  issues {
    code
    node
    message
  }
}
    `, {"fragmentName":"SchemeVersionFields"}) as unknown as TypedDocumentString<SchemeVersionFieldsFragment, unknown>;
export const OrganisationOptionFragmentDoc = new TypedDocumentString(`
    fragment OrganisationOption on Organisation {
  id
  name
  code
  depth
  kind
}
    `, {"fragmentName":"OrganisationOption"}) as unknown as TypedDocumentString<OrganisationOptionFragment, unknown>;
export const OrganisationRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrganisationRowFields on Organisation {
  id
  name
  code
  kind
  category
  depth
  parentId
  restrictedDevelopment
  retiredOn
  version
}
    `, {"fragmentName":"OrganisationRowFields"}) as unknown as TypedDocumentString<OrganisationRowFieldsFragment, unknown>;
export const OutcomeTaskFieldsFragmentDoc = new TypedDocumentString(`
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}
    `, {"fragmentName":"OutcomeTaskFields"}) as unknown as TypedDocumentString<OutcomeTaskFieldsFragment, unknown>;
export const ProfileYearFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProfileYearFields on ProfileYearView {
  year
  cycleId
  cycleName
  assessmentId
  proposedGrade
  finalGrade
  engineGrade
  compositeScore
  components {
    key
    value
  }
  ballotAverages {
    ballots
    morality
    ability
    diligence
    results
    integrity
  }
  dimensionScores {
    dimension
    score
  }
}
    `, {"fragmentName":"ProfileYearFields"}) as unknown as TypedDocumentString<ProfileYearFieldsFragment, unknown>;
export const RosterImportFieldsFragmentDoc = new TypedDocumentString(`
    fragment RosterImportFields on RosterImportView {
  id
  fileName
  status
  version
  retireMissing
  organisationRows
  cadreRows
  statusRows
  errorCount
  added
  changed
  moved
  retired
}
    `, {"fragmentName":"RosterImportFields"}) as unknown as TypedDocumentString<RosterImportFieldsFragment, unknown>;
export const SelectionRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment SelectionRecordFields on SelectionRecord {
  cadreId
  name
  personNo
  organisationName
  post
  rankLevel
  birthDate
  tookPostOn
  years {
    year
    grade
    versions
    organisationName
    postTitle
    score
  }
  counters {
    asOfYear
    excellentLast3
    excellentLast5
    consecutiveExcellent
    basicallyCompetentLast5
    incompetentLast5
    latestGrade
    latestYear
  }
  regular {
    fromYear
    toYear
    assessed
    good
    fair
    average
    poor
  }
  blocked
  blockers {
    kind
    since
    until
  }
  latestScore
  latestScoreYear
  promotions {
    id
    kind
    promotedOn
    post
    excellentBefore
  }
}
    `, {"fragmentName":"SelectionRecordFields"}) as unknown as TypedDocumentString<SelectionRecordFieldsFragment, unknown>;
export const SurveyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SurveyFields on SurveyView {
  id
  cycleId
  year
  kind
  title
  firm
  state
  fieldworkFrom
  fieldworkTo
  questionnaireVersion
  totalResponses
  shortfalls
  publishedAt
  questions {
    code
    text
    weight
  }
  sample {
    organisationId
    organisationName
    organisationCode
    target
    responses
    score
    sd
    margin
    shortfall
    origin
    ratingScore
  }
}
    `, {"fragmentName":"SurveyFields"}) as unknown as TypedDocumentString<SurveyFieldsFragment, unknown>;
export const ExternalIdentityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ExternalIdentityFields on ExternalIdentity {
  id
  issuer
  subject
  linkedAt
  matchedByClaim
}
    `, {"fragmentName":"ExternalIdentityFields"}) as unknown as TypedDocumentString<ExternalIdentityFieldsFragment, unknown>;
export const UserRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}
    `, {"fragmentName":"UserRowFields"}) as unknown as TypedDocumentString<UserRowFieldsFragment, unknown>;
export const PasswordPolicyDocument = new TypedDocumentString(`
    query PasswordPolicy {
  passwordPolicy {
    minLength
    minClasses
    expiryDays
  }
}
    `) as unknown as TypedDocumentString<PasswordPolicyQuery, PasswordPolicyQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on ViewerView {
  userId
  username
  displayName
  cadreId
  permissions
  passwordChangeRequired
  grants {
    role
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignInHistoryDocument = new TypedDocumentString(`
    query SignInHistory($userId: ID, $first: Int!, $after: String) {
  signInHistory(userId: $userId, first: $first, after: $after) {
    nodes {
      id
      occurredAt
      action
      succeeded
      ip
      userAgent
      method
      actorUsername
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SignInHistoryQuery, SignInHistoryQueryVariables>;
export const CreateAccountsForUnitDocument = new TypedDocumentString(`
    mutation CreateAccountsForUnit($input: CreateAccountsForUnitInput!) {
  createAccountsForUnit(input: $input) {
    created {
      userId
      username
      oneTimePassword
      displayName
      cadreId
      personNo
      organisationName
    }
    skipped {
      cadreId
      name
      personNo
      organisationName
      reason
      username
    }
    skippedCount
    signInUrl
  }
}
    `) as unknown as TypedDocumentString<CreateAccountsForUnitMutation, CreateAccountsForUnitMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($userId: ID!) {
  resetPassword(userId: $userId) {
    oneTimePassword
    user {
      ...UserRowFields
    }
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const DisableUserDocument = new TypedDocumentString(`
    mutation DisableUser($userId: ID!) {
  disableUser(userId: $userId) {
    ...UserRowFields
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DisableUserMutation, DisableUserMutationVariables>;
export const EnableUserDocument = new TypedDocumentString(`
    mutation EnableUser($userId: ID!) {
  enableUser(userId: $userId) {
    ...UserRowFields
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<EnableUserMutation, EnableUserMutationVariables>;
export const AccountCadreCandidatesDocument = new TypedDocumentString(`
    query AccountCadreCandidates($search: String!) {
  accountCadreCandidates(search: $search, first: 20) {
    cadreId
    personNo
    name
    organisationName
    post
    username
  }
}
    `) as unknown as TypedDocumentString<AccountCadreCandidatesQuery, AccountCadreCandidatesQueryVariables>;
export const AnnouncingCyclesDocument = new TypedDocumentString(`
    query AnnouncingCycles {
  cycles {
    id
    kind
    name
    year
    state
  }
}
    `) as unknown as TypedDocumentString<AnnouncingCyclesQuery, AnnouncingCyclesQueryVariables>;
export const ResultsReportDocument = new TypedDocumentString(`
    query ResultsReport($cycleId: ID!, $organisationId: ID, $category: OrganisationCategory) {
  resultsReport(
    cycleId: $cycleId
    organisationId: $organisationId
    category: $category
  ) {
    cycleId
    organisationId
    organisationName
    category
    total {
      ...DistributionFields
    }
    regions {
      ...DistributionGroupFields
    }
    categories {
      ...DistributionGroupFields
    }
    excellentTeams {
      ...ReportTeamFields
    }
    rectificationTeams {
      ...ReportTeamFields
    }
    outstandingRegions {
      ...ReportTeamFields
    }
    bonusCoefficients {
      grade
      coefficient
    }
  }
}
    fragment DistributionFields on ResultsDistributionView {
  teams
  teamsExcellent
  teamsGood
  teamsAverage
  teamsPoor
  teamsUndecided
  cadres
  cadresExcellent
  cadresCompetent
  cadresBasicallyCompetent
  cadresIncompetent
  cadresNotGraded
  cadresUndecided
  excellentTeamPercent
  rectificationTeamPercent
  excellentCadrePercent
}
fragment DistributionGroupFields on ResultsDistributionGroupView {
  key
  name
  teams
  teamsExcellent
  teamsGood
  teamsAverage
  teamsPoor
  teamsUndecided
  cadres
  cadresExcellent
  cadresCompetent
  cadresBasicallyCompetent
  cadresIncompetent
  cadresNotGraded
  cadresUndecided
  excellentTeamPercent
  rectificationTeamPercent
  excellentCadrePercent
}
fragment ReportTeamFields on ReportTeamListView {
  totalCount
  nodes {
    assessmentId
    organisationId
    organisationName
    kind
    category
    regionName
    grade
  }
}`) as unknown as TypedDocumentString<ResultsReportQuery, ResultsReportQueryVariables>;
export const AnnouncementListsDocument = new TypedDocumentString(`
    query AnnouncementLists($cycleId: ID!) {
  announcementLists(cycleId: $cycleId) {
    cycleId
    kind
    number
    issuedOn
    entryCount
    entries {
      assessmentId
      name
      organisationName
      post
      grade
      firstYear
      lastYear
    }
  }
}
    `) as unknown as TypedDocumentString<AnnouncementListsQuery, AnnouncementListsQueryVariables>;
export const IssueAnnouncementListDocument = new TypedDocumentString(`
    mutation IssueAnnouncementList($input: IssueAnnouncementListInput!) {
  issueAnnouncementList(input: $input) {
    cycleId
    kind
    number
    issuedOn
  }
}
    `) as unknown as TypedDocumentString<IssueAnnouncementListMutation, IssueAnnouncementListMutationVariables>;
export const SubmitSelfReportDocument = new TypedDocumentString(`
    mutation SubmitSelfReport($input: ActionInput!) {
  submitSelfReport(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<SubmitSelfReportMutation, SubmitSelfReportMutationVariables>;
export const ReturnSelfReportDocument = new TypedDocumentString(`
    mutation ReturnSelfReport($input: ReasonActionInput!) {
  returnSelfReport(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<ReturnSelfReportMutation, ReturnSelfReportMutationVariables>;
export const AcceptSelfReportDocument = new TypedDocumentString(`
    mutation AcceptSelfReport($input: ActionInput!) {
  acceptSelfReport(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<AcceptSelfReportMutation, AcceptSelfReportMutationVariables>;
export const RecordRefusalDocument = new TypedDocumentString(`
    mutation RecordRefusal($input: ReasonActionInput!) {
  recordRefusal(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<RecordRefusalMutation, RecordRefusalMutationVariables>;
export const OpenBallotsDocument = new TypedDocumentString(`
    mutation OpenBallots($input: ActionInput!) {
  openBallots(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<OpenBallotsMutation, OpenBallotsMutationVariables>;
export const CloseBallotsDocument = new TypedDocumentString(`
    mutation CloseBallots($input: ActionInput!, $turnoutException: TurnoutExceptionInput) {
  closeBallots(input: $input, turnoutException: $turnoutException) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<CloseBallotsMutation, CloseBallotsMutationVariables>;
export const RecordTalkDocument = new TypedDocumentString(`
    mutation RecordTalk($input: RecordTalkInput!) {
  recordTalk(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<RecordTalkMutation, RecordTalkMutationVariables>;
export const RecordOpinionDocument = new TypedDocumentString(`
    mutation RecordOpinion($input: RecordOpinionInput!) {
  recordOpinion(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<RecordOpinionMutation, RecordOpinionMutationVariables>;
export const CompleteEvaluationDocument = new TypedDocumentString(`
    mutation CompleteEvaluation($input: ActionInput!) {
  completeEvaluation(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<CompleteEvaluationMutation, CompleteEvaluationMutationVariables>;
export const ProposeGradeDocument = new TypedDocumentString(`
    mutation ProposeGrade($input: ProposeGradeInput!) {
  proposeGrade(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<ProposeGradeMutation, ProposeGradeMutationVariables>;
export const ApproveGradeDocument = new TypedDocumentString(`
    mutation ApproveGrade($input: ApproveGradeInput!) {
  approveGrade(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<ApproveGradeMutation, ApproveGradeMutationVariables>;
export const ChangeGradeDocument = new TypedDocumentString(`
    mutation ChangeGrade($input: ChangeGradeInput!) {
  changeGrade(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<ChangeGradeMutation, ChangeGradeMutationVariables>;
export const SendBackProposalDocument = new TypedDocumentString(`
    mutation SendBackProposal($input: SendBackInput!) {
  sendBackProposal(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<SendBackProposalMutation, SendBackProposalMutationVariables>;
export const OpenPublicNoticeDocument = new TypedDocumentString(`
    mutation OpenPublicNotice($input: OpenNoticeInput!) {
  openPublicNotice(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<OpenPublicNoticeMutation, OpenPublicNoticeMutationVariables>;
export const LodgeObjectionDocument = new TypedDocumentString(`
    mutation LodgeObjection($input: LodgeObjectionInput!) {
  lodgeObjection(input: $input) {
    assessmentId
    receivedAt
    objectionId
    attachmentToken
  }
}
    `) as unknown as TypedDocumentString<LodgeObjectionMutation, LodgeObjectionMutationVariables>;
export const InvestigateObjectionDocument = new TypedDocumentString(`
    mutation InvestigateObjection($input: ObjectionDecisionInput!) {
  investigateObjection(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<InvestigateObjectionMutation, InvestigateObjectionMutationVariables>;
export const UpholdObjectionDocument = new TypedDocumentString(`
    mutation UpholdObjection($input: ObjectionDecisionInput!) {
  upholdObjection(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<UpholdObjectionMutation, UpholdObjectionMutationVariables>;
export const DismissObjectionDocument = new TypedDocumentString(`
    mutation DismissObjection($input: ObjectionDecisionInput!) {
  dismissObjection(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<DismissObjectionMutation, DismissObjectionMutationVariables>;
export const ClosePublicNoticeDocument = new TypedDocumentString(`
    mutation ClosePublicNotice($input: ActionInput!) {
  closePublicNotice(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<ClosePublicNoticeMutation, ClosePublicNoticeMutationVariables>;
export const IssueWrittenNoticeDocument = new TypedDocumentString(`
    mutation IssueWrittenNotice($input: ActionInput!) {
  issueWrittenNotice(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<IssueWrittenNoticeMutation, IssueWrittenNoticeMutationVariables>;
export const SignWrittenNoticeDocument = new TypedDocumentString(`
    mutation SignWrittenNotice($input: SignNoticeInput!) {
  signWrittenNotice(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<SignWrittenNoticeMutation, SignWrittenNoticeMutationVariables>;
export const GiveFeedbackDocument = new TypedDocumentString(`
    mutation GiveFeedback($input: FeedbackInput!) {
  giveFeedback(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<GiveFeedbackMutation, GiveFeedbackMutationVariables>;
export const FileAssessmentDocument = new TypedDocumentString(`
    mutation FileAssessment($input: ActionInput!) {
  fileAssessment(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<FileAssessmentMutation, FileAssessmentMutationVariables>;
export const SubmitSummaryDocument = new TypedDocumentString(`
    mutation SubmitSummary($input: ActionInput!) {
  submitSummary(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<SubmitSummaryMutation, SubmitSummaryMutationVariables>;
export const CompleteFactFindingDocument = new TypedDocumentString(`
    mutation CompleteFactFinding($input: ActionInput!) {
  completeFactFinding(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<CompleteFactFindingMutation, CompleteFactFindingMutationVariables>;
export const AppraiseDocument = new TypedDocumentString(`
    mutation Appraise($input: AppraiseInput!) {
  appraise(input: $input) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<AppraiseMutation, AppraiseMutationVariables>;
export const AssessmentDetailDocument = new TypedDocumentString(`
    query AssessmentDetail($id: ID!) {
  assessment(id: $id) {
    ...AssessmentSummaryFields
    objections {
      id
      attachments {
        ...AttachmentFields
      }
    }
    teamAssessmentId
    team {
      id
      state
      proposedGrade
      finalGrade
    }
    members {
      id
      state
      overlay
      proposedGrade
      finalGrade
      cadre {
        id
        name
        post
      }
    }
    selfReport {
      ...SelfReportFields
    }
    evaluationRecords {
      id
      kind
      source
      summary
      recordedAt
    }
    turnoutException {
      reason
      recordedBy
      recordedAt
      invited
      returned
      turnoutPercent
      minimumTurnoutPercent
    }
    gradingResult {
      ...GradingResultFields
    }
    lifecycle {
      ...LifecycleFields
    }
    historyPage(first: 200) {
      nodes {
        ...HistoryFields
      }
    }
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}
fragment LifecycleFields on LifecycleView {
  machine
  current
  nodes {
    id
    parent
    description
    final
    current
  }
  edges {
    from
    to
    event
    guard
  }
}
fragment HistoryFields on AuditEntry {
  id
  occurredAt
  action
  actorName
  actorRole
  fromState
  toState
  payload
}
fragment SelfReportFields on SelfReport {
  workSummary
  dutiesAndTargets
  responsibilityStatement
  integrityStatement
  draftVersion
  draftSavedAt
  submittedAt
  attachments {
    ...AttachmentFields
  }
}
fragment GradingResultFields on GradingResultView {
  version
  grade
  score
  components {
    key
    weight
    value
    contribution
    source
    surveySource {
      surveys {
        surveyId
        title
        responses
        margin
      }
      rating {
        score
        sharePercent
      }
    }
  }
  gates {
    code
    effect
    detail
  }
  flags
  quota
  evaluation
  computedAt
}
fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}`) as unknown as TypedDocumentString<AssessmentDetailQuery, AssessmentDetailQueryVariables>;
export const SelfReportOfDocument = new TypedDocumentString(`
    query SelfReportOf($id: ID!) {
  assessment(id: $id) {
    id
    version
    availableActions
    selfReport {
      ...SelfReportFields
    }
  }
}
    fragment SelfReportFields on SelfReport {
  workSummary
  dutiesAndTargets
  responsibilityStatement
  integrityStatement
  draftVersion
  draftSavedAt
  submittedAt
  attachments {
    ...AttachmentFields
  }
}
fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}`) as unknown as TypedDocumentString<SelfReportOfQuery, SelfReportOfQueryVariables>;
export const AssessmentSummaryDocument = new TypedDocumentString(`
    query AssessmentSummary($id: ID!) {
  assessment(id: $id) {
    ...AssessmentSummaryFields
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<AssessmentSummaryQuery, AssessmentSummaryQueryVariables>;
export const AssessmentsDocument = new TypedDocumentString(`
    query Assessments($first: Int!, $after: String, $cycleId: ID, $organisationId: ID, $state: String, $grade: String, $kind: AssessmentKind, $cadreId: ID) {
  assessments(
    first: $first
    after: $after
    cycleId: $cycleId
    organisationId: $organisationId
    state: $state
    grade: $grade
    kind: $kind
    cadreId: $cadreId
  ) {
    nodes {
      ...AssessmentSummaryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<AssessmentsQuery, AssessmentsQueryVariables>;
export const WorkQueueDocument = new TypedDocumentString(`
    query WorkQueue($first: Int!, $after: String) {
  workQueue(first: $first, after: $after) {
    nodes {
      ...AssessmentSummaryFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}`) as unknown as TypedDocumentString<WorkQueueQuery, WorkQueueQueryVariables>;
export const WorkQueueCountDocument = new TypedDocumentString(`
    query WorkQueueCount {
  workQueue(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WorkQueueCountQuery, WorkQueueCountQueryVariables>;
export const MyAssessmentsDocument = new TypedDocumentString(`
    query MyAssessments {
  myAssessments {
    ...AssessmentSummaryFields
    selfReport {
      ...SelfReportFields
    }
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}
fragment SelfReportFields on SelfReport {
  workSummary
  dutiesAndTargets
  responsibilityStatement
  integrityStatement
  draftVersion
  draftSavedAt
  submittedAt
  attachments {
    ...AttachmentFields
  }
}
fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}`) as unknown as TypedDocumentString<MyAssessmentsQuery, MyAssessmentsQueryVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($first: Int!, $after: String) {
  myNotifications(first: $first, after: $after) {
    unread
    endCursor
    nodes {
      id
      kind
      assessmentId
      createdAt
      readAt
      payload
    }
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const SaveSelfReportDraftDocument = new TypedDocumentString(`
    mutation SaveSelfReportDraft($input: SelfReportDraftInput!) {
  saveSelfReportDraft(input: $input) {
    ...SelfReportFields
  }
}
    fragment SelfReportFields on SelfReport {
  workSummary
  dutiesAndTargets
  responsibilityStatement
  integrityStatement
  draftVersion
  draftSavedAt
  submittedAt
  attachments {
    ...AttachmentFields
  }
}
fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}`) as unknown as TypedDocumentString<SaveSelfReportDraftMutation, SaveSelfReportDraftMutationVariables>;
export const PublicNoticesDocument = new TypedDocumentString(`
    query PublicNotices {
  publicNotices {
    assessmentId
    subject
    post
    organisationName
    grade
    startsOn
    endsOn
  }
}
    `) as unknown as TypedDocumentString<PublicNoticesQuery, PublicNoticesQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue($first: Int!, $after: String) {
  assessments(first: $first, after: $after, state: "committeeReview") {
    nodes {
      ...AssessmentSummaryFields
      gradingResult {
        ...GradingResultFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}
fragment GradingResultFields on GradingResultView {
  version
  grade
  score
  components {
    key
    weight
    value
    contribution
    source
    surveySource {
      surveys {
        surveyId
        title
        responses
        margin
      }
      rating {
        score
        sharePercent
      }
    }
  }
  gates {
    code
    effect
    detail
  }
  flags
  quota
  evaluation
  computedAt
}`) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const TeamReportCandidatesDocument = new TypedDocumentString(`
    query TeamReportCandidates($organisationId: ID!) {
  cadres(first: 100, organisationId: $organisationId, includeSubtree: false) {
    nodes {
      id
      name
      post
    }
  }
}
    `) as unknown as TypedDocumentString<TeamReportCandidatesQuery, TeamReportCandidatesQueryVariables>;
export const DesignateTeamReportAuthorDocument = new TypedDocumentString(`
    mutation DesignateTeamReportAuthor($input: DesignateTeamReportAuthorInput!) {
  designateTeamReportAuthor(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DesignateTeamReportAuthorMutation, DesignateTeamReportAuthorMutationVariables>;
export const AttachmentLimitsDocument = new TypedDocumentString(`
    query AttachmentLimits {
  attachmentLimits {
    maxBytes
    maxPerOwner
    maxPerObjection
    extensions
  }
}
    `) as unknown as TypedDocumentString<AttachmentLimitsQuery, AttachmentLimitsQueryVariables>;
export const DeleteAttachmentDocument = new TypedDocumentString(`
    mutation DeleteAttachment($input: DeleteAttachmentInput!) {
  deleteAttachment(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteAttachmentMutation, DeleteAttachmentMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $entityType: String, $entityId: String, $action: String, $actor: String, $organisationId: ID, $from: DateTimeISO, $to: DateTimeISO) {
  auditLog(
    first: $first
    after: $after
    entityType: $entityType
    entityId: $entityId
    action: $action
    actor: $actor
    organisationId: $organisationId
    from: $from
    to: $to
  ) {
    nodes {
      id
      occurredAt
      actorUserId
      actorName
      actorRole
      action
      entityType
      entityId
      subjectName
      seq
      fromState
      toState
      fromVersion
      payload
      hash
      prevHash
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain($entityType: String, $entityId: String) {
  verifyAuditChain(entityType: $entityType, entityId: $entityId) {
    ok
    rowsChecked
    streamsChecked
    brokenEntryId
    reason
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const AuditVocabularyDocument = new TypedDocumentString(`
    query AuditVocabulary {
  vocabulary {
    auditEntityTypes
    auditActions
  }
}
    `) as unknown as TypedDocumentString<AuditVocabularyQuery, AuditVocabularyQueryVariables>;
export const SignInOptionsDocument = new TypedDocumentString(`
    query SignInOptions {
  signInOptions {
    identityProvider {
      displayName
      startPath
      issuer
      passwordForLinkedAccounts
    }
  }
}
    `) as unknown as TypedDocumentString<SignInOptionsQuery, SignInOptionsQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on ViewerView {
  userId
  username
  displayName
  cadreId
  permissions
  passwordChangeRequired
  grants {
    role
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    expiresAt
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on ViewerView {
  userId
  username
  displayName
  cadreId
  permissions
  passwordChangeRequired
  grants {
    role
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession {
  endSession {
    providerSignOutUrl
  }
}
    `) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const MyBallotInvitationsDocument = new TypedDocumentString(`
    query MyBallotInvitations {
  myBallotInvitations {
    assessmentId
    group
    state
    kind
    subject
    post
    organisationName
    cycleName
    overallVotes
  }
}
    `) as unknown as TypedDocumentString<MyBallotInvitationsQuery, MyBallotInvitationsQueryVariables>;
export const CastBallotDocument = new TypedDocumentString(`
    mutation CastBallot($input: CastBallotInput!) {
  castBallot(input: $input)
}
    `) as unknown as TypedDocumentString<CastBallotMutation, CastBallotMutationVariables>;
export const CycleBusinessDocument = new TypedDocumentString(`
    query CycleBusiness($cycleId: ID!) {
  businessAssessments(cycleId: $cycleId) {
    ...BusinessAssessmentFields
  }
  businessAssessmentReport(cycleId: $cycleId) {
    absorbed
    unitsCovered
    resultsEntered
    resultsMissing
    inspectionsReplaced
    lines {
      id
      name
      departmentName
      mode
      unitsCovered
      resultsEntered
      resultsMissing
      failed
      inspectionsReplaced
    }
  }
}
    fragment BusinessAssessmentFields on BusinessAssessmentView {
  id
  cycleId
  name
  departmentId
  departmentName
  coversTeams
  coversCadres
  organisationKinds
  mode
  weight
  inspectionsPerUnit
  unitsCovered
  resultsEntered
  declaredAt
}`) as unknown as TypedDocumentString<CycleBusinessQuery, CycleBusinessQueryVariables>;
export const MyBusinessDocument = new TypedDocumentString(`
    query MyBusiness {
  myBusinessAssessments {
    ...BusinessAssessmentFields
  }
}
    fragment BusinessAssessmentFields on BusinessAssessmentView {
  id
  cycleId
  name
  departmentId
  departmentName
  coversTeams
  coversCadres
  organisationKinds
  mode
  weight
  inspectionsPerUnit
  unitsCovered
  resultsEntered
  declaredAt
}`) as unknown as TypedDocumentString<MyBusinessQuery, MyBusinessQueryVariables>;
export const BusinessUnitsDocument = new TypedDocumentString(`
    query BusinessUnits($id: ID!) {
  businessAssessmentUnits(businessAssessmentId: $id) {
    organisationId
    organisationCode
    organisationName
    version
    score
    passed
    note
    recordedByName
    recordedAt
  }
}
    `) as unknown as TypedDocumentString<BusinessUnitsQuery, BusinessUnitsQueryVariables>;
export const DeclareBusinessDocument = new TypedDocumentString(`
    mutation DeclareBusiness($input: DeclareBusinessAssessmentInput!) {
  declareBusinessAssessment(input: $input)
}
    `) as unknown as TypedDocumentString<DeclareBusinessMutation, DeclareBusinessMutationVariables>;
export const EnterBusinessResultsDocument = new TypedDocumentString(`
    mutation EnterBusinessResults($input: EnterBusinessResultsInput!) {
  enterBusinessResults(input: $input)
}
    `) as unknown as TypedDocumentString<EnterBusinessResultsMutation, EnterBusinessResultsMutationVariables>;
export const ImportBusinessResultsDocument = new TypedDocumentString(`
    mutation ImportBusinessResults($input: ImportBusinessResultsInput!) {
  importBusinessResults(input: $input)
}
    `) as unknown as TypedDocumentString<ImportBusinessResultsMutation, ImportBusinessResultsMutationVariables>;
export const CadresDocument = new TypedDocumentString(`
    query Cadres($first: Int!, $after: String, $organisationId: ID, $includeSubtree: Boolean, $search: String, $rankLevel: RankLevel, $positionType: PositionType, $employmentStatus: EmploymentStatus) {
  cadres: searchCadres(
    first: $first
    after: $after
    organisationId: $organisationId
    includeSubtree: $includeSubtree
    search: $search
    rankLevel: $rankLevel
    positionType: $positionType
    employmentStatus: $employmentStatus
  ) {
    nodes {
      id
      name
      post
      rankLevel
      positionType
      employmentStatus
      teamMember
      organisation {
        id
        name
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CadresQuery, CadresQueryVariables>;
export const CadreDetailDocument = new TypedDocumentString(`
    query CadreDetail($id: ID!) {
  cadre(id: $id) {
    ...CadreDetailFields
  }
}
    fragment CadreDetailFields on Cadre {
  id
  name
  personNo
  gender
  birthDate
  post
  rankLevel
  positionType
  population
  tookPostOn
  teamMember
  employmentStatus
  employmentStatusSince
  version
  updatedAt
  organisation {
    id
    name
  }
  postings {
    year
    cycleName
    assessmentId
    organisationName
    postTitle
    rankLevel
    finalGrade
  }
  managingOrganisation {
    id
    name
  }
  statusesOn
  statusPeriods {
    id
    kind
    startsOn
    endsOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<CadreDetailQuery, CadreDetailQueryVariables>;
export const RecordCadreStatusDocument = new TypedDocumentString(`
    mutation RecordCadreStatus($input: RecordCadreStatusInput!) {
  recordCadreStatus(input: $input) {
    ...CadreDetailFields
  }
}
    fragment CadreDetailFields on Cadre {
  id
  name
  personNo
  gender
  birthDate
  post
  rankLevel
  positionType
  population
  tookPostOn
  teamMember
  employmentStatus
  employmentStatusSince
  version
  updatedAt
  organisation {
    id
    name
  }
  postings {
    year
    cycleName
    assessmentId
    organisationName
    postTitle
    rankLevel
    finalGrade
  }
  managingOrganisation {
    id
    name
  }
  statusesOn
  statusPeriods {
    id
    kind
    startsOn
    endsOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<RecordCadreStatusMutation, RecordCadreStatusMutationVariables>;
export const CreateCadreDocument = new TypedDocumentString(`
    mutation CreateCadre($input: CreateCadreInput!) {
  createCadre(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCadreMutation, CreateCadreMutationVariables>;
export const UpdateCadreDocument = new TypedDocumentString(`
    mutation UpdateCadre($input: UpdateCadreInput!) {
  updateCadre(input: $input) {
    ...CadreDetailFields
  }
}
    fragment CadreDetailFields on Cadre {
  id
  name
  personNo
  gender
  birthDate
  post
  rankLevel
  positionType
  population
  tookPostOn
  teamMember
  employmentStatus
  employmentStatusSince
  version
  updatedAt
  organisation {
    id
    name
  }
  postings {
    year
    cycleName
    assessmentId
    organisationName
    postTitle
    rankLevel
    finalGrade
  }
  managingOrganisation {
    id
    name
  }
  statusesOn
  statusPeriods {
    id
    kind
    startsOn
    endsOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<UpdateCadreMutation, UpdateCadreMutationVariables>;
export const MoveCadreDocument = new TypedDocumentString(`
    mutation MoveCadre($input: MoveCadreInput!) {
  moveCadre(input: $input) {
    ...CadreDetailFields
  }
}
    fragment CadreDetailFields on Cadre {
  id
  name
  personNo
  gender
  birthDate
  post
  rankLevel
  positionType
  population
  tookPostOn
  teamMember
  employmentStatus
  employmentStatusSince
  version
  updatedAt
  organisation {
    id
    name
  }
  postings {
    year
    cycleName
    assessmentId
    organisationName
    postTitle
    rankLevel
    finalGrade
  }
  managingOrganisation {
    id
    name
  }
  statusesOn
  statusPeriods {
    id
    kind
    startsOn
    endsOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<MoveCadreMutation, MoveCadreMutationVariables>;
export const SetCadreEmploymentStatusDocument = new TypedDocumentString(`
    mutation SetCadreEmploymentStatus($input: SetCadreEmploymentStatusInput!) {
  setCadreEmploymentStatus(input: $input) {
    ...CadreDetailFields
  }
}
    fragment CadreDetailFields on Cadre {
  id
  name
  personNo
  gender
  birthDate
  post
  rankLevel
  positionType
  population
  tookPostOn
  teamMember
  employmentStatus
  employmentStatusSince
  version
  updatedAt
  organisation {
    id
    name
  }
  postings {
    year
    cycleName
    assessmentId
    organisationName
    postTitle
    rankLevel
    finalGrade
  }
  managingOrganisation {
    id
    name
  }
  statusesOn
  statusPeriods {
    id
    kind
    startsOn
    endsOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<SetCadreEmploymentStatusMutation, SetCadreEmploymentStatusMutationVariables>;
export const SetManagingJurisdictionDocument = new TypedDocumentString(`
    mutation SetManagingJurisdiction($input: SetManagingJurisdictionInput!) {
  setManagingJurisdiction(input: $input) {
    ...CadreDetailFields
  }
}
    fragment CadreDetailFields on Cadre {
  id
  name
  personNo
  gender
  birthDate
  post
  rankLevel
  positionType
  population
  tookPostOn
  teamMember
  employmentStatus
  employmentStatusSince
  version
  updatedAt
  organisation {
    id
    name
  }
  postings {
    year
    cycleName
    assessmentId
    organisationName
    postTitle
    rankLevel
    finalGrade
  }
  managingOrganisation {
    id
    name
  }
  statusesOn
  statusPeriods {
    id
    kind
    startsOn
    endsOn
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<SetManagingJurisdictionMutation, SetManagingJurisdictionMutationVariables>;
export const WorkingCalendarDocument = new TypedDocumentString(`
    query WorkingCalendar {
  workingCalendar {
    libraryYears
    confirmedYears
    coveredYears
    missingYear
    canManage
    additions {
      day
    }
    warnings {
      year
      since
      urgent
    }
  }
}
    `) as unknown as TypedDocumentString<WorkingCalendarQuery, WorkingCalendarQueryVariables>;
export const CalendarWarningsDocument = new TypedDocumentString(`
    query CalendarWarnings {
  workingCalendar {
    warnings {
      year
      since
      urgent
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarWarningsQuery, CalendarWarningsQueryVariables>;
export const CalendarYearDocument = new TypedDocumentString(`
    query CalendarYear($year: Int!) {
  calendarYear(year: $year) {
    year
    status
    covered
    confirmedBy
    confirmedAt
    days {
      day
      kind
      name
      source
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarYearQuery, CalendarYearQueryVariables>;
export const SetCalendarDayDocument = new TypedDocumentString(`
    mutation SetCalendarDay($input: CalendarDayInput!) {
  setCalendarDay(input: $input) {
    day
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const ConfirmCalendarYearDocument = new TypedDocumentString(`
    mutation ConfirmCalendarYear($year: Int!) {
  confirmCalendarYear(year: $year)
}
    `) as unknown as TypedDocumentString<ConfirmCalendarYearMutation, ConfirmCalendarYearMutationVariables>;
export const ReviewCasesDocument = new TypedDocumentString(`
    query ReviewCases($first: Int!, $after: String, $state: String, $cadreId: ID) {
  reviewCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {
    nodes {
      ...ReviewCaseFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<ReviewCasesQuery, ReviewCasesQueryVariables>;
export const ReviewCaseDocument = new TypedDocumentString(`
    query ReviewCase($id: ID!) {
  reviewCase(id: $id) {
    ...ReviewCaseFields
    lifecycle {
      ...LifecycleFields
    }
    historyPage(first: 200) {
      nodes {
        ...HistoryFields
      }
    }
  }
}
    fragment LifecycleFields on LifecycleView {
  machine
  current
  nodes {
    id
    parent
    description
    final
    current
  }
  edges {
    from
    to
    event
    guard
  }
}
fragment HistoryFields on AuditEntry {
  id
  occurredAt
  action
  actorName
  actorRole
  fromState
  toState
  payload
}
fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<ReviewCaseQuery, ReviewCaseQueryVariables>;
export const FaultToleranceCasesDocument = new TypedDocumentString(`
    query FaultToleranceCases($first: Int!, $after: String, $state: String, $cadreId: ID) {
  faultToleranceCases(
    first: $first
    after: $after
    state: $state
    cadreId: $cadreId
  ) {
    nodes {
      ...FtCaseFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<FaultToleranceCasesQuery, FaultToleranceCasesQueryVariables>;
export const FaultToleranceCaseDocument = new TypedDocumentString(`
    query FaultToleranceCase($id: ID!) {
  faultToleranceCase(id: $id) {
    ...FtCaseFields
    lifecycle {
      ...LifecycleFields
    }
    historyPage(first: 200) {
      nodes {
        ...HistoryFields
      }
    }
  }
}
    fragment LifecycleFields on LifecycleView {
  machine
  current
  nodes {
    id
    parent
    description
    final
    current
  }
  edges {
    from
    to
    event
    guard
  }
}
fragment HistoryFields on AuditEntry {
  id
  occurredAt
  action
  actorName
  actorRole
  fromState
  toState
  payload
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<FaultToleranceCaseQuery, FaultToleranceCaseQueryVariables>;
export const AccusationsDocument = new TypedDocumentString(`
    query Accusations($first: Int!, $after: String, $state: String, $cadreId: ID) {
  accusations(first: $first, after: $after, state: $state, cadreId: $cadreId) {
    nodes {
      ...AccusationFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment AccusationFields on Accusation {
  ...CaseCoreFields
  source
  concernsYear
  negativeCode
  receivedOn
  countsAgainst
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<AccusationsQuery, AccusationsQueryVariables>;
export const MyResultCasesDocument = new TypedDocumentString(`
    query MyResultCases($id: ID!) {
  assessment(id: $id) {
    id
    reviewWindow {
      noticeOn
      today
      reviewable
      reviewableGrades
      reviewLastDay
      directAppealLastDay
      reviewRequestDays
      directAppealDays
      openCaseId
      availableRoutes
    }
    reviewCases {
      ...ReviewCaseFields
    }
    resultVersions {
      version
      grade
      source
      reason
      decidedAt
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<MyResultCasesQuery, MyResultCasesQueryVariables>;
export const ResultVersionsDocument = new TypedDocumentString(`
    query ResultVersions($assessmentId: ID!) {
  resultVersionsOf(assessmentId: $assessmentId) {
    version
    grade
    previousGrade
    source
    reason
    caseId
    decidedRole
    decidedAt
  }
}
    `) as unknown as TypedDocumentString<ResultVersionsQuery, ResultVersionsQueryVariables>;
export const CadreCasesDocument = new TypedDocumentString(`
    query CadreCases($cadreId: ID!) {
  penaltiesOf(cadreId: $cadreId) {
    ...PenaltyFields
  }
  investigationsOf(cadreId: $cadreId) {
    id
    cadreId
    startsOn
    endsOn
    conclusion
    penaltyId
    note
    availableActions
  }
}
    fragment PenaltyFields on Penalty {
  id
  cadreId
  kind
  category
  startedOn
  decidedOn
  effectiveUntil
  tolerated
  replacedBy
  note
  availableActions
}`) as unknown as TypedDocumentString<CadreCasesQuery, CadreCasesQueryVariables>;
export const MyPenaltiesDocument = new TypedDocumentString(`
    query MyPenalties($cadreId: ID!) {
  penaltiesOf(cadreId: $cadreId) {
    ...PenaltyFields
  }
  faultToleranceCases(first: 20, cadreId: $cadreId) {
    nodes {
      ...FtCaseFields
    }
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}
fragment PenaltyFields on Penalty {
  id
  cadreId
  kind
  category
  startedOn
  decidedOn
  effectiveUntil
  tolerated
  replacedBy
  note
  availableActions
}`) as unknown as TypedDocumentString<MyPenaltiesQuery, MyPenaltiesQueryVariables>;
export const CadrePickDocument = new TypedDocumentString(`
    query CadrePick($search: String, $first: Int!) {
  cadres(first: $first, search: $search, includeSubtree: true) {
    nodes {
      id
      name
      post
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CadrePickQuery, CadrePickQueryVariables>;
export const CadreNameDocument = new TypedDocumentString(`
    query CadreName($id: ID!) {
  cadre(id: $id) {
    id
    name
    post
    organisation {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CadreNameQuery, CadreNameQueryVariables>;
export const RequestReviewDocument = new TypedDocumentString(`
    mutation RequestReview($input: RequestReviewInput!) {
  requestReview(input: $input) {
    ...ReviewCaseFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<RequestReviewMutation, RequestReviewMutationVariables>;
export const AppealReviewDocument = new TypedDocumentString(`
    mutation AppealReview($input: AppealInput!) {
  appealReview(input: $input) {
    ...ReviewCaseFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<AppealReviewMutation, AppealReviewMutationVariables>;
export const DecideReviewDocument = new TypedDocumentString(`
    mutation DecideReview($input: CaseRulingInput!) {
  decideReview(input: $input) {
    ...ReviewCaseFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<DecideReviewMutation, DecideReviewMutationVariables>;
export const DecideAppealDocument = new TypedDocumentString(`
    mutation DecideAppeal($input: CaseRulingInput!) {
  decideAppeal(input: $input) {
    ...ReviewCaseFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<DecideAppealMutation, DecideAppealMutationVariables>;
export const ExtendAppealDocument = new TypedDocumentString(`
    mutation ExtendAppeal($input: ExtendAppealInput!) {
  extendAppeal(input: $input) {
    ...ReviewCaseFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<ExtendAppealMutation, ExtendAppealMutationVariables>;
export const WithdrawReviewDocument = new TypedDocumentString(`
    mutation WithdrawReview($input: CaseActionInput!) {
  withdrawReview(input: $input) {
    ...ReviewCaseFields
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}
fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment ReviewCaseFields on ReviewCase {
  ...CaseCoreFields
  assessmentId
  route
  availableActions
  attachments {
    ...AttachmentFields
  }
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<WithdrawReviewMutation, WithdrawReviewMutationVariables>;
export const OpenFaultToleranceDocument = new TypedDocumentString(`
    mutation OpenFaultTolerance($input: OpenFaultToleranceInput!) {
  openFaultToleranceCase(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<OpenFaultToleranceMutation, OpenFaultToleranceMutationVariables>;
export const AcceptFaultToleranceDocument = new TypedDocumentString(`
    mutation AcceptFaultTolerance($input: CaseActionInput!) {
  acceptFaultToleranceCase(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<AcceptFaultToleranceMutation, AcceptFaultToleranceMutationVariables>;
export const RefuseFaultToleranceDocument = new TypedDocumentString(`
    mutation RefuseFaultTolerance($input: FtTextInput!) {
  refuseFaultToleranceCase(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<RefuseFaultToleranceMutation, RefuseFaultToleranceMutationVariables>;
export const CompleteFaultToleranceInvestigationDocument = new TypedDocumentString(`
    mutation CompleteFaultToleranceInvestigation($input: FtTextInput!) {
  completeFaultToleranceInvestigation(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<CompleteFaultToleranceInvestigationMutation, CompleteFaultToleranceInvestigationMutationVariables>;
export const DecideFaultToleranceDocument = new TypedDocumentString(`
    mutation DecideFaultTolerance($input: DecideFaultToleranceInput!) {
  decideFaultToleranceCase(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<DecideFaultToleranceMutation, DecideFaultToleranceMutationVariables>;
export const GiveFaultToleranceFeedbackDocument = new TypedDocumentString(`
    mutation GiveFaultToleranceFeedback($input: FtTextInput!) {
  giveFaultToleranceFeedback(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<GiveFaultToleranceFeedbackMutation, GiveFaultToleranceFeedbackMutationVariables>;
export const FileFaultToleranceDocument = new TypedDocumentString(`
    mutation FileFaultTolerance($input: FtTextInput!) {
  fileFaultToleranceCase(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<FileFaultToleranceMutation, FileFaultToleranceMutationVariables>;
export const RecordFaultToleranceCorrectionDocument = new TypedDocumentString(`
    mutation RecordFaultToleranceCorrection($input: FtTextInput!) {
  recordFaultToleranceCorrection(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<RecordFaultToleranceCorrectionMutation, RecordFaultToleranceCorrectionMutationVariables>;
export const VerifyFaultToleranceCorrectionDocument = new TypedDocumentString(`
    mutation VerifyFaultToleranceCorrection($input: CaseActionInput!) {
  verifyFaultToleranceCorrection(input: $input) {
    ...FtCaseFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment FtCaseFields on FaultToleranceCase {
  ...CaseCoreFields
  penaltyId
  origin
  mistakeKey
  outcome
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<VerifyFaultToleranceCorrectionMutation, VerifyFaultToleranceCorrectionMutationVariables>;
export const RecordAccusationDocument = new TypedDocumentString(`
    mutation RecordAccusation($input: RecordAccusationInput!) {
  recordAccusation(input: $input) {
    ...AccusationFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment AccusationFields on Accusation {
  ...CaseCoreFields
  source
  concernsYear
  negativeCode
  receivedOn
  countsAgainst
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<RecordAccusationMutation, RecordAccusationMutationVariables>;
export const VerifyAccusationDocument = new TypedDocumentString(`
    mutation VerifyAccusation($input: VerifyAccusationInput!) {
  verifyAccusation(input: $input) {
    ...AccusationFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment AccusationFields on Accusation {
  ...CaseCoreFields
  source
  concernsYear
  negativeCode
  receivedOn
  countsAgainst
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<VerifyAccusationMutation, VerifyAccusationMutationVariables>;
export const ClearAccusationDocument = new TypedDocumentString(`
    mutation ClearAccusation($input: ClearAccusationInput!) {
  clearAccusation(input: $input) {
    ...AccusationFields
  }
}
    fragment CaseCoreFields on Case {
  id
  cadreId
  organisationId
  state
  version
  dueAt
  dueEvent
  createdAt
  updatedAt
  context
}
fragment AccusationFields on Accusation {
  ...CaseCoreFields
  source
  concernsYear
  negativeCode
  receivedOn
  countsAgainst
  availableActions
  cadre {
    id
    name
    post
  }
}`) as unknown as TypedDocumentString<ClearAccusationMutation, ClearAccusationMutationVariables>;
export const RecordPenaltyDocument = new TypedDocumentString(`
    mutation RecordPenalty($input: PenaltyInput!) {
  recordPenalty(input: $input)
}
    `) as unknown as TypedDocumentString<RecordPenaltyMutation, RecordPenaltyMutationVariables>;
export const StartAccountabilityDocument = new TypedDocumentString(`
    mutation StartAccountability($input: StartAccountabilityInput!) {
  startAccountability(input: $input) {
    ...PenaltyFields
  }
}
    fragment PenaltyFields on Penalty {
  id
  cadreId
  kind
  category
  startedOn
  decidedOn
  effectiveUntil
  tolerated
  replacedBy
  note
  availableActions
}`) as unknown as TypedDocumentString<StartAccountabilityMutation, StartAccountabilityMutationVariables>;
export const DecidePenaltyDocument = new TypedDocumentString(`
    mutation DecidePenalty($input: DecidePenaltyInput!) {
  decidePenalty(input: $input) {
    ...PenaltyFields
  }
}
    fragment PenaltyFields on Penalty {
  id
  cadreId
  kind
  category
  startedOn
  decidedOn
  effectiveUntil
  tolerated
  replacedBy
  note
  availableActions
}`) as unknown as TypedDocumentString<DecidePenaltyMutation, DecidePenaltyMutationVariables>;
export const OpenInvestigationDocument = new TypedDocumentString(`
    mutation OpenInvestigation($input: OpenInvestigationInput!) {
  openInvestigation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<OpenInvestigationMutation, OpenInvestigationMutationVariables>;
export const CloseInvestigationDocument = new TypedDocumentString(`
    mutation CloseInvestigation($input: CloseInvestigationInput!) {
  closeInvestigation(input: $input) {
    id
    conclusion
  }
}
    `) as unknown as TypedDocumentString<CloseInvestigationMutation, CloseInvestigationMutationVariables>;
export const CorroborationDocument = new TypedDocumentString(`
    query Corroboration($id: ID!, $cycleId: ID!) {
  assessment(id: $id) {
    id
    state
    corroboratingFindings {
      id
      source
      findingType
      findingTypeLabel
      feeds
      target
      targetLabel
      documentRef
      foundOn
      summary
      state
      stateNote
      feedsGate
      recordedBy
      recordedAt
      attachments {
        ...AttachmentFields
      }
    }
    vetoConsultations {
      id
      findingId
      vetoItem
      vetoItemLabel
      department
      question
      requestedOn
      dueOn
      overdue
      state
      applies
      answerReason
      answeredBy
      answeredOn
      recordedBy
      withdrawnReason
    }
  }
  corroborationOptions(cycleId: $cycleId) {
    consultationWorkingDays
    findingTypes {
      source
      code
      label
      feeds
      target
      targetLabel
    }
    vetoItems {
      code
      label
      effect
    }
  }
}
    fragment AttachmentFields on Attachment {
  id
  name
  size
  mediaType
  uploadedAt
  uploaderName
  url
  canDelete
}`) as unknown as TypedDocumentString<CorroborationQuery, CorroborationQueryVariables>;
export const RecordFindingDocument = new TypedDocumentString(`
    mutation RecordFinding($input: FindingInput!) {
  recordFinding(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordFindingMutation, RecordFindingMutationVariables>;
export const SetFindingStateDocument = new TypedDocumentString(`
    mutation SetFindingState($input: FindingStateInput!) {
  setFindingState(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<SetFindingStateMutation, SetFindingStateMutationVariables>;
export const RequestVetoConsultationDocument = new TypedDocumentString(`
    mutation RequestVetoConsultation($input: ConsultationRequestInput!) {
  requestVetoConsultation(input: $input) {
    id
    dueOn
  }
}
    `) as unknown as TypedDocumentString<RequestVetoConsultationMutation, RequestVetoConsultationMutationVariables>;
export const AnswerVetoConsultationDocument = new TypedDocumentString(`
    mutation AnswerVetoConsultation($input: ConsultationAnswerInput!) {
  answerVetoConsultation(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<AnswerVetoConsultationMutation, AnswerVetoConsultationMutationVariables>;
export const WithdrawVetoConsultationDocument = new TypedDocumentString(`
    mutation WithdrawVetoConsultation($input: ConsultationWithdrawInput!) {
  withdrawVetoConsultation(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<WithdrawVetoConsultationMutation, WithdrawVetoConsultationMutationVariables>;
export const OpenVetoConsultationsDocument = new TypedDocumentString(`
    query OpenVetoConsultations($first: Int!) {
  openVetoConsultations(first: $first) {
    id
    assessmentId
    subjectName
    vetoItemLabel
    department
    dueOn
    overdue
  }
}
    `) as unknown as TypedDocumentString<OpenVetoConsultationsQuery, OpenVetoConsultationsQueryVariables>;
export const CyclesDocument = new TypedDocumentString(`
    query Cycles {
  cycles {
    ...CycleRowFields
  }
}
    fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}`) as unknown as TypedDocumentString<CyclesQuery, CyclesQueryVariables>;
export const CycleDetailDocument = new TypedDocumentString(`
    query CycleDetail($id: ID!) {
  cycle(id: $id) {
    ...CycleRowFields
    ruleSetId
    progress {
      state
      kind
      count
    }
    lifecycle {
      ...LifecycleFields
    }
    historyPage(first: 200) {
      nodes {
        ...HistoryFields
      }
    }
  }
}
    fragment LifecycleFields on LifecycleView {
  machine
  current
  nodes {
    id
    parent
    description
    final
    current
  }
  edges {
    from
    to
    event
    guard
  }
}
fragment HistoryFields on AuditEntry {
  id
  occurredAt
  action
  actorName
  actorRole
  fromState
  toState
  payload
}
fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}`) as unknown as TypedDocumentString<CycleDetailQuery, CycleDetailQueryVariables>;
export const PlanCycleDocument = new TypedDocumentString(`
    mutation PlanCycle($input: PlanCycleInput!) {
  planCycle(input: $input) {
    ...CycleRowFields
  }
}
    fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}`) as unknown as TypedDocumentString<PlanCycleMutation, PlanCycleMutationVariables>;
export const EnrolInCycleDocument = new TypedDocumentString(`
    mutation EnrolInCycle($input: EnrolInput!) {
  enrolInCycle(input: $input) {
    ...CycleRowFields
  }
}
    fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}`) as unknown as TypedDocumentString<EnrolInCycleMutation, EnrolInCycleMutationVariables>;
export const EnrolInCycleWithReportDocument = new TypedDocumentString(`
    mutation EnrolInCycleWithReport($input: EnrolInput!) {
  enrolInCycleWithReport(input: $input) {
    cycle {
      ...CycleRowFields
    }
    cadres
    teams
    skipped {
      cadre {
        id
        name
        post
      }
      organisation {
        id
        name
      }
      kind
      reason
      existingCycleId
      existingCycleName
      managingOrganisationName
    }
  }
}
    fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}`) as unknown as TypedDocumentString<EnrolInCycleWithReportMutation, EnrolInCycleWithReportMutationVariables>;
export const OpenCycleDocument = new TypedDocumentString(`
    mutation OpenCycle($input: CycleActionInput!) {
  openCycle(input: $input) {
    ...CycleRowFields
  }
}
    fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}`) as unknown as TypedDocumentString<OpenCycleMutation, OpenCycleMutationVariables>;
export const CloseCycleDocument = new TypedDocumentString(`
    mutation CloseCycle($input: CycleActionInput!) {
  closeCycle(input: $input) {
    ...CycleRowFields
  }
}
    fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}`) as unknown as TypedDocumentString<CloseCycleMutation, CloseCycleMutationVariables>;
export const CancelCycleDocument = new TypedDocumentString(`
    mutation CancelCycle($input: CancelCycleInput!) {
  cancelCycle(input: $input) {
    ...CycleRowFields
  }
}
    fragment CycleRowFields on AssessmentCycle {
  id
  kind
  name
  year
  quarter
  task
  state
  version
  availableActions
  createdAt
  organisation {
    id
    name
  }
  assessingOrganisation {
    id
    name
  }
  deadlines {
    selfReportDue
    evaluationDue
    reviewDue
    finishBy
  }
}`) as unknown as TypedDocumentString<CancelCycleMutation, CancelCycleMutationVariables>;
export const CycleKindsDocument = new TypedDocumentString(`
    query CycleKinds($id: ID!) {
  cycle(id: $id) {
    id
    kind
    year
    settings
    specialRule {
      mode
      threshold
      points
      gateEffect
      bonusLimit
      deductionLimit
    }
    termPeriod {
      startsOn
      endsOn
    }
  }
}
    `) as unknown as TypedDocumentString<CycleKindsQuery, CycleKindsQueryVariables>;
export const SetSpecialRuleDocument = new TypedDocumentString(`
    mutation SetSpecialRule($input: SpecialRuleInput!) {
  setSpecialRule(input: $input) {
    mode
  }
}
    `) as unknown as TypedDocumentString<SetSpecialRuleMutation, SetSpecialRuleMutationVariables>;
export const SetTermPeriodDocument = new TypedDocumentString(`
    mutation SetTermPeriod($input: TermPeriodInput!) {
  setTermPeriod(input: $input) {
    startsOn
  }
}
    `) as unknown as TypedDocumentString<SetTermPeriodMutation, SetTermPeriodMutationVariables>;
export const AssessmentTermDocument = new TypedDocumentString(`
    query AssessmentTerm($id: ID!) {
  assessment(id: $id) {
    id
    kind
    finalGrade
    termTargets {
      id
      position
      target
      measure
      achieved
      score
    }
    termYears {
      year
      grade
      assessmentId
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentTermQuery, AssessmentTermQueryVariables>;
export const SetTermTargetsDocument = new TypedDocumentString(`
    mutation SetTermTargets($input: TermTargetsInput!) {
  setTermTargets(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetTermTargetsMutation, SetTermTargetsMutationVariables>;
export const EvaluationInputOptionsDocument = new TypedDocumentString(`
    query EvaluationInputOptions($cycleId: ID!) {
  evaluationInputOptions(cycleId: $cycleId) {
    scoreComponents
    publicSurveyPercent
    negativeList {
      code
      label
    }
  }
}
    `) as unknown as TypedDocumentString<EvaluationInputOptionsQuery, EvaluationInputOptionsQueryVariables>;
export const CycleScoresDocument = new TypedDocumentString(`
    query CycleScores($cycleId: ID!, $after: String, $first: Int!) {
  assessments(cycleId: $cycleId, after: $after, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      kind
      cadre {
        id
        name
        post
      }
      organisation {
        id
        name
      }
      scoreInputs {
        component
        value
        source
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CycleScoresQuery, CycleScoresQueryVariables>;
export const SetScoresDocument = new TypedDocumentString(`
    mutation SetScores($rows: [ScoreRowInput!]!) {
  setScores(rows: $rows)
}
    `) as unknown as TypedDocumentString<SetScoresMutation, SetScoresMutationVariables>;
export const ImportScoresDocument = new TypedDocumentString(`
    mutation ImportScores($csv: String!) {
  importScores(csv: $csv)
}
    `) as unknown as TypedDocumentString<ImportScoresMutation, ImportScoresMutationVariables>;
export const AssessmentInputsDocument = new TypedDocumentString(`
    query AssessmentInputs($id: ID!) {
  assessment(id: $id) {
    id
    version
    kind
    state
    overlay
    availableActions
    cycle {
      id
    }
    politicalReview {
      rating
      veto
      note
      recordedBy
      recordedAt
    }
    negativeFindings {
      id
      code
      note
      cleared
      recordedBy
      recordedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AssessmentInputsQuery, AssessmentInputsQueryVariables>;
export const RecordPoliticalReviewDocument = new TypedDocumentString(`
    mutation RecordPoliticalReview($input: PoliticalReviewInput!) {
  recordPoliticalReview(input: $input)
}
    `) as unknown as TypedDocumentString<RecordPoliticalReviewMutation, RecordPoliticalReviewMutationVariables>;
export const RecordNegativeFindingDocument = new TypedDocumentString(`
    mutation RecordNegativeFinding($input: NegativeFindingInput!) {
  recordNegativeFinding(input: $input)
}
    `) as unknown as TypedDocumentString<RecordNegativeFindingMutation, RecordNegativeFindingMutationVariables>;
export const SetOverlayDocument = new TypedDocumentString(`
    mutation SetOverlay($input: SetOverlayInput!) {
  setOverlay(input: $input) {
    id
    overlay
    version
  }
}
    `) as unknown as TypedDocumentString<SetOverlayMutation, SetOverlayMutationVariables>;
export const InviteRatersDocument = new TypedDocumentString(`
    mutation InviteRaters($input: InviteRatersInput!) {
  inviteRaters(input: $input)
}
    `) as unknown as TypedDocumentString<InviteRatersMutation, InviteRatersMutationVariables>;
export const PromotionBlockersDocument = new TypedDocumentString(`
    query PromotionBlockers($cadreId: ID!) {
  promotionBlockers(cadreId: $cadreId) {
    blocked
    blockers {
      kind
      recordId
      since
      until
    }
    disregarded {
      kind
      recordId
      since
      until
    }
  }
}
    `) as unknown as TypedDocumentString<PromotionBlockersQuery, PromotionBlockersQueryVariables>;
export const EnrolCadreDocument = new TypedDocumentString(`
    mutation EnrolCadre($input: EnrolCadreInput!) {
  enrolCadreInCycle(input: $input) {
    id
    state
  }
}
    `) as unknown as TypedDocumentString<EnrolCadreMutation, EnrolCadreMutationVariables>;
export const SetIndicatorValueDocument = new TypedDocumentString(`
    mutation SetIndicatorValue($input: IndicatorValueInput!) {
  setIndicatorValue(input: $input)
}
    `) as unknown as TypedDocumentString<SetIndicatorValueMutation, SetIndicatorValueMutationVariables>;
export const AssignResponsibilitiesDocument = new TypedDocumentString(`
    mutation AssignResponsibilities($input: AssignResponsibilitiesInput!) {
  assignIndicatorResponsibilities(input: $input)
}
    `) as unknown as TypedDocumentString<AssignResponsibilitiesMutation, AssignResponsibilitiesMutationVariables>;
export const CycleSchemesDocument = new TypedDocumentString(`
    query CycleSchemes($id: ID!) {
  cycle(id: $id) {
    id
    indicatorSchemeVersions
  }
}
    `) as unknown as TypedDocumentString<CycleSchemesQuery, CycleSchemesQueryVariables>;
export const SchemeIndicatorsDocument = new TypedDocumentString(`
    query SchemeIndicators($id: ID!) {
  indicatorSchemeVersion(id: $id) {
    id
    name
    category
    tree
  }
}
    `) as unknown as TypedDocumentString<SchemeIndicatorsQuery, SchemeIndicatorsQueryVariables>;
export const CycleGradingRunsDocument = new TypedDocumentString(`
    query CycleGradingRuns($id: ID!) {
  cycle(id: $id) {
    id
    state
    gradingRuns(first: 5) {
      ...GradingRunFields
    }
  }
}
    fragment GradingRunFields on GradingRunRecord {
  id
  cycleId
  startedByName
  status
  phase
  done
  total
  graded
  byGrade {
    grade
    count
  }
  errorCode
  queuedAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<CycleGradingRunsQuery, CycleGradingRunsQueryVariables>;
export const GradingRunDocument = new TypedDocumentString(`
    query GradingRun($id: ID!) {
  gradingRun(id: $id) {
    ...GradingRunFields
  }
}
    fragment GradingRunFields on GradingRunRecord {
  id
  cycleId
  startedByName
  status
  phase
  done
  total
  graded
  byGrade {
    grade
    count
  }
  errorCode
  queuedAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<GradingRunQuery, GradingRunQueryVariables>;
export const StartGradingRunDocument = new TypedDocumentString(`
    mutation StartGradingRun($cycleId: ID!) {
  startGradingRun(cycleId: $cycleId) {
    ...GradingRunFields
  }
}
    fragment GradingRunFields on GradingRunRecord {
  id
  cycleId
  startedByName
  status
  phase
  done
  total
  graded
  byGrade {
    grade
    count
  }
  errorCode
  queuedAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<StartGradingRunMutation, StartGradingRunMutationVariables>;
export const GradingProposalsDocument = new TypedDocumentString(`
    query GradingProposals($first: Int!, $after: String, $cycleId: ID!, $organisationId: ID, $engineGrade: String) {
  assessments(
    first: $first
    after: $after
    cycleId: $cycleId
    organisationId: $organisationId
    engineGrade: $engineGrade
    graded: true
  ) {
    nodes {
      ...AssessmentSummaryFields
      gradingResult {
        ...GradingResultFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment AssessmentCoreFields on Assessment {
  id
  kind
  state
  version
  overlay
  proposedGrade
  finalGrade
  dueAt
  dueEvent
  availableActions
  context
  updatedAt
  objections {
    id
    content
    status
    finding
    lodgedAt
    decidedAt
  }
}
fragment AssessmentSummaryFields on Assessment {
  ...AssessmentCoreFields
  cadre {
    id
    name
    post
    rankLevel
  }
  organisation {
    id
    name
    teamReportAuthor {
      id
      name
      post
    }
  }
  cycle {
    id
    name
    year
    kind
  }
}
fragment GradingResultFields on GradingResultView {
  version
  grade
  score
  components {
    key
    weight
    value
    contribution
    source
    surveySource {
      surveys {
        surveyId
        title
        responses
        margin
      }
      rating {
        score
        sharePercent
      }
    }
  }
  gates {
    code
    effect
    detail
  }
  flags
  quota
  evaluation
  computedAt
}`) as unknown as TypedDocumentString<GradingProposalsQuery, GradingProposalsQueryVariables>;
export const CycleQuotaRaisesDocument = new TypedDocumentString(`
    query CycleQuotaRaises($id: ID!) {
  cycle(id: $id) {
    id
    state
    year
    organisation {
      id
      name
    }
    quotaRule {
      percent
      raisedPercent
    }
    quotaRaises {
      id
      pool
      organisationId
      organisationName
      rankLevel
      approvedBy
      documentRef
      approvedOn
      recordedByName
      recordedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CycleQuotaRaisesQuery, CycleQuotaRaisesQueryVariables>;
export const RecordQuotaRaiseDocument = new TypedDocumentString(`
    mutation RecordQuotaRaise($input: QuotaRaiseInput!) {
  recordQuotaRaise(input: $input)
}
    `) as unknown as TypedDocumentString<RecordQuotaRaiseMutation, RecordQuotaRaiseMutationVariables>;
export const HomeOrganisationCountDocument = new TypedDocumentString(`
    query HomeOrganisationCount {
  organisations(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HomeOrganisationCountQuery, HomeOrganisationCountQueryVariables>;
export const HomeCadreCountDocument = new TypedDocumentString(`
    query HomeCadreCount {
  cadres(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<HomeCadreCountQuery, HomeCadreCountQueryVariables>;
export const MyCadreDocument = new TypedDocumentString(`
    query MyCadre($id: ID!) {
  cadre(id: $id) {
    id
    name
    post
    rankLevel
    positionType
    tookPostOn
    organisation {
      id
      name
    }
    statusesOn
  }
}
    `) as unknown as TypedDocumentString<MyCadreQuery, MyCadreQueryVariables>;
export const IndicatorSchemeVersionsDocument = new TypedDocumentString(`
    query IndicatorSchemeVersions($jurisdictionId: ID!) {
  indicatorSchemeVersions(jurisdictionId: $jurisdictionId) {
    ...SchemeVersionFields
  }
}
    fragment SchemeVersionFields on IndicatorSchemeVersionView {
  id
  schemeId
  jurisdictionId
  category
  name
  version
  status
  effectiveFrom
  tree
  note
  createdAt
  publishedAt
  issues {
    code
    node
    message
  }
}`) as unknown as TypedDocumentString<IndicatorSchemeVersionsQuery, IndicatorSchemeVersionsQueryVariables>;
export const SaveIndicatorSchemeDraftDocument = new TypedDocumentString(`
    mutation SaveIndicatorSchemeDraft($input: SaveSchemeDraftInput!) {
  saveIndicatorSchemeDraft(input: $input) {
    ...SchemeVersionFields
  }
}
    fragment SchemeVersionFields on IndicatorSchemeVersionView {
  id
  schemeId
  jurisdictionId
  category
  name
  version
  status
  effectiveFrom
  tree
  note
  createdAt
  publishedAt
  issues {
    code
    node
    message
  }
}`) as unknown as TypedDocumentString<SaveIndicatorSchemeDraftMutation, SaveIndicatorSchemeDraftMutationVariables>;
export const PublishIndicatorSchemeDocument = new TypedDocumentString(`
    mutation PublishIndicatorScheme($input: PublishSchemeInput!) {
  publishIndicatorScheme(input: $input) {
    ...SchemeVersionFields
  }
}
    fragment SchemeVersionFields on IndicatorSchemeVersionView {
  id
  schemeId
  jurisdictionId
  category
  name
  version
  status
  effectiveFrom
  tree
  note
  createdAt
  publishedAt
  issues {
    code
    node
    message
  }
}`) as unknown as TypedDocumentString<PublishIndicatorSchemeMutation, PublishIndicatorSchemeMutationVariables>;
export const ImportIndicatorFileDocument = new TypedDocumentString(`
    mutation ImportIndicatorFile($input: ImportIndicatorFileInput!) {
  importIndicatorFile(input: $input)
}
    `) as unknown as TypedDocumentString<ImportIndicatorFileMutation, ImportIndicatorFileMutationVariables>;
export const OrganisationOptionsDocument = new TypedDocumentString(`
    query OrganisationOptions($search: String, $first: Int!) {
  organisations(search: $search, first: $first) {
    nodes {
      ...OrganisationOption
    }
  }
}
    fragment OrganisationOption on Organisation {
  id
  name
  code
  depth
  kind
}`) as unknown as TypedDocumentString<OrganisationOptionsQuery, OrganisationOptionsQueryVariables>;
export const OrganisationOptionByIdDocument = new TypedDocumentString(`
    query OrganisationOptionById($id: ID!) {
  organisation(id: $id) {
    ...OrganisationOption
  }
}
    fragment OrganisationOption on Organisation {
  id
  name
  code
  depth
  kind
}`) as unknown as TypedDocumentString<OrganisationOptionByIdQuery, OrganisationOptionByIdQueryVariables>;
export const OrganisationsDocument = new TypedDocumentString(`
    query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String, $includeRetired: Boolean) {
  organisations(
    first: $first
    after: $after
    parentId: $parentId
    kind: $kind
    search: $search
    includeRetired: $includeRetired
  ) {
    nodes {
      ...OrganisationRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment OrganisationRowFields on Organisation {
  id
  name
  code
  kind
  category
  depth
  parentId
  restrictedDevelopment
  retiredOn
  version
}`) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationCrumbDocument = new TypedDocumentString(`
    query OrganisationCrumb($id: ID!) {
  organisation(id: $id) {
    id
    name
    parentId
  }
}
    `) as unknown as TypedDocumentString<OrganisationCrumbQuery, OrganisationCrumbQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    ...OrganisationRowFields
  }
}
    fragment OrganisationRowFields on Organisation {
  id
  name
  code
  kind
  category
  depth
  parentId
  restrictedDevelopment
  retiredOn
  version
}`) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = new TypedDocumentString(`
    mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) {
    ...OrganisationRowFields
  }
}
    fragment OrganisationRowFields on Organisation {
  id
  name
  code
  kind
  category
  depth
  parentId
  restrictedDevelopment
  retiredOn
  version
}`) as unknown as TypedDocumentString<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const MoveOrganisationDocument = new TypedDocumentString(`
    mutation MoveOrganisation($input: MoveOrganisationInput!) {
  moveOrganisation(input: $input) {
    ...OrganisationRowFields
  }
}
    fragment OrganisationRowFields on Organisation {
  id
  name
  code
  kind
  category
  depth
  parentId
  restrictedDevelopment
  retiredOn
  version
}`) as unknown as TypedDocumentString<MoveOrganisationMutation, MoveOrganisationMutationVariables>;
export const RetireOrganisationDocument = new TypedDocumentString(`
    mutation RetireOrganisation($input: RetireOrganisationInput!) {
  retireOrganisation(input: $input) {
    ...OrganisationRowFields
  }
}
    fragment OrganisationRowFields on Organisation {
  id
  name
  code
  kind
  category
  depth
  parentId
  restrictedDevelopment
  retiredOn
  version
}`) as unknown as TypedDocumentString<RetireOrganisationMutation, RetireOrganisationMutationVariables>;
export const OutcomeTasksDocument = new TypedDocumentString(`
    query OutcomeTasks($first: Int!, $after: String, $state: String, $kind: OutcomeKind, $cycleId: ID, $organisationId: ID, $cadreId: ID) {
  outcomeTasks(
    first: $first
    after: $after
    state: $state
    kind: $kind
    cycleId: $cycleId
    organisationId: $organisationId
    cadreId: $cadreId
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...OutcomeTaskFields
    }
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<OutcomeTasksQuery, OutcomeTasksQueryVariables>;
export const OutcomeWorkQueueDocument = new TypedDocumentString(`
    query OutcomeWorkQueue($first: Int!, $after: String) {
  outcomeWorkQueue(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...OutcomeTaskFields
    }
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<OutcomeWorkQueueQuery, OutcomeWorkQueueQueryVariables>;
export const OutcomeTaskDetailDocument = new TypedDocumentString(`
    query OutcomeTaskDetail($id: ID!) {
  outcomeTask(id: $id) {
    ...OutcomeTaskFields
    assessment {
      id
      finalGrade
      cycle {
        id
        name
      }
    }
    lifecycle {
      ...LifecycleFields
    }
    historyPage(first: 200) {
      nodes {
        ...HistoryFields
      }
    }
  }
}
    fragment LifecycleFields on LifecycleView {
  machine
  current
  nodes {
    id
    parent
    description
    final
    current
  }
  edges {
    from
    to
    event
    guard
  }
}
fragment HistoryFields on AuditEntry {
  id
  occurredAt
  action
  actorName
  actorRole
  fromState
  toState
  payload
}
fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<OutcomeTaskDetailQuery, OutcomeTaskDetailQueryVariables>;
export const CounterAlertsDocument = new TypedDocumentString(`
    query CounterAlerts($first: Int!, $after: String, $counter: AlertCounter, $stage: AlertStage, $organisationId: ID, $year: Int) {
  outcomeCounterAlerts(
    first: $first
    after: $after
    counter: $counter
    stage: $stage
    organisationId: $organisationId
    year: $year
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      cadreId
      counter
      stage
      value
      threshold
      latestYear
      latestGrade
      countedYears
      cadre {
        id
        name
        post
      }
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CounterAlertsQuery, CounterAlertsQueryVariables>;
export const OutcomeCycleOptionsDocument = new TypedDocumentString(`
    query OutcomeCycleOptions {
  cycles {
    id
    name
    year
    kind
  }
}
    `) as unknown as TypedDocumentString<OutcomeCycleOptionsQuery, OutcomeCycleOptionsQueryVariables>;
export const CadreRecordDocument = new TypedDocumentString(`
    query CadreRecord($cadreId: ID!) {
  cadre(id: $cadreId) {
    id
    name
    post
    organisation {
      id
      name
    }
  }
  cadreRecord(cadreId: $cadreId) {
    subject
    results {
      assessmentId
      year
      grade
      decidedAt
      proposedGrade
      proposalComment
      decision
      changedFrom
      changeReason
      overlay
      overlayReason
      noticeStartsOn
      noticeEndsOn
      score
      gates {
        code
        effect
        detail
      }
    }
    outcomes {
      ...OutcomeTaskFields
    }
    counters {
      key
      value
      threshold
      asOf
      countedYears
      notCounted {
        year
        grade
        why
      }
      explanation
    }
    blocked {
      kind
      year
      statuses
      explanation
    }
    timeline {
      at
      year
      kind
      entityId
      status
      title
      item {
        ... on YearResult {
          grade
          decision
        }
        ... on OutcomeTask {
          id
          kind
          state
        }
      }
    }
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<CadreRecordQuery, CadreRecordQueryVariables>;
export const ApproveOutcomeDocument = new TypedDocumentString(`
    mutation ApproveOutcome($input: ApproveOutcomeInput!) {
  approveOutcome(input: $input) {
    ...OutcomeTaskFields
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<ApproveOutcomeMutation, ApproveOutcomeMutationVariables>;
export const CarryOutOutcomeDocument = new TypedDocumentString(`
    mutation CarryOutOutcome($input: OutcomeNoteInput!) {
  carryOutOutcome(input: $input) {
    ...OutcomeTaskFields
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<CarryOutOutcomeMutation, CarryOutOutcomeMutationVariables>;
export const VerifyOutcomeDocument = new TypedDocumentString(`
    mutation VerifyOutcome($input: VerifyOutcomeInput!) {
  verifyOutcome(input: $input) {
    ...OutcomeTaskFields
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<VerifyOutcomeMutation, VerifyOutcomeMutationVariables>;
export const CancelOutcomeDocument = new TypedDocumentString(`
    mutation CancelOutcome($input: CancelOutcomeInput!) {
  cancelOutcome(input: $input) {
    ...OutcomeTaskFields
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<CancelOutcomeMutation, CancelOutcomeMutationVariables>;
export const EnrolTrainingDocument = new TypedDocumentString(`
    mutation EnrolTraining($input: EnrolTrainingInput!) {
  enrolTraining(input: $input) {
    ...OutcomeTaskFields
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<EnrolTrainingMutation, EnrolTrainingMutationVariables>;
export const CompleteTrainingDocument = new TypedDocumentString(`
    mutation CompleteTraining($input: OutcomeNoteInput!) {
  completeTraining(input: $input) {
    ...OutcomeTaskFields
  }
}
    fragment OutcomeTaskFields on OutcomeTask {
  id
  kind
  subject
  state
  version
  year
  machineId
  dueAt
  dueEvent
  availableActions
  basis
  context
  createdAt
  updatedAt
  cadre {
    id
    name
    post
  }
  organisation {
    id
    name
  }
}`) as unknown as TypedDocumentString<CompleteTrainingMutation, CompleteTrainingMutationVariables>;
export const PrintCycleDocument = new TypedDocumentString(`
    query PrintCycle($id: ID!) {
  cycle(id: $id) {
    id
    name
    year
    organisation {
      id
      name
      issuingOrgan
    }
  }
}
    `) as unknown as TypedDocumentString<PrintCycleQuery, PrintCycleQueryVariables>;
export const WrittenNoticeIssuerDocument = new TypedDocumentString(`
    query WrittenNoticeIssuer($id: ID!) {
  assessment(id: $id) {
    id
    cycle {
      id
      organisation {
        id
        issuingOrgan
      }
    }
    reviewWindow {
      reviewable
      reviewRequestDays
    }
  }
}
    `) as unknown as TypedDocumentString<WrittenNoticeIssuerQuery, WrittenNoticeIssuerQueryVariables>;
export const CadreProfileDocument = new TypedDocumentString(`
    query CadreProfile($cadreId: ID!) {
  cadreProfile(cadreId: $cadreId) {
    ...ProfileYearFields
  }
}
    fragment ProfileYearFields on ProfileYearView {
  year
  cycleId
  cycleName
  assessmentId
  proposedGrade
  finalGrade
  engineGrade
  compositeScore
  components {
    key
    value
  }
  ballotAverages {
    ballots
    morality
    ability
    diligence
    results
    integrity
  }
  dimensionScores {
    dimension
    score
  }
}`) as unknown as TypedDocumentString<CadreProfileQuery, CadreProfileQueryVariables>;
export const TeamProfileDocument = new TypedDocumentString(`
    query TeamProfile($organisationId: ID!) {
  organisation(id: $organisationId) {
    id
    name
    parentId
  }
  teamProfile(organisationId: $organisationId) {
    ...ProfileYearFields
  }
}
    fragment ProfileYearFields on ProfileYearView {
  year
  cycleId
  cycleName
  assessmentId
  proposedGrade
  finalGrade
  engineGrade
  compositeScore
  components {
    key
    value
  }
  ballotAverages {
    ballots
    morality
    ability
    diligence
    results
    integrity
  }
  dimensionScores {
    dimension
    score
  }
}`) as unknown as TypedDocumentString<TeamProfileQuery, TeamProfileQueryVariables>;
export const RaterTurnoutDocument = new TypedDocumentString(`
    query RaterTurnout($cycleId: ID!, $organisationId: ID!) {
  raterTurnout(cycleId: $cycleId, organisationId: $organisationId) {
    assessmentId
    kind
    state
    cadreName
    organisationName
    post
    invitable
    invitedTotal
    returned
    turnoutPercent
    minimumTurnoutPercent
    invited {
      group
      count
    }
  }
}
    `) as unknown as TypedDocumentString<RaterTurnoutQuery, RaterTurnoutQueryVariables>;
export const RaterCandidatesDocument = new TypedDocumentString(`
    query RaterCandidates($search: String, $organisationId: ID, $first: Int) {
  raterCandidates(search: $search, organisationId: $organisationId, first: $first) {
    totalCount
    items {
      userId
      displayName
      username
      organisationName
      post
    }
  }
}
    `) as unknown as TypedDocumentString<RaterCandidatesQuery, RaterCandidatesQueryVariables>;
export const InviteRatersToAssessmentsDocument = new TypedDocumentString(`
    mutation InviteRatersToAssessments($input: InviteRatersToAssessmentsInput!) {
  inviteRatersToAssessments(input: $input) {
    added
    alreadyInvited
    skippedSelf
  }
}
    `) as unknown as TypedDocumentString<InviteRatersToAssessmentsMutation, InviteRatersToAssessmentsMutationVariables>;
export const CycleReportDocument = new TypedDocumentString(`
    query CycleReport($cycleId: ID!, $organisationId: ID) {
  cycleReport(cycleId: $cycleId, organisationId: $organisationId) {
    cycleId
    organisationId
    gradeDistribution {
      organisationId
      organisationName
      key
      count
    }
    progress {
      organisationId
      organisationName
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<CycleReportQuery, CycleReportQueryVariables>;
export const CycleIndicatorsDocument = new TypedDocumentString(`
    query CycleIndicators($cycleId: ID!, $organisationId: ID) {
  cycleIndicators(cycleId: $cycleId, organisationId: $organisationId) {
    organisationId
    teams {
      organisationId
      organisationName
      assessmentId
      dimensions {
        key
        score
      }
      components {
        key
        score
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CycleIndicatorsQuery, CycleIndicatorsQueryVariables>;
export const QuotaPoolsOfDocument = new TypedDocumentString(`
    query QuotaPoolsOf($cycleId: ID!, $organisationIds: [ID!]!, $teams: Boolean!) {
  quotaPoolsOf(
    cycleId: $cycleId
    organisationIds: $organisationIds
    teams: $teams
  ) {
    organisationId
    organisationName
    subject
    rankLevel
    graded
    allowed
    used
    proposed
    standing
  }
}
    `) as unknown as TypedDocumentString<QuotaPoolsOfQuery, QuotaPoolsOfQueryVariables>;
export const QuotaSummaryDocument = new TypedDocumentString(`
    query QuotaSummary($cycleId: ID!, $organisationId: ID) {
  quotaSummary(cycleId: $cycleId, organisationId: $organisationId) {
    cycleId
    organisationId
    organisationName
    pools
    over
    full
    tight
    open
    none
    used
    allowed
    regions {
      organisationId
      organisationName
      pools
      over
      full
      tight
      open
      none
      used
      allowed
    }
  }
}
    `) as unknown as TypedDocumentString<QuotaSummaryQuery, QuotaSummaryQueryVariables>;
export const QuotaPoolPageDocument = new TypedDocumentString(`
    query QuotaPoolPage($cycleId: ID!, $organisationId: ID, $standing: String, $first: Int!, $after: String) {
  quotaPoolPage(
    cycleId: $cycleId
    organisationId: $organisationId
    standing: $standing
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      organisationId
      organisationName
      subject
      rankLevel
      graded
      allowed
      used
      proposed
      standing
    }
  }
}
    `) as unknown as TypedDocumentString<QuotaPoolPageQuery, QuotaPoolPageQueryVariables>;
export const RosterImportErrorsDocument = new TypedDocumentString(`
    query RosterImportErrors($id: ID!, $after: String) {
  rosterImport(id: $id) {
    id
    errors(first: 100, after: $after) {
      nodes {
        sheet
        line
        code
        field
        value
        message
      }
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RosterImportErrorsQuery, RosterImportErrorsQueryVariables>;
export const RosterDifferencesDocument = new TypedDocumentString(`
    query RosterDifferences($id: ID!, $kind: RosterDifferenceKind, $after: String) {
  rosterImport(id: $id) {
    id
    differences(first: 100, kind: $kind, after: $after) {
      nodes {
        entity
        kind
        code
        name
        line
        changes {
          field
          old
          new
        }
      }
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<RosterDifferencesQuery, RosterDifferencesQueryVariables>;
export const ApplyRosterImportDocument = new TypedDocumentString(`
    mutation ApplyRosterImport($id: ID!, $expectedVersion: String) {
  applyRosterImport(id: $id, expectedVersion: $expectedVersion) {
    ...RosterImportFields
  }
}
    fragment RosterImportFields on RosterImportView {
  id
  fileName
  status
  version
  retireMissing
  organisationRows
  cadreRows
  statusRows
  errorCount
  added
  changed
  moved
  retired
}`) as unknown as TypedDocumentString<ApplyRosterImportMutation, ApplyRosterImportMutationVariables>;
export const DiscardRosterImportDocument = new TypedDocumentString(`
    mutation DiscardRosterImport($id: ID!) {
  discardRosterImport(id: $id) {
    ...RosterImportFields
  }
}
    fragment RosterImportFields on RosterImportView {
  id
  fileName
  status
  version
  retireMissing
  organisationRows
  cadreRows
  statusRows
  errorCount
  added
  changed
  moved
  retired
}`) as unknown as TypedDocumentString<DiscardRosterImportMutation, DiscardRosterImportMutationVariables>;
export const EffectiveRuleSetDocument = new TypedDocumentString(`
    query EffectiveRuleSet($organisationId: ID!, $day: String!) {
  effectiveRuleSet(organisationId: $organisationId, day: $day) {
    jurisdictionId
    settings
    ruleSet {
      id
      version
      effectiveFrom
      jurisdiction {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EffectiveRuleSetQuery, EffectiveRuleSetQueryVariables>;
export const RuleSetVersionsDocument = new TypedDocumentString(`
    query RuleSetVersions($jurisdictionId: ID!) {
  ruleSets(jurisdictionId: $jurisdictionId) {
    id
    version
    effectiveFrom
    note
    createdAt
    settings
  }
}
    `) as unknown as TypedDocumentString<RuleSetVersionsQuery, RuleSetVersionsQueryVariables>;
export const RuleSettingsDefaultsDocument = new TypedDocumentString(`
    query RuleSettingsDefaults {
  ruleSettingsDefaults
}
    `) as unknown as TypedDocumentString<RuleSettingsDefaultsQuery, RuleSettingsDefaultsQueryVariables>;
export const PublishRuleSetDocument = new TypedDocumentString(`
    mutation PublishRuleSet($input: PublishRuleSetInput!) {
  publishRuleSet(input: $input) {
    id
    version
    effectiveFrom
  }
}
    `) as unknown as TypedDocumentString<PublishRuleSetMutation, PublishRuleSetMutationVariables>;
export const SelectionRecordDocument = new TypedDocumentString(`
    query SelectionRecord($cadreId: ID!) {
  selectionRecord(cadreId: $cadreId) {
    ...SelectionRecordFields
  }
}
    fragment SelectionRecordFields on SelectionRecord {
  cadreId
  name
  personNo
  organisationName
  post
  rankLevel
  birthDate
  tookPostOn
  years {
    year
    grade
    versions
    organisationName
    postTitle
    score
  }
  counters {
    asOfYear
    excellentLast3
    excellentLast5
    consecutiveExcellent
    basicallyCompetentLast5
    incompetentLast5
    latestGrade
    latestYear
  }
  regular {
    fromYear
    toYear
    assessed
    good
    fair
    average
    poor
  }
  blocked
  blockers {
    kind
    since
    until
  }
  latestScore
  latestScoreYear
  promotions {
    id
    kind
    promotedOn
    post
    excellentBefore
  }
}`) as unknown as TypedDocumentString<SelectionRecordQuery, SelectionRecordQueryVariables>;
export const CandidateSearchDocument = new TypedDocumentString(`
    query CandidateSearch($input: CandidateSearchInput!, $first: Int, $after: String) {
  candidateSearch(input: $input, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      place
      cadreId
      name
      organisationName
      post
      rankLevel
      blocked
      counters {
        asOfYear
        excellentLast3
        excellentLast5
        consecutiveExcellent
        latestGrade
        latestYear
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateSearchQuery, CandidateSearchQueryVariables>;
export const CandidateListsDocument = new TypedDocumentString(`
    query CandidateLists($first: Int, $after: String) {
  candidateLists(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      purpose
      organisationId
      organisationName
      createdAt
      memberCount
      version
    }
  }
}
    `) as unknown as TypedDocumentString<CandidateListsQuery, CandidateListsQueryVariables>;
export const CandidateListDocument = new TypedDocumentString(`
    query CandidateList($id: ID!) {
  candidateList(id: $id) {
    id
    name
    purpose
    organisationName
    memberCount
    version
    members {
      ...SelectionRecordFields
    }
  }
}
    fragment SelectionRecordFields on SelectionRecord {
  cadreId
  name
  personNo
  organisationName
  post
  rankLevel
  birthDate
  tookPostOn
  years {
    year
    grade
    versions
    organisationName
    postTitle
    score
  }
  counters {
    asOfYear
    excellentLast3
    excellentLast5
    consecutiveExcellent
    basicallyCompetentLast5
    incompetentLast5
    latestGrade
    latestYear
  }
  regular {
    fromYear
    toYear
    assessed
    good
    fair
    average
    poor
  }
  blocked
  blockers {
    kind
    since
    until
  }
  latestScore
  latestScoreYear
  promotions {
    id
    kind
    promotedOn
    post
    excellentBefore
  }
}`) as unknown as TypedDocumentString<CandidateListQuery, CandidateListQueryVariables>;
export const PrintCandidateListDocument = new TypedDocumentString(`
    mutation PrintCandidateList($id: ID!) {
  printCandidateList(id: $id) {
    id
    members {
      cadreId
    }
  }
}
    `) as unknown as TypedDocumentString<PrintCandidateListMutation, PrintCandidateListMutationVariables>;
export const CreateCandidateListDocument = new TypedDocumentString(`
    mutation CreateCandidateList($input: CreateCandidateListInput!) {
  createCandidateList(input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CreateCandidateListMutation, CreateCandidateListMutationVariables>;
export const ChangeCandidateListDocument = new TypedDocumentString(`
    mutation ChangeCandidateList($input: ChangeCandidateListInput!) {
  changeCandidateList(input: $input) {
    id
    memberCount
    version
  }
}
    `) as unknown as TypedDocumentString<ChangeCandidateListMutation, ChangeCandidateListMutationVariables>;
export const RecordPromotionDocument = new TypedDocumentString(`
    mutation RecordPromotion($input: RecordPromotionInput!) {
  recordPromotion(input: $input) {
    id
    excellentBefore
  }
}
    `) as unknown as TypedDocumentString<RecordPromotionMutation, RecordPromotionMutationVariables>;
export const PromotionSharesDocument = new TypedDocumentString(`
    query PromotionShares($organisationId: ID, $fromYear: Int!, $toYear: Int!) {
  promotionExcellentShares(
    organisationId: $organisationId
    fromYear: $fromYear
    toYear: $toYear
  ) {
    year
    organisationName
    promoted
    withExcellent
    share
  }
}
    `) as unknown as TypedDocumentString<PromotionSharesQuery, PromotionSharesQueryVariables>;
export const PromotionsDocument = new TypedDocumentString(`
    query Promotions($year: Int, $first: Int, $after: String) {
  promotions(year: $year, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      cadreId
      cadreName
      kind
      promotedOn
      organisationName
      post
      excellentBefore
    }
  }
}
    `) as unknown as TypedDocumentString<PromotionsQuery, PromotionsQueryVariables>;
export const MyNotificationSettingsDocument = new TypedDocumentString(`
    query MyNotificationSettings {
  myNotificationSettings {
    email
    delivery
    mailEnabled
    digestHour
  }
}
    `) as unknown as TypedDocumentString<MyNotificationSettingsQuery, MyNotificationSettingsQueryVariables>;
export const SetMyNotificationSettingsDocument = new TypedDocumentString(`
    mutation SetMyNotificationSettings($input: NotificationSettingsInput!) {
  setMyNotificationSettings(input: $input) {
    email
    delivery
    mailEnabled
    digestHour
  }
}
    `) as unknown as TypedDocumentString<SetMyNotificationSettingsMutation, SetMyNotificationSettingsMutationVariables>;
export const VocabularyDocument = new TypedDocumentString(`
    query Vocabulary {
  vocabulary {
    errorCodes
    penaltyKinds
    outcomeKinds
    faultToleranceOutcomes
    toleranceDistinctions
    faultToleranceOrigins
    accusationSources
    pointFindings
    clearingMethods
    clearingScopes
    reviewDecisions
    raterGroups
    opinionSources
    penaltyCategories
    resultSources
    overallVotes
    schemeDimensions
    indicatorWeightings
    indicatorDirections
    scoringMethods
    dataSourceKinds
    gradeScales {
      scale
      grades
    }
    nonGradeResults
    assessmentEvents
    cycleEvents
    reviewCaseEvents
    faultToleranceEvents
    accusationEvents
    outcomeTaskEvents
    faultToleranceStates
    reviewCaseStates
    accusationStates
    outcomeTaskStates
    trainingStates
  }
}
    `) as unknown as TypedDocumentString<VocabularyQuery, VocabularyQueryVariables>;
export const SurveysDocument = new TypedDocumentString(`
    query Surveys($cycleId: ID!) {
  surveys(cycleId: $cycleId) {
    id
    kind
    title
    firm
    state
    fieldworkFrom
    fieldworkTo
    totalResponses
    shortfalls
  }
}
    `) as unknown as TypedDocumentString<SurveysQuery, SurveysQueryVariables>;
export const SurveyDocument = new TypedDocumentString(`
    query Survey($id: ID!) {
  survey(id: $id) {
    ...SurveyFields
  }
}
    fragment SurveyFields on SurveyView {
  id
  cycleId
  year
  kind
  title
  firm
  state
  fieldworkFrom
  fieldworkTo
  questionnaireVersion
  totalResponses
  shortfalls
  publishedAt
  questions {
    code
    text
    weight
  }
  sample {
    organisationId
    organisationName
    organisationCode
    target
    responses
    score
    sd
    margin
    shortfall
    origin
    ratingScore
  }
}`) as unknown as TypedDocumentString<SurveyQuery, SurveyQueryVariables>;
export const PlanSurveyDocument = new TypedDocumentString(`
    mutation PlanSurvey($input: PlanSurveyInput!) {
  planSurvey(input: $input) {
    ...SurveyFields
  }
}
    fragment SurveyFields on SurveyView {
  id
  cycleId
  year
  kind
  title
  firm
  state
  fieldworkFrom
  fieldworkTo
  questionnaireVersion
  totalResponses
  shortfalls
  publishedAt
  questions {
    code
    text
    weight
  }
  sample {
    organisationId
    organisationName
    organisationCode
    target
    responses
    score
    sd
    margin
    shortfall
    origin
    ratingScore
  }
}`) as unknown as TypedDocumentString<PlanSurveyMutation, PlanSurveyMutationVariables>;
export const StartSurveyFieldworkDocument = new TypedDocumentString(`
    mutation StartSurveyFieldwork($id: ID!) {
  startSurveyFieldwork(id: $id) {
    ...SurveyFields
  }
}
    fragment SurveyFields on SurveyView {
  id
  cycleId
  year
  kind
  title
  firm
  state
  fieldworkFrom
  fieldworkTo
  questionnaireVersion
  totalResponses
  shortfalls
  publishedAt
  questions {
    code
    text
    weight
  }
  sample {
    organisationId
    organisationName
    organisationCode
    target
    responses
    score
    sd
    margin
    shortfall
    origin
    ratingScore
  }
}`) as unknown as TypedDocumentString<StartSurveyFieldworkMutation, StartSurveyFieldworkMutationVariables>;
export const CloseSurveyFieldworkDocument = new TypedDocumentString(`
    mutation CloseSurveyFieldwork($id: ID!) {
  closeSurveyFieldwork(id: $id) {
    ...SurveyFields
  }
}
    fragment SurveyFields on SurveyView {
  id
  cycleId
  year
  kind
  title
  firm
  state
  fieldworkFrom
  fieldworkTo
  questionnaireVersion
  totalResponses
  shortfalls
  publishedAt
  questions {
    code
    text
    weight
  }
  sample {
    organisationId
    organisationName
    organisationCode
    target
    responses
    score
    sd
    margin
    shortfall
    origin
    ratingScore
  }
}`) as unknown as TypedDocumentString<CloseSurveyFieldworkMutation, CloseSurveyFieldworkMutationVariables>;
export const PublishSurveyDocument = new TypedDocumentString(`
    mutation PublishSurvey($id: ID!) {
  publishSurvey(id: $id) {
    ...SurveyFields
  }
}
    fragment SurveyFields on SurveyView {
  id
  cycleId
  year
  kind
  title
  firm
  state
  fieldworkFrom
  fieldworkTo
  questionnaireVersion
  totalResponses
  shortfalls
  publishedAt
  questions {
    code
    text
    weight
  }
  sample {
    organisationId
    organisationName
    organisationCode
    target
    responses
    score
    sd
    margin
    shortfall
    origin
    ratingScore
  }
}`) as unknown as TypedDocumentString<PublishSurveyMutation, PublishSurveyMutationVariables>;
export const ImportSurveyResultsDocument = new TypedDocumentString(`
    mutation ImportSurveyResults($input: ImportSurveyResultsInput!) {
  importSurveyResults(input: $input) {
    ...SurveyFields
  }
}
    fragment SurveyFields on SurveyView {
  id
  cycleId
  year
  kind
  title
  firm
  state
  fieldworkFrom
  fieldworkTo
  questionnaireVersion
  totalResponses
  shortfalls
  publishedAt
  questions {
    code
    text
    weight
  }
  sample {
    organisationId
    organisationName
    organisationCode
    target
    responses
    score
    sd
    margin
    shortfall
    origin
    ratingScore
  }
}`) as unknown as TypedDocumentString<ImportSurveyResultsMutation, ImportSurveyResultsMutationVariables>;
export const EnterSurveyResultDocument = new TypedDocumentString(`
    mutation EnterSurveyResult($input: EnterSurveyResultInput!) {
  enterSurveyResult(input: $input) {
    ...SurveyFields
  }
}
    fragment SurveyFields on SurveyView {
  id
  cycleId
  year
  kind
  title
  firm
  state
  fieldworkFrom
  fieldworkTo
  questionnaireVersion
  totalResponses
  shortfalls
  publishedAt
  questions {
    code
    text
    weight
  }
  sample {
    organisationId
    organisationName
    organisationCode
    target
    responses
    score
    sd
    margin
    shortfall
    origin
    ratingScore
  }
}`) as unknown as TypedDocumentString<EnterSurveyResultMutation, EnterSurveyResultMutationVariables>;
export const ServiceRatingsDocument = new TypedDocumentString(`
    query ServiceRatings($year: Int!) {
  serviceRatings(year: $year) {
    organisationId
    organisationName
    organisationCode
    year
    periods
    verySatisfied
    satisfied
    basicallySatisfied
    dissatisfied
    veryDissatisfied
    good
    bad
    score
  }
}
    `) as unknown as TypedDocumentString<ServiceRatingsQuery, ServiceRatingsQueryVariables>;
export const ImportServiceRatingsDocument = new TypedDocumentString(`
    mutation ImportServiceRatings($input: ImportServiceRatingsInput!) {
  importServiceRatings(input: $input)
}
    `) as unknown as TypedDocumentString<ImportServiceRatingsMutation, ImportServiceRatingsMutationVariables>;
export const SurveyOrganisationsDocument = new TypedDocumentString(`
    query SurveyOrganisations($first: Int!) {
  organisations(first: $first) {
    nodes {
      id
      name
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SurveyOrganisationsQuery, SurveyOrganisationsQueryVariables>;
export const UserExternalIdentitiesDocument = new TypedDocumentString(`
    query UserExternalIdentities($search: String!) {
  users(search: $search, first: 20) {
    nodes {
      id
      externalIdentities {
        ...ExternalIdentityFields
      }
    }
  }
}
    fragment ExternalIdentityFields on ExternalIdentity {
  id
  issuer
  subject
  linkedAt
  matchedByClaim
}`) as unknown as TypedDocumentString<UserExternalIdentitiesQuery, UserExternalIdentitiesQueryVariables>;
export const LinkExternalIdentityDocument = new TypedDocumentString(`
    mutation LinkExternalIdentity($input: LinkExternalIdentityInput!) {
  linkExternalIdentity(input: $input) {
    id
    externalIdentities {
      ...ExternalIdentityFields
    }
  }
}
    fragment ExternalIdentityFields on ExternalIdentity {
  id
  issuer
  subject
  linkedAt
  matchedByClaim
}`) as unknown as TypedDocumentString<LinkExternalIdentityMutation, LinkExternalIdentityMutationVariables>;
export const UnlinkExternalIdentityDocument = new TypedDocumentString(`
    mutation UnlinkExternalIdentity($identityId: ID!) {
  unlinkExternalIdentity(identityId: $identityId) {
    id
    externalIdentities {
      ...ExternalIdentityFields
    }
  }
}
    fragment ExternalIdentityFields on ExternalIdentity {
  id
  issuer
  subject
  linkedAt
  matchedByClaim
}`) as unknown as TypedDocumentString<UnlinkExternalIdentityMutation, UnlinkExternalIdentityMutationVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int!, $after: String, $search: String) {
  users(first: $first, after: $after, search: $search) {
    nodes {
      ...UserRowFields
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserRowFields
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const AssignRoleDocument = new TypedDocumentString(`
    mutation AssignRole($input: AssignRoleInput!) {
  assignRole(input: $input) {
    ...UserRowFields
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<AssignRoleMutation, AssignRoleMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($assignmentId: ID!) {
  revokeRole(assignmentId: $assignmentId) {
    ...UserRowFields
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const UnlockUserDocument = new TypedDocumentString(`
    mutation UnlockUser($userId: ID!) {
  unlockUser(userId: $userId) {
    ...UserRowFields
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const SetUserEmailDocument = new TypedDocumentString(`
    mutation SetUserEmail($userId: ID!, $email: String) {
  setUserEmail(userId: $userId, email: $email) {
    ...UserRowFields
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SetUserEmailMutation, SetUserEmailMutationVariables>;
export const LinkUserToCadreDocument = new TypedDocumentString(`
    mutation LinkUserToCadre($input: LinkUserToCadreInput!) {
  linkUserToCadre(input: $input) {
    ...UserRowFields
  }
}
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  email
  cadrePersonNo
  disabled
  mustChangePassword
  lockedUntil
  createdAt
  version
  roles {
    id
    role
    createdAt
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<LinkUserToCadreMutation, LinkUserToCadreMutationVariables>;