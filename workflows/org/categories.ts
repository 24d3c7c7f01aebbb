/**
 * Organisation kinds and the categories of 分级分类考核 (docs/domain.md §1;
 * the defaults follow one province's classification). A category picks the
 * indicator scheme and weights; the kind says where the organisation sits in
 * the administrative tree.
 */
export const ORGANISATION_KINDS = [
  'PROVINCE',
  'CITY',
  'COUNTY',
  'TOWNSHIP',
  'DEPARTMENT',
  'PUBLIC_INSTITUTION',
  'STATE_OWNED_ENTERPRISE',
  'INTERNAL_UNIT',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_CATEGORIES = [
  'PROVINCE_GENERAL',
  // 市州: three types
  'CITY_STRONG_ECONOMY',
  'CITY_RURAL_REVITALISATION',
  'CITY_ETHNIC_REGION',
  // 县市区
  'COUNTY_DISTRICT',
  'COUNTY_RURAL_REVITALISATION',
  'COUNTY_ECOLOGICAL_PROTECTION',
  // 省直部门: five types
  'DEPT_PARTY_POLITICAL',
  'DEPT_ECONOMIC',
  'DEPT_SOCIAL_DEVELOPMENT',
  'DEPT_LAW_ENFORCEMENT_SUPERVISION',
  'DEPT_OTHER',
  // 事业单位: three types
  'PI_UNIVERSITY',
  'PI_RESEARCH_INSTITUTE',
  'PI_OTHER',
  // 国有企业: three types
  'SOE_INDUSTRIAL_COMMERCIAL',
  'SOE_FINANCIAL',
  'SOE_CULTURAL',
  'UNCATEGORISED',
] as const;
export type OrganisationCategory = (typeof ORGANISATION_CATEGORIES)[number];
