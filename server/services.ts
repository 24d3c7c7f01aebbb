import type { DataSource } from 'typeorm';
import { AuditQueryService } from './audit/audit-query.service.js';
import { AuthService, type AuthSettings } from './auth/auth.service.js';
import { CadreService } from './cadres/cadre.service.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { RuleSetService } from './rule-sets/rule-set.service.js';
import { UserService } from './users/user.service.js';

/** Every service, built once per process around one DataSource and one clock. */
export function createServices(dataSource: DataSource, auth: AuthSettings, now: () => Date) {
  return {
    auth: new AuthService(dataSource, auth, now),
    organisations: new OrganisationService(dataSource),
    cadres: new CadreService(dataSource, now),
    users: new UserService(dataSource, now),
    ruleSets: new RuleSetService(dataSource, now),
    audit: new AuditQueryService(dataSource),
  };
}
export type Services = ReturnType<typeof createServices>;
