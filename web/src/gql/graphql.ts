/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AssignRoleInput = {
  /** The root of the jurisdiction */
  organisationId: string | number;
  role: Role;
  userId: string | number;
};

export type CadreStatusKind =
  | 'INJURY_ON_DUTY'
  | 'INVESTIGATION'
  | 'MATERNITY'
  | 'MEDICAL_TREATMENT'
  | 'NURSING'
  | 'PERSONAL_LEAVE'
  | 'PREGNANCY'
  | 'PROBATION'
  | 'SICK_LEAVE';

export type CreateUserInput = {
  /** Link the account to a cadre record (needed for the CADRE role) */
  cadreId?: string | number | null | undefined;
  displayName: string;
  password: string;
  username: string;
};

export type Gender =
  | 'FEMALE'
  | 'MALE';

/** 分级分类考核: the category picks the indicator scheme and weights */
export type OrganisationCategory =
  | 'CITY_ETHNIC_REGION'
  | 'CITY_RURAL_REVITALISATION'
  | 'CITY_STRONG_ECONOMY'
  | 'COUNTY_DISTRICT'
  | 'COUNTY_ECOLOGICAL_PROTECTION'
  | 'COUNTY_RURAL_REVITALISATION'
  | 'DEPT_ECONOMIC'
  | 'DEPT_LAW_ENFORCEMENT_SUPERVISION'
  | 'DEPT_OTHER'
  | 'DEPT_PARTY_POLITICAL'
  | 'DEPT_SOCIAL_DEVELOPMENT'
  | 'PI_OTHER'
  | 'PI_RESEARCH_INSTITUTE'
  | 'PI_UNIVERSITY'
  | 'PROVINCE_GENERAL'
  | 'SOE_CULTURAL'
  | 'SOE_FINANCIAL'
  | 'SOE_INDUSTRIAL_COMMERCIAL'
  | 'UNCATEGORISED';

/** Where an organisation sits in the tree */
export type OrganisationKind =
  | 'CITY'
  | 'COUNTY'
  | 'DEPARTMENT'
  | 'INTERNAL_UNIT'
  | 'PROVINCE'
  | 'PUBLIC_INSTITUTION'
  | 'STATE_OWNED_ENTERPRISE'
  | 'TOWNSHIP';

/** Which regulations and grade scale apply */
export type Population =
  | 'CIVIL_SERVANT'
  | 'LEADING_CADRE'
  | 'PUBLIC_INSTITUTION_STAFF';

/** 正职 (principal) or 副职 (deputy) */
export type PositionType =
  | 'DEPUTY'
  | 'PRINCIPAL';

export type PublishRuleSetInput = {
  /** YYYY-MM-DD */
  effectiveFrom: string;
  jurisdictionId: string | number;
  note?: string;
  /** Only the settings that change; the rest are inherited */
  settings: Record<string, unknown>;
};

/** 职级: 省部级副职, 厅局级正/副职, 县处级正/副职, 乡科级正/副职 */
export type RankLevel =
  | 'BUREAU_DEPUTY'
  | 'BUREAU_PRINCIPAL'
  | 'DIVISION_DEPUTY'
  | 'DIVISION_PRINCIPAL'
  | 'PROVINCIAL_DEPUTY'
  | 'SECTION_DEPUTY'
  | 'SECTION_PRINCIPAL';

export type RecordCadreStatusInput = {
  cadreId: string | number;
  /** YYYY-MM-DD, inclusive; leave empty while open */
  endsOn?: string | null | undefined;
  kind: CadreStatusKind;
  note?: string | null | undefined;
  /** YYYY-MM-DD */
  startsOn: string;
};

export type Role =
  | 'ASSESSOR'
  | 'AUDITOR'
  | 'CADRE'
  | 'COMMITTEE'
  | 'DISCIPLINE'
  | 'HR'
  | 'ORG_ADMIN'
  | 'RATER'
  | 'SYSTEM_ADMIN';

export type SignInInput = {
  password: string;
  username: string;
};

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
  action?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, actorUserId: string | null, actorName: string | null, actorRole: string | null, action: string, entityType: string, entityId: string, seq: number, fromState: string | null, toState: string | null, fromVersion: number | null, payload: Record<string, unknown>, hash: string, prevHash: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerifyAuditChainQueryVariables = Exact<{
  entityType?: string | null | undefined;
  entityId?: string | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, rowsChecked: number, streamsChecked: number, brokenEntryId: string | null, reason: string | null } };

