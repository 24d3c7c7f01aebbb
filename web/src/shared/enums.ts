import type { CadreStatusKind, OrganisationKind, PositionType, RankLevel, Role } from '../gql/graphql';

/**
 * The values of the schema's enums, in the order the UI lists them. `satisfies`
 * keeps each list in step with the generated types: a value the schema drops
 * fails the type check.
 */
export const ROLES = ['ORG_ADMIN', 'ASSESSOR', 'RATER', 'CADRE', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR', 'SYSTEM_ADMIN'] as const satisfies readonly Role[];

export const ORGANISATION_KINDS = [
  'PROVINCE',
  'CITY',
  'COUNTY',
  'TOWNSHIP',
  'DEPARTMENT',
  'PUBLIC_INSTITUTION',
  'STATE_OWNED_ENTERPRISE',
  'INTERNAL_UNIT',
] as const satisfies readonly OrganisationKind[];

export const RANK_LEVELS = [
  'PROVINCIAL_DEPUTY',
  'BUREAU_PRINCIPAL',
  'BUREAU_DEPUTY',
  'DIVISION_PRINCIPAL',
  'DIVISION_DEPUTY',
  'SECTION_PRINCIPAL',
  'SECTION_DEPUTY',
] as const satisfies readonly RankLevel[];

export const POSITION_TYPES = ['PRINCIPAL', 'DEPUTY'] as const satisfies readonly PositionType[];

export const CADRE_STATUS_KINDS = [
  'PROBATION',
  'SICK_LEAVE',
  'PERSONAL_LEAVE',
  'INVESTIGATION',
  'INJURY_ON_DUTY',
  'MEDICAL_TREATMENT',
  'PREGNANCY',
  'MATERNITY',
  'NURSING',
] as const satisfies readonly CadreStatusKind[];
