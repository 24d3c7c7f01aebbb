import { graphql } from '../gql';
import type { CadreStatusKind, EmploymentStatus, Gender, OrganisationKind, PositionType, RankLevel, Role } from '../gql/graphql';

type Missing<T extends string, L extends readonly string[]> = [Exclude<T, L[number]>] extends [never] ? unknown : { readonly missingValues: Exclude<T, L[number]> };

/**
 * A list of every value of a schema enum `T`, in the order the UI shows them:
 * `everyValue<PenaltyKind>()(['PARTY_WARNING', …])`. A value the server drops
 * fails the type check at its entry; a value the server adds fails it as
 * `missingValues`, until the web lists (and labels) it.
 */
export function everyValue<T extends string>() {
  return <const L extends readonly T[]>(list: L & Missing<T, L>): L => list;
}

/**
 * The server's closed lists (`vocabulary`). The web keeps its own ordered
 * copies checked by `everyValue`; this document is what brings the enums into
 * the generated types, and what a page asks when it needs them at run time.
 */
export const VocabularyQuery = graphql(`
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
`);

/** The values of the schema's enums, in the order the UI lists them. */
export const ROLES = everyValue<Role>()(['ORG_ADMIN', 'ASSESSOR', 'RATER', 'CADRE', 'COMMITTEE', 'DISCIPLINE', 'HR', 'AUDITOR', 'SYSTEM_ADMIN', 'DEPARTMENT']);

export const ORGANISATION_KINDS = everyValue<OrganisationKind>()([
  'PROVINCE',
  'CITY',
  'COUNTY',
  'TOWNSHIP',
  'DEPARTMENT',
  'PUBLIC_INSTITUTION',
  'STATE_OWNED_ENTERPRISE',
  'INTERNAL_UNIT',
]);

export const RANK_LEVELS = everyValue<RankLevel>()([
  'PROVINCIAL_DEPUTY',
  'BUREAU_PRINCIPAL',
  'BUREAU_DEPUTY',
  'DIVISION_PRINCIPAL',
  'DIVISION_DEPUTY',
  'SECTION_PRINCIPAL',
  'SECTION_DEPUTY',
]);

export const POSITION_TYPES = everyValue<PositionType>()(['PRINCIPAL', 'DEPUTY']);

export const EMPLOYMENT_STATUSES = everyValue<EmploymentStatus>()(['SERVING', 'RETIRED', 'LEFT']);

export const GENDERS = everyValue<Gender>()(['MALE', 'FEMALE']);

/** The categories each organisation kind offers and the kinds whose organisation department manages cadres: the server's own rule. */
export { CATEGORIES_BY_KIND, REGION_KINDS } from '../../../workflows/org/categories';

export const CADRE_STATUS_KINDS = everyValue<CadreStatusKind>()([
  'PROBATION',
  'SICK_LEAVE',
  'PERSONAL_LEAVE',
  'INVESTIGATION',
  'INJURY_ON_DUTY',
  'MEDICAL_TREATMENT',
  'PREGNANCY',
  'MATERNITY',
  'NURSING',
]);
