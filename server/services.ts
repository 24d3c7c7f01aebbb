import type { DataSource } from 'typeorm';
import { AssessmentService } from './assessments/assessment.service.js';
import { CycleService } from './assessments/cycle.service.js';
import { ResultEvents } from './results/result-events.js';
import { AuditQueryService } from './audit/audit-query.service.js';
import { CalendarService } from './calendar/calendar.service.js';
import { GradingService } from './grading/grading.service.js';
import { IndicatorService } from './indicators/indicator.service.js';
import { ProfileService } from './profiles/profile.service.js';
import { AuthService, type AuthSettings } from './auth/auth.service.js';
import { CadreService } from './cadres/cadre.service.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { OutcomeService } from './outcomes/outcome.service.js';
import { RaterService } from './raters/rater.service.js';
import { ReportService } from './reports/report.service.js';
import { RuleSetService } from './rule-sets/rule-set.service.js';
import { UserService } from './users/user.service.js';

/** Every service, built once per process around one DataSource and one clock. */
export function createServices(dataSource: DataSource, auth: AuthSettings, now: () => Date) {
  const calendar = new CalendarService(dataSource);
  // Whatever follows a final result (outcomes, counters) registers here.
  const results = new ResultEvents();
  const assessments = new AssessmentService(dataSource, calendar, now, results);
  // Results application: a decided result proposes its outcomes, a corrected one reconciles them (same transaction).
  const outcomes = new OutcomeService(dataSource, now, assessments);
  results.on(async (m, change) => void (await outcomes.onFinalResultChanged(m, change)));
  return {
    calendar,
    results,
    assessments,
    outcomes,
    cycles: new CycleService(dataSource),
    grading: new GradingService(dataSource, now),
    raters: new RaterService(dataSource, now),
    indicators: new IndicatorService(dataSource, now),
    profiles: new ProfileService(dataSource),
    auth: new AuthService(dataSource, auth, now),
    organisations: new OrganisationService(dataSource),
    cadres: new CadreService(dataSource, now),
    users: new UserService(dataSource, now),
    ruleSets: new RuleSetService(dataSource, now),
    audit: new AuditQueryService(dataSource),
    reports: new ReportService(dataSource, now),
  };
}
export type Services = ReturnType<typeof createServices>;
