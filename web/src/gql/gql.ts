/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($first: Int!, $after: String, $entityType: String, $entityId: String, $action: String, $from: DateTimeISO, $to: DateTimeISO) {\n    auditLog(first: $first, after: $after, entityType: $entityType, entityId: $entityId, action: $action, from: $from, to: $to) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        seq\n        fromState\n        toState\n        fromVersion\n        payload\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query VerifyAuditChain($entityType: String, $entityId: String) {\n    verifyAuditChain(entityType: $entityType, entityId: $entityId) {\n      ok\n      rowsChecked\n      streamsChecked\n      brokenEntryId\n      reason\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  fragment ViewerFields on ViewerView {\n    userId\n    username\n    displayName\n    cadreId\n    permissions\n    grants {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Cadres(\n    $first: Int!\n    $after: String\n    $organisationId: ID\n    $includeSubtree: Boolean\n    $search: String\n    $rankLevel: RankLevel\n    $positionType: PositionType\n  ) {\n    cadres(\n      first: $first\n      after: $after\n      organisationId: $organisationId\n      includeSubtree: $includeSubtree\n      search: $search\n      rankLevel: $rankLevel\n      positionType: $positionType\n    ) {\n      nodes {\n        id\n        name\n        post\n        rankLevel\n        positionType\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.CadresDocument,
    "\n  fragment CadreDetailFields on Cadre {\n    id\n    name\n    personNo\n    gender\n    birthDate\n    post\n    rankLevel\n    positionType\n    population\n    tookPostOn\n    version\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    statusesOn\n    statusPeriods {\n      id\n      kind\n      startsOn\n      endsOn\n      note\n      createdAt\n    }\n  }\n": typeof types.CadreDetailFieldsFragmentDoc,
    "\n  query CadreDetail($id: ID!) {\n    cadre(id: $id) {\n      ...CadreDetailFields\n    }\n  }\n": typeof types.CadreDetailDocument,
    "\n  mutation RecordCadreStatus($input: RecordCadreStatusInput!) {\n    recordCadreStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": typeof types.RecordCadreStatusDocument,
    "\n  query HomeOrganisationCount {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeOrganisationCountDocument,
    "\n  query HomeCadreCount {\n    cadres(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.HomeCadreCountDocument,
    "\n  query MyCadre($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      rankLevel\n      positionType\n      tookPostOn\n      organisation {\n        id\n        name\n      }\n      statusesOn\n    }\n  }\n": typeof types.MyCadreDocument,
    "\n  fragment OrganisationOption on Organisation {\n    id\n    name\n    code\n    depth\n    kind\n  }\n": typeof types.OrganisationOptionFragmentDoc,
    "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...OrganisationOption\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query OrganisationOptionById($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationOption\n    }\n  }\n": typeof types.OrganisationOptionByIdDocument,
    "\n  query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String) {\n    organisations(first: $first, after: $after, parentId: $parentId, kind: $kind, search: $search) {\n      nodes {\n        id\n        name\n        code\n        kind\n        category\n        depth\n        parentId\n        restrictedDevelopment\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationCrumb($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      parentId\n    }\n  }\n": typeof types.OrganisationCrumbDocument,
    "\n  query EffectiveRuleSet($organisationId: ID!, $day: String!) {\n    effectiveRuleSet(organisationId: $organisationId, day: $day) {\n      jurisdictionId\n      settings\n      ruleSet {\n        id\n        version\n        effectiveFrom\n        jurisdiction {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EffectiveRuleSetDocument,
    "\n  query RuleSetVersions($jurisdictionId: ID!) {\n    ruleSets(jurisdictionId: $jurisdictionId) {\n      id\n      version\n      effectiveFrom\n      note\n      createdAt\n      settings\n    }\n  }\n": typeof types.RuleSetVersionsDocument,
    "\n  query RuleSettingsDefaults {\n    ruleSettingsDefaults\n  }\n": typeof types.RuleSettingsDefaultsDocument,
    "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      id\n      version\n      effectiveFrom\n    }\n  }\n": typeof types.PublishRuleSetDocument,
    "\n  fragment UserRowFields on UserAccount {\n    id\n    username\n    displayName\n    cadreId\n    disabled\n    lockedUntil\n    createdAt\n    version\n    roles {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      ...UserRowFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n": typeof types.UnlockUserDocument,
};
const documents: Documents = {
    "\n  query AuditLog($first: Int!, $after: String, $entityType: String, $entityId: String, $action: String, $from: DateTimeISO, $to: DateTimeISO) {\n    auditLog(first: $first, after: $after, entityType: $entityType, entityId: $entityId, action: $action, from: $from, to: $to) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        seq\n        fromState\n        toState\n        fromVersion\n        payload\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.AuditLogDocument,
    "\n  query VerifyAuditChain($entityType: String, $entityId: String) {\n    verifyAuditChain(entityType: $entityType, entityId: $entityId) {\n      ok\n      rowsChecked\n      streamsChecked\n      brokenEntryId\n      reason\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  fragment ViewerFields on ViewerView {\n    userId\n    username\n    displayName\n    cadreId\n    permissions\n    grants {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Cadres(\n    $first: Int!\n    $after: String\n    $organisationId: ID\n    $includeSubtree: Boolean\n    $search: String\n    $rankLevel: RankLevel\n    $positionType: PositionType\n  ) {\n    cadres(\n      first: $first\n      after: $after\n      organisationId: $organisationId\n      includeSubtree: $includeSubtree\n      search: $search\n      rankLevel: $rankLevel\n      positionType: $positionType\n    ) {\n      nodes {\n        id\n        name\n        post\n        rankLevel\n        positionType\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.CadresDocument,
    "\n  fragment CadreDetailFields on Cadre {\n    id\n    name\n    personNo\n    gender\n    birthDate\n    post\n    rankLevel\n    positionType\n    population\n    tookPostOn\n    version\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    statusesOn\n    statusPeriods {\n      id\n      kind\n      startsOn\n      endsOn\n      note\n      createdAt\n    }\n  }\n": types.CadreDetailFieldsFragmentDoc,
    "\n  query CadreDetail($id: ID!) {\n    cadre(id: $id) {\n      ...CadreDetailFields\n    }\n  }\n": types.CadreDetailDocument,
    "\n  mutation RecordCadreStatus($input: RecordCadreStatusInput!) {\n    recordCadreStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n": types.RecordCadreStatusDocument,
    "\n  query HomeOrganisationCount {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeOrganisationCountDocument,
    "\n  query HomeCadreCount {\n    cadres(first: 1) {\n      totalCount\n    }\n  }\n": types.HomeCadreCountDocument,
    "\n  query MyCadre($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      rankLevel\n      positionType\n      tookPostOn\n      organisation {\n        id\n        name\n      }\n      statusesOn\n    }\n  }\n": types.MyCadreDocument,
    "\n  fragment OrganisationOption on Organisation {\n    id\n    name\n    code\n    depth\n    kind\n  }\n": types.OrganisationOptionFragmentDoc,
    "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...OrganisationOption\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query OrganisationOptionById($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationOption\n    }\n  }\n": types.OrganisationOptionByIdDocument,
    "\n  query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String) {\n    organisations(first: $first, after: $after, parentId: $parentId, kind: $kind, search: $search) {\n      nodes {\n        id\n        name\n        code\n        kind\n        category\n        depth\n        parentId\n        restrictedDevelopment\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationCrumb($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      parentId\n    }\n  }\n": types.OrganisationCrumbDocument,
    "\n  query EffectiveRuleSet($organisationId: ID!, $day: String!) {\n    effectiveRuleSet(organisationId: $organisationId, day: $day) {\n      jurisdictionId\n      settings\n      ruleSet {\n        id\n        version\n        effectiveFrom\n        jurisdiction {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EffectiveRuleSetDocument,
    "\n  query RuleSetVersions($jurisdictionId: ID!) {\n    ruleSets(jurisdictionId: $jurisdictionId) {\n      id\n      version\n      effectiveFrom\n      note\n      createdAt\n      settings\n    }\n  }\n": types.RuleSetVersionsDocument,
    "\n  query RuleSettingsDefaults {\n    ruleSettingsDefaults\n  }\n": types.RuleSettingsDefaultsDocument,
    "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      id\n      version\n      effectiveFrom\n    }\n  }\n": types.PublishRuleSetDocument,
    "\n  fragment UserRowFields on UserAccount {\n    id\n    username\n    displayName\n    cadreId\n    disabled\n    lockedUntil\n    createdAt\n    version\n    roles {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      ...UserRowFields\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n": types.UnlockUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $entityType: String, $entityId: String, $action: String, $from: DateTimeISO, $to: DateTimeISO) {\n    auditLog(first: $first, after: $after, entityType: $entityType, entityId: $entityId, action: $action, from: $from, to: $to) {\n      nodes {\n        id\n        occurredAt\n        actorUserId\n        actorName\n        actorRole\n        action\n        entityType\n        entityId\n        seq\n        fromState\n        toState\n        fromVersion\n        payload\n        hash\n        prevHash\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($entityType: String, $entityId: String) {\n    verifyAuditChain(entityType: $entityType, entityId: $entityId) {\n      ok\n      rowsChecked\n      streamsChecked\n      brokenEntryId\n      reason\n    }\n  }\n"): typeof import('./graphql').VerifyAuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on ViewerView {\n    userId\n    username\n    displayName\n    cadreId\n    permissions\n    grants {\n      role\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cadres(\n    $first: Int!\n    $after: String\n    $organisationId: ID\n    $includeSubtree: Boolean\n    $search: String\n    $rankLevel: RankLevel\n    $positionType: PositionType\n  ) {\n    cadres(\n      first: $first\n      after: $after\n      organisationId: $organisationId\n      includeSubtree: $includeSubtree\n      search: $search\n      rankLevel: $rankLevel\n      positionType: $positionType\n    ) {\n      nodes {\n        id\n        name\n        post\n        rankLevel\n        positionType\n        organisation {\n          id\n          name\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').CadresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CadreDetailFields on Cadre {\n    id\n    name\n    personNo\n    gender\n    birthDate\n    post\n    rankLevel\n    positionType\n    population\n    tookPostOn\n    version\n    updatedAt\n    organisation {\n      id\n      name\n    }\n    statusesOn\n    statusPeriods {\n      id\n      kind\n      startsOn\n      endsOn\n      note\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CadreDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CadreDetail($id: ID!) {\n    cadre(id: $id) {\n      ...CadreDetailFields\n    }\n  }\n"): typeof import('./graphql').CadreDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCadreStatus($input: RecordCadreStatusInput!) {\n    recordCadreStatus(input: $input) {\n      ...CadreDetailFields\n    }\n  }\n"): typeof import('./graphql').RecordCadreStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOrganisationCount {\n    organisations(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeOrganisationCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeCadreCount {\n    cadres(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').HomeCadreCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCadre($id: ID!) {\n    cadre(id: $id) {\n      id\n      name\n      post\n      rankLevel\n      positionType\n      tookPostOn\n      organisation {\n        id\n        name\n      }\n      statusesOn\n    }\n  }\n"): typeof import('./graphql').MyCadreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationOption on Organisation {\n    id\n    name\n    code\n    depth\n    kind\n  }\n"): typeof import('./graphql').OrganisationOptionFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String, $first: Int!) {\n    organisations(search: $search, first: $first) {\n      nodes {\n        ...OrganisationOption\n      }\n    }\n  }\n"): typeof import('./graphql').OrganisationOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptionById($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationOption\n    }\n  }\n"): typeof import('./graphql').OrganisationOptionByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String) {\n    organisations(first: $first, after: $after, parentId: $parentId, kind: $kind, search: $search) {\n      nodes {\n        id\n        name\n        code\n        kind\n        category\n        depth\n        parentId\n        restrictedDevelopment\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').OrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationCrumb($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      parentId\n    }\n  }\n"): typeof import('./graphql').OrganisationCrumbDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectiveRuleSet($organisationId: ID!, $day: String!) {\n    effectiveRuleSet(organisationId: $organisationId, day: $day) {\n      jurisdictionId\n      settings\n      ruleSet {\n        id\n        version\n        effectiveFrom\n        jurisdiction {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EffectiveRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSetVersions($jurisdictionId: ID!) {\n    ruleSets(jurisdictionId: $jurisdictionId) {\n      id\n      version\n      effectiveFrom\n      note\n      createdAt\n      settings\n    }\n  }\n"): typeof import('./graphql').RuleSetVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RuleSettingsDefaults {\n    ruleSettingsDefaults\n  }\n"): typeof import('./graphql').RuleSettingsDefaultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishRuleSet($input: PublishRuleSetInput!) {\n    publishRuleSet(input: $input) {\n      id\n      version\n      effectiveFrom\n    }\n  }\n"): typeof import('./graphql').PublishRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on UserAccount {\n    id\n    username\n    displayName\n    cadreId\n    disabled\n    lockedUntil\n    createdAt\n    version\n    roles {\n      id\n      role\n      createdAt\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UserRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String, $search: String) {\n    users(first: $first, after: $after, search: $search) {\n      nodes {\n        ...UserRowFields\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').AssignRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($assignmentId: ID!) {\n    revokeRole(assignmentId: $assignmentId) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').RevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($userId: ID!) {\n    unlockUser(userId: $userId) {\n      ...UserRowFields\n    }\n  }\n"): typeof import('./graphql').UnlockUserDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
