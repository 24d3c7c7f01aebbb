import { CorroborationService } from './corroboration/corroboration.service.js';
import type { DataSource } from 'typeorm';
import { AssessmentService } from './assessments/assessment.service.js';
import { NoticeService } from './assessments/notice.service.js';
import { CycleService } from './cycles/cycle.service.js';
import { ResultCorrections } from './results/correction.service.js';
import { ResultEvents } from './results/result-events.js';
import { AuditQueryService } from './audit/audit-query.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import { EvaluationService } from './grading/evaluation.service.js';
import { EvaluationRecords } from './grading/evaluation-records.js';
import { GradingService } from './grading/grading.service.js';
import { GradingRuns } from './grading/grading-run.service.js';
import { KindsService } from './grading/kinds.service.js';
import { IndicatorDataService } from './indicators/indicator-data.service.js';
import { BusinessAssessmentService } from './business/business.service.js';
import { IndicatorService } from './indicators/indicator.service.js';
import { NotificationService } from './notifications/notification.service.js';
import { ProfileService } from './profiles/profile.service.js';
import { SelectionService } from './selection/selection.service.js';
import { AccountService } from './accounts/account.service.js';
import { AuthService, type AuthSettings } from './auth/auth.service.js';
import { IdentityService } from './auth/oidc/identity.service.js';
import { OidcClient } from './auth/oidc/oidc.client.js';
import type { OidcSettings } from './config.js';
import { CadreService } from './cadres/cadre.service.js';
import { CadreRosterService } from './cadres/roster.service.js';
import { OrganisationAdminService } from './organisations/organisation-admin.service.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { OUTCOME_REMINDERS, OutcomeService } from './outcomes/outcome.service.js';
import { OutcomeRecordService } from './outcomes/record.service.js';
import { RaterService } from './raters/rater.service.js';
import { ReportService } from './reports/report.service.js';
import { AnnouncingService } from './announcing/announcing.service.js';
import { RuleSetService } from './rule-sets/rule-set.service.js';
import { UserService } from './users/user.service.js';
import { WorkService } from './work/work.service.js';
import { RosterService } from './roster/roster.service.js';
import { AccusationService } from './cases/accusations/accusation.service.js';
import { FaultToleranceService } from './cases/fault-tolerance/fault-tolerance.service.js';
import { PenaltyService } from './cases/penalties/penalty.service.js';
import { CaseRecordService } from './cases/record/case-record.service.js';
import { ReviewService } from './cases/review/review.service.js';
import { CaseService } from './cases/shared/case.service.js';
import { ResultVersionService } from './cases/versions/result-version.service.js';
import { ASSESSMENT_REMINDERS } from './assessments/assessment.workflow.js';
import { caseDeadlineTable, FAULT_TOLERANCE_REMINDERS, REVIEW_REMINDERS } from './cases/shared/case.workflow.js';
import { DeadlineRunner } from './workflow/deadlines.js';
import { WorkflowEngine } from './workflow/engine.js';
import { ReminderJob } from './workflow/reminders.js';
import { ASSESSMENT_ESCALATIONS, EscalationJob, FAULT_TOLERANCE_ESCALATIONS, OUTCOME_ESCALATIONS, REVIEW_ESCALATIONS } from './workflow/escalations.js';
import { mailSettingsFromEnv, type MailSettings } from './mail/mail-settings.js';
import { MailOutbox } from './mail/outbox.js';
import { NotificationSettingsService } from './mail/notification-settings.service.js';
import { AttachmentService } from './attachments/attachment.service.js';
import { SurveyService } from './surveys/survey.service.js';
import { attachmentSettingsFromEnv, type AttachmentSettings } from './attachments/attachment-settings.js';

