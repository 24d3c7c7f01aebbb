import { CADRE_STATUS_KINDS, type CadreStatusKind } from '../../workflows/cadre/status.js';
import { ORGANISATION_CATEGORIES, ORGANISATION_KINDS, type OrganisationCategory, type OrganisationKind } from '../../workflows/org/categories.js';
import { EMPLOYMENT_STATUSES, GENDERS, POPULATIONS, POSITION_TYPES, RANK_LEVELS, type EmploymentStatus, type Gender, type Population, type PositionType, type RankLevel } from '../cadres/cadre.entity.js';

/**
 * The one place where the roster file's Chinese words meet the API's codes.
 * The first word of each code is the one the web's zh-CN locale shows
 * (roster-words.test.ts holds them equal) and the one an export writes; the
 * others are accepted on import as the words offices also use.
 */
type Words<C extends string> = Readonly<Record<C, readonly [string, ...string[]]>>;

export const ORGANISATION_KIND_WORDS: Words<OrganisationKind> = {
  PROVINCE: ['省'],
  CITY: ['市（州）', '市', '州', '地级市'],
  COUNTY: ['县（市、区）', '县', '区', '县级市'],
  TOWNSHIP: ['乡镇（街道）', '乡镇', '乡', '镇', '街道'],
  DEPARTMENT: ['部门'],
  PUBLIC_INSTITUTION: ['事业单位'],
  STATE_OWNED_ENTERPRISE: ['国有企业', '国企'],
  INTERNAL_UNIT: ['内设机构'],
};

export const ORGANISATION_CATEGORY_WORDS: Words<OrganisationCategory> = {
  PROVINCE_GENERAL: ['省级综合'],
  CITY_STRONG_ECONOMY: ['经济强市类'],
  CITY_RURAL_REVITALISATION: ['乡村振兴类市'],
  CITY_ETHNIC_REGION: ['民族地区类市（州）', '民族地区类市'],
  COUNTY_DISTRICT: ['城区类县（市、区）', '城区类'],
  COUNTY_RURAL_REVITALISATION: ['乡村振兴类县'],
  COUNTY_ECOLOGICAL_PROTECTION: ['生态保护类县'],
  DEPT_PARTY_POLITICAL: ['党群政治类部门'],
  DEPT_ECONOMIC: ['经济管理类部门'],
  DEPT_SOCIAL_DEVELOPMENT: ['社会发展类部门'],
  DEPT_LAW_ENFORCEMENT_SUPERVISION: ['执法监管类部门'],
  DEPT_OTHER: ['其他部门'],
  PI_UNIVERSITY: ['高等院校'],
  PI_RESEARCH_INSTITUTE: ['科研院所'],
  PI_OTHER: ['其他事业单位'],
  SOE_INDUSTRIAL_COMMERCIAL: ['商业一类国有企业'],
  SOE_FINANCIAL: ['金融类国有企业'],
  SOE_CULTURAL: ['文化类国有企业'],
  UNCATEGORISED: ['未分类'],
};

export const RANK_LEVEL_WORDS: Words<RankLevel> = {
  PROVINCIAL_DEPUTY: ['省部级副职'],
  BUREAU_PRINCIPAL: ['厅局级正职'],
  BUREAU_DEPUTY: ['厅局级副职'],
  DIVISION_PRINCIPAL: ['县处级正职'],
  DIVISION_DEPUTY: ['县处级副职'],
  SECTION_PRINCIPAL: ['乡科级正职'],
  SECTION_DEPUTY: ['乡科级副职'],
};

export const POSITION_TYPE_WORDS: Words<PositionType> = { PRINCIPAL: ['正职'], DEPUTY: ['副职'] };
export const GENDER_WORDS: Words<Gender> = { MALE: ['男'], FEMALE: ['女'] };
export const POPULATION_WORDS: Words<Population> = {
  LEADING_CADRE: ['领导干部'],
  CIVIL_SERVANT: ['公务员'],
  PUBLIC_INSTITUTION_STAFF: ['事业单位工作人员'],
};
export const EMPLOYMENT_STATUS_WORDS: Words<EmploymentStatus> = {
  SERVING: ['在职'],
  RETIRED: ['退休'],
  LEFT: ['调出', '离职', '辞职', '免职', '辞退'],
};
export const STATUS_KIND_WORDS: Words<CadreStatusKind> = {
  PROBATION: ['试用期'],
  SICK_LEAVE: ['病假'],
  PERSONAL_LEAVE: ['事假'],
  INVESTIGATION: ['立案审查'],
  INJURY_ON_DUTY: ['因公负伤', '工伤'],
  MEDICAL_TREATMENT: ['患病医疗期', '就医', '医疗期'],
  PREGNANCY: ['孕期'],
  MATERNITY: ['产假'],
  NURSING: ['哺乳期'],
};
export const YES_NO_WORDS: Words<'YES' | 'NO'> = { YES: ['是', 'Y', '1'], NO: ['否', 'N', '0'] };

/** Word → code for one vocabulary; undefined for a word it does not know. */
export function reader<C extends string>(codes: readonly C[], words: Words<C>): (word: string) => C | undefined {
  const byWord = new Map<string, C>();
  for (const code of codes) for (const word of words[code]) byWord.set(word, code);
  return (word) => byWord.get(word.trim());
}

/** Code → the word an export writes. */
export const wordOf = <C extends string>(words: Words<C>, code: C): string => words[code][0];

export const readKind = reader(ORGANISATION_KINDS, ORGANISATION_KIND_WORDS);
export const readCategory = reader(ORGANISATION_CATEGORIES, ORGANISATION_CATEGORY_WORDS);
export const readRank = reader(RANK_LEVELS, RANK_LEVEL_WORDS);
export const readPosition = reader(POSITION_TYPES, POSITION_TYPE_WORDS);
export const readGender = reader(GENDERS, GENDER_WORDS);
export const readPopulation = reader(POPULATIONS, POPULATION_WORDS);
export const readEmployment = reader(EMPLOYMENT_STATUSES, EMPLOYMENT_STATUS_WORDS);
export const readStatusKind = reader(CADRE_STATUS_KINDS, STATUS_KIND_WORDS);
export const readYesNo = reader(['YES', 'NO'] as const, YES_NO_WORDS);
