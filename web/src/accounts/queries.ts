import { graphql } from '../gql';

export const PasswordPolicyQuery = graphql(`
  query PasswordPolicy {
    passwordPolicy {
      minLength
      minClasses
      expiryDays
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ...ViewerFields
    }
  }
`);

export const SignInHistoryQuery = graphql(`
  query SignInHistory($userId: ID, $first: Int!, $after: String) {
    signInHistory(userId: $userId, first: $first, after: $after) {
      nodes {
        id
        occurredAt
        action
        succeeded
        ip
        userAgent
        method
        actorUsername
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const CreateAccountsForUnitMutation = graphql(`
  mutation CreateAccountsForUnit($input: CreateAccountsForUnitInput!) {
    createAccountsForUnit(input: $input) {
      created {
        userId
        username
        oneTimePassword
        displayName
        cadreId
        personNo
        organisationName
      }
      skipped {
        cadreId
        name
        personNo
        organisationName
        reason
        username
      }
      skippedCount
      signInUrl
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($userId: ID!) {
    resetPassword(userId: $userId) {
      oneTimePassword
      user {
        ...UserRowFields
      }
    }
  }
`);

export const DisableUserMutation = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      ...UserRowFields
    }
  }
`);

export const EnableUserMutation = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      ...UserRowFields
    }
  }
`);

export const AccountCadreCandidatesQuery = graphql(`
  query AccountCadreCandidates($search: String!) {
    accountCadreCandidates(search: $search, first: 20) {
      cadreId
      personNo
      name
      organisationName
      post
      username
    }
  }
`);
