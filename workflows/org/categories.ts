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

/** The categories each kind of organisation may take (分级分类考核): a county is never assessed on a department's scheme. */
export const CATEGORIES_BY_KIND: Readonly<Record<OrganisationKind, readonly OrganisationCategory[]>> = {
  PROVINCE: ['PROVINCE_GENERAL'],
  CITY: ['CITY_STRONG_ECONOMY', 'CITY_RURAL_REVITALISATION', 'CITY_ETHNIC_REGION'],
  COUNTY: ['COUNTY_DISTRICT', 'COUNTY_RURAL_REVITALISATION', 'COUNTY_ECOLOGICAL_PROTECTION'],
  TOWNSHIP: ['UNCATEGORISED'],
  DEPARTMENT: ['DEPT_PARTY_POLITICAL', 'DEPT_ECONOMIC', 'DEPT_SOCIAL_DEVELOPMENT', 'DEPT_LAW_ENFORCEMENT_SUPERVISION', 'DEPT_OTHER'],
  PUBLIC_INSTITUTION: ['PI_UNIVERSITY', 'PI_RESEARCH_INSTITUTE', 'PI_OTHER'],
  STATE_OWNED_ENTERPRISE: ['SOE_INDUSTRIAL_COMMERCIAL', 'SOE_FINANCIAL', 'SOE_CULTURAL'],
  INTERNAL_UNIT: ['UNCATEGORISED'],
};

/** May an organisation of this kind take this category? */
export const categoryFitsKind = (kind: OrganisationKind, category: OrganisationCategory): boolean => CATEGORIES_BY_KIND[kind].includes(category);
