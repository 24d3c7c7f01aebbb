import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AssessmentResolver } from '../assessments/assessment.resolver.js';
import { CycleResolver, EnrolmentSkipResolver } from '../cycles/cycle.resolver.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { CalendarResolver } from '../calendar/calendar.resolver.js';
import { EvaluationResolver } from '../grading/evaluation.resolver.js';
import { GradingResolver } from '../grading/grading.resolver.js';
import { CorroborationResolver } from '../corroboration/corroboration.resolver.js';
import { GradingRunResolver } from '../grading/grading-run.resolver.js';
import { QuotaRaiseResolver } from '../indicators/quota-raise.resolver.js';
import { IndicatorDataResolver } from '../indicators/indicator-data.resolver.js';
import { AssessmentKindsResolver, CycleKindsResolver } from '../grading/kinds.resolver.js';
import { IndicatorResolver } from '../indicators/indicator.resolver.js';
import { BusinessAssessmentResolver } from '../business/business.resolver.js';
import { CadreProfileResolver, ProfileResolver } from '../profiles/profile.resolver.js';
import { SelectionResolver } from '../selection/selection.resolver.js';
import { AccusationCaseResolver } from '../cases/accusations/accusation.resolver.js';
import { FaultToleranceResolver } from '../cases/fault-tolerance/fault-tolerance.resolver.js';
import { InvestigationFieldsResolver, PenaltyFieldsResolver, PenaltyResolver } from '../cases/penalties/penalty.resolver.js';
import { ReviewResolver } from '../cases/review/review.resolver.js';
import { AccusationResolver, CaseDeadlineResolver, FaultToleranceCaseResolver, ReviewCaseResolver } from '../cases/shared/case.resolver.js';
import { ResultVersionResolver } from '../cases/versions/result-version.resolver.js';
import { NotificationResolver } from '../notifications/notification.resolver.js';
import { NotificationSettingsResolver } from '../mail/notification-settings.resolver.js';
import { AccountResolver } from '../accounts/account.resolver.js';
import { AuthResolver } from '../auth/auth.resolver.js';
import { ExternalIdentityResolver } from '../auth/oidc/identity.resolver.js';
import { enforceMutationRules } from '../auth/mutation-rules.js';
import { authChecker } from '../auth/policy.js';
import { cacheValidationMetadata } from './validation-metadata.js';
import { CadreResolver } from '../cadres/cadre.resolver.js';
import { OrganisationResolver } from '../organisations/organisation.resolver.js';
import { OrganisationIssuerResolver } from '../documents/document.resolver.js';
import { OutcomeResolver } from '../outcomes/outcome.resolver.js';
import { CounterAlertResolver, OutcomeRecordResolver } from '../outcomes/record.resolver.js';
import { RaterResolver } from '../raters/rater.resolver.js';
import { WorkResolver } from '../work/work.resolver.js';
import { ReportResolver } from '../reports/report.resolver.js';
import { AnnouncingResolver } from '../announcing/announcing.resolver.js';
import { RuleSetResolver } from '../rule-sets/rule-set.resolver.js';
import { RoleAssignmentResolver, UserResolver } from '../users/user.resolver.js';
import { VocabularyResolver } from '../vocabulary/vocabulary.resolver.js';
import { RosterImportResolver } from '../roster/roster.resolver.js';
import { SurveyResolver } from '../surveys/survey.resolver.js';
import { AttachmentResolver, FindingAttachmentResolver, ObjectionAttachmentResolver, ReviewCaseAttachmentResolver, SelfReportAttachmentResolver } from '../attachments/attachment.resolver.js';

export const RESOLVERS = [
  AssessmentResolver,
  CycleResolver,
  EnrolmentSkipResolver,
  GradingResolver,
  GradingRunResolver,
  CorroborationResolver,
  QuotaRaiseResolver,
  EvaluationResolver,
  RaterResolver,
  IndicatorResolver,
  IndicatorDataResolver,
  CycleKindsResolver,
  AssessmentKindsResolver,
  BusinessAssessmentResolver,
  SurveyResolver,
  RosterImportResolver,
  AttachmentResolver,
  SelfReportAttachmentResolver,
  ReviewCaseAttachmentResolver,
  ObjectionAttachmentResolver,
  FindingAttachmentResolver,
  ProfileResolver,
  SelectionResolver,
  CadreProfileResolver,
  ResultVersionResolver,
  ReviewResolver,
  FaultToleranceResolver,
  AccusationCaseResolver,
  PenaltyResolver,
  CaseDeadlineResolver,
  ReviewCaseResolver,
  FaultToleranceCaseResolver,
  AccusationResolver,
  PenaltyFieldsResolver,
  InvestigationFieldsResolver,
  NotificationResolver,
  NotificationSettingsResolver,
  OutcomeResolver,
  OutcomeRecordResolver,
  CounterAlertResolver,
  WorkResolver,
  ReportResolver,
  AnnouncingResolver,
  CalendarResolver,
  AuthResolver,
  AccountResolver,
  OrganisationResolver,
  OrganisationIssuerResolver,
  CadreResolver,
  UserResolver,
  RoleAssignmentResolver,
  ExternalIdentityResolver,
  RuleSetResolver,
  AuditResolver,
  VocabularyResolver,
] as const;

let cached: Promise<GraphQLSchema> | null = null;

/**
 * type-graphql builds the root types itself and takes no description for
 * them: they get theirs here, so that every type of the schema is documented.
 */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description = 'Everything you may read: apart from `me`, every answer is limited to what your roles allow inside your jurisdictions (a cadre also reads their own records)';
  const mutation = schema.getMutationType();
  if (mutation) {
    mutation.description =
      'Every change: signing in and out, record edits and lifecycle actions, each checked against your roles and jurisdiction; lifecycle actions accept an idempotency key, so a retried request gets the first answer';
  }
  return schema;
}

/**
 * The schema is built once per process: type-graphql's metadata is global.
 * Every mutation gets its rule from the one table (server/auth/mutation-rules.ts),
 * checked before its resolver runs; a mutation without one fails the build.
 */
export function getSchema(): Promise<GraphQLSchema> {
  cacheValidationMetadata();
  cached ??= buildSchema({
    resolvers: [...RESOLVERS],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    scalarsMap: [{ type: Object, scalar: GraphQLJSONObject }],
    emitSchemaFile: false,
  }).then((schema) => enforceMutationRules(describeRootTypes(schema)));
  return cached;
}