/** Every service, built once per process around one DataSource and one clock. */
export function createServices(
  dataSource: DataSource,
  auth: AuthSettings,
  now: () => Date,
  oidc: OidcSettings | null = null,
  mail: MailSettings = mailSettingsFromEnv({}, 4000),
  attachmentSettings: AttachmentSettings = attachmentSettingsFromEnv({}, '.'),
) {
  const calendar = new CalendarService(dataSource);
  // Whatever follows a final result (outcomes, counters) registers here.
  const results = new ResultEvents();
  // The workflow engine: every step of every instance kind, one deadline runner and one reminder job over every instance table.
  const workflow = new WorkflowEngine(dataSource, now);
  const deadlines = new DeadlineRunner(dataSource, now);
  const reminders = new ReminderJob(dataSource, now);
  const assessments = new AssessmentService(dataSource, now, results, workflow);
  deadlines.register(assessments.instances.deadlineTable());
  reminders.register(ASSESSMENT_REMINDERS, ['annualAssessment', 'regularAssessment']);
  const grading = new GradingService(dataSource, now);
  const cadres = new CadreService(dataSource, now, workflow, assessments.instances.kind);
  const authService = new AuthService(dataSource, auth, now);
  // Corrections of a final result, shared by every case that decides one: the assessment's machine, through the engine.
  const corrections = new ResultCorrections(now, workflow, assessments.instances);
  const cases = new CaseService(dataSource, now, corrections, grading, workflow);
  const resultVersions = new ResultVersionService(dataSource, assessments);
  // First listener: every decided or corrected result becomes an immutable result version.
  results.on((m, change) => resultVersions.recordResultVersion(m, change), (m, changes) => resultVersions.recordResultVersions(m, changes));
  const penalties = new PenaltyService(dataSource, now, cases, cadres);
  const caseRecord = new CaseRecordService(dataSource, resultVersions, penalties);
  // Then results application: a decided result proposes its outcomes, a corrected one reconciles them (same transaction).
  const outcomes = new OutcomeService(dataSource, now, workflow);
  deadlines.register(outcomes.deadlineTable());
  reminders.register(OUTCOME_REMINDERS, ['outcomeTask', 'committeeOutcomeTask', 'remedialTraining']);
  for (const table of ['review_case', 'fault_tolerance_case'] as const) deadlines.register(caseDeadlineTable(table));
  reminders.register(REVIEW_REMINDERS, ['reviewCase']);
  reminders.register(FAULT_TOLERANCE_REMINDERS, ['faultToleranceCase']);
  results.on(async (m, change) => void (await outcomes.onFinalResultChanged(m, change)), outcomes.onFinalResultsChanged);
  // Overdue steps escalate to the office responsible; notifications reach people by e-mail through the outbox.
  const escalations = new EscalationJob(dataSource, now, calendar, mail.escalationWorkingDays);
  escalations.register(ASSESSMENT_ESCALATIONS, ['annualAssessment']);
  escalations.register(OUTCOME_ESCALATIONS, ['outcomeTask', 'committeeOutcomeTask', 'remedialTraining']);
  escalations.register(REVIEW_ESCALATIONS, ['reviewCase']);
  escalations.register(FAULT_TOLERANCE_ESCALATIONS, ['faultToleranceCase']);
  const outbox = new MailOutbox(dataSource, now, mail);
  return {
    escalations,
    outbox,
    notificationSettings: new NotificationSettingsService(dataSource, now, mail, () => outbox.enabled),
    calendar,
    results,
    assessments,
    outcomes,
    outcomeRecords: new OutcomeRecordService(dataSource, now, caseRecord),
    cycles: new CycleService(dataSource, now, workflow),
    notices: new NoticeService(dataSource, calendar, now, assessments),
    workflow,
    deadlines,
    reminders,
    grading,
    gradingRuns: new GradingRuns(dataSource, now, grading),
    evaluations: new EvaluationService(dataSource, now, assessments),
    evaluationRecords: new EvaluationRecords(dataSource),
    cases,
    resultVersions,
    reviews: new ReviewService(dataSource, now, corrections, cases, workflow),
    faultTolerance: new FaultToleranceService(dataSource, now, cases, penalties, workflow),
    accusations: new AccusationService(dataSource, now, cases, workflow),
    penalties,
    caseRecord,
    raters: new RaterService(dataSource, now),
    indicators: new IndicatorService(dataSource, now),
    indicatorData: new IndicatorDataService(dataSource, now),
    kinds: new KindsService(dataSource, now),
    businessAssessments: new BusinessAssessmentService(dataSource, now),
    surveys: new SurveyService(dataSource, now),
    rosterImports: new RosterService(dataSource, now),
    notifications: new NotificationService(dataSource),
    profiles: new ProfileService(dataSource),
    selection: new SelectionService(dataSource, now),
    auth: authService,
    // External identities (OpenID Connect): links, and the account a verified subject signs in as.
    identities: new IdentityService(dataSource, now, oidc),
    /** Whether sign-in through an identity provider is on, and the button's text. */
    oidc,
    /** The relying party (discovery read once per process), when sign-in through an identity provider is on. */
    oidcClient: oidc ? new OidcClient(oidc) : null,
    accounts: new AccountService(dataSource, now, () => authService.passwordPolicy),
    organisations: new OrganisationService(dataSource),
    organisationAdmin: new OrganisationAdminService(dataSource, now),
    cadres,
    roster: new CadreRosterService(dataSource, now),
    // A role granted or withdrawn here takes effect on the user's next request to this process.
    users: new UserService(dataSource, now),
    ruleSets: new RuleSetService(dataSource, now),
    audit: new AuditQueryService(dataSource),
    reports: new ReportService(dataSource, now),
    announcing: new AnnouncingService(dataSource, now),
    work: new WorkService(assessments, outcomes, cases),
    // Attachments of self-reports, review and appeal cases and objections: read as their record is read.
    // Corroboration (印证): findings feeding the gates, consultations on veto items.
    corroboration: new CorroborationService(dataSource, now, calendar),
    attachments: new AttachmentService(dataSource, now, { assessments, cases }, attachmentSettings),
  };
}
export type Services = ReturnType<typeof createServices>;