export type ViewerFieldsFragment = { userId: string, username: string, displayName: string, cadreId: string | null, permissions: Array<string>, grants: Array<{ role: Role, organisation: { id: string, name: string } }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { userId: string, username: string, displayName: string, cadreId: string | null, permissions: Array<string>, grants: Array<{ role: Role, organisation: { id: string, name: string } }> } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { expiresAt: string, viewer: { userId: string, username: string, displayName: string, cadreId: string | null, permissions: Array<string>, grants: Array<{ role: Role, organisation: { id: string, name: string } }> } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CadresQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  organisationId?: string | number | null | undefined;
  includeSubtree?: boolean | null | undefined;
  search?: string | null | undefined;
  rankLevel?: RankLevel | null | undefined;
  positionType?: PositionType | null | undefined;
}>;


export type CadresQuery = { cadres: { totalCount: number, nodes: Array<{ id: string, name: string, post: string, rankLevel: RankLevel, positionType: PositionType, organisation: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CadreDetailFieldsFragment = { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> };

export type CadreDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CadreDetailQuery = { cadre: { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> } };

export type RecordCadreStatusMutationVariables = Exact<{
  input: RecordCadreStatusInput;
}>;


export type RecordCadreStatusMutation = { recordCadreStatus: { id: string, name: string, personNo: string, gender: Gender, birthDate: string | null, post: string, rankLevel: RankLevel, positionType: PositionType, population: Population, tookPostOn: string | null, version: number, updatedAt: string, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string }, statusPeriods: Array<{ id: string, kind: CadreStatusKind, startsOn: string, endsOn: string | null, note: string, createdAt: string }> } };

export type HomeOrganisationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeOrganisationCountQuery = { organisations: { totalCount: number } };

export type HomeCadreCountQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeCadreCountQuery = { cadres: { totalCount: number } };

export type MyCadreQueryVariables = Exact<{
  id: string | number;
}>;


export type MyCadreQuery = { cadre: { id: string, name: string, post: string, rankLevel: RankLevel, positionType: PositionType, tookPostOn: string | null, statusesOn: Array<CadreStatusKind>, organisation: { id: string, name: string } } };

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
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, nodes: Array<{ id: string, name: string, code: string, kind: OrganisationKind, category: OrganisationCategory, depth: number, parentId: string | null, restrictedDevelopment: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrganisationCrumbQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationCrumbQuery = { organisation: { id: string, name: string, parentId: string | null } };

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

export type UserRowFieldsFragment = { id: string, username: string, displayName: string, cadreId: string | null, disabled: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> };

export type UsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, username: string, displayName: string, cadreId: string | null, disabled: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, cadreId: string | null, disabled: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { id: string, username: string, displayName: string, cadreId: string | null, disabled: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type RevokeRoleMutationVariables = Exact<{
  assignmentId: string | number;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, username: string, displayName: string, cadreId: string | null, disabled: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

export type UnlockUserMutationVariables = Exact<{
  userId: string | number;
}>;


export type UnlockUserMutation = { unlockUser: { id: string, username: string, displayName: string, cadreId: string | null, disabled: boolean, lockedUntil: string | null, createdAt: string, version: number, roles: Array<{ id: string, role: Role, createdAt: string, organisation: { id: string, name: string } }> } };

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
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on ViewerView {
  userId
  username
  displayName
  cadreId
  permissions
  grants {
    role
    organisation {
      id
      name
    }
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
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
  version
  updatedAt
  organisation {
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
export const OrganisationOptionFragmentDoc = new TypedDocumentString(`
    fragment OrganisationOption on Organisation {
  id
  name
  code
  depth
  kind
}
    `, {"fragmentName":"OrganisationOption"}) as unknown as TypedDocumentString<OrganisationOptionFragment, unknown>;
export const UserRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment UserRowFields on UserAccount {
  id
  username
  displayName
  cadreId
  disabled
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
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $entityType: String, $entityId: String, $action: String, $from: DateTimeISO, $to: DateTimeISO) {
  auditLog(
    first: $first
    after: $after
    entityType: $entityType
    entityId: $entityId
    action: $action
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
  grants {
    role
    organisation {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const CadresDocument = new TypedDocumentString(`
    query Cadres($first: Int!, $after: String, $organisationId: ID, $includeSubtree: Boolean, $search: String, $rankLevel: RankLevel, $positionType: PositionType) {
  cadres(
    first: $first
    after: $after
    organisationId: $organisationId
    includeSubtree: $includeSubtree
    search: $search
    rankLevel: $rankLevel
    positionType: $positionType
  ) {
    nodes {
      id
      name
      post
      rankLevel
      positionType
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
  version
  updatedAt
  organisation {
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
  version
  updatedAt
  organisation {
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
    query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String) {
  organisations(
    first: $first
    after: $after
    parentId: $parentId
    kind: $kind
    search: $search
  ) {
    nodes {
      id
      name
      code
      kind
      category
      depth
      parentId
      restrictedDevelopment
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationCrumbDocument = new TypedDocumentString(`
    query OrganisationCrumb($id: ID!) {
  organisation(id: $id) {
    id
    name
    parentId
  }
}
    `) as unknown as TypedDocumentString<OrganisationCrumbQuery, OrganisationCrumbQueryVariables>;
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
  disabled
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
  disabled
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
  disabled
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
  disabled
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
  disabled
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