import { graphql } from '../gql';

export const UserRowFields = graphql(`
  fragment UserRowFields on UserAccount {
    id
    username
    displayName
    cadreId
    email
    cadrePersonNo
    disabled
    mustChangePassword
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
`);

export const UsersQuery = graphql(`
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
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRowFields
    }
  }
`);

export const AssignRoleMutation = graphql(`
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      ...UserRowFields
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($assignmentId: ID!) {
    revokeRole(assignmentId: $assignmentId) {
      ...UserRowFields
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($userId: ID!) {
    unlockUser(userId: $userId) {
      ...UserRowFields
    }
  }
`);

export const SetUserEmailMutation = graphql(`
  mutation SetUserEmail($userId: ID!, $email: String) {
    setUserEmail(userId: $userId, email: $email) {
      ...UserRowFields
    }
  }
`);

export const LinkUserToCadreMutation = graphql(`
  mutation LinkUserToCadre($input: LinkUserToCadreInput!) {
    linkUserToCadre(input: $input) {
      ...UserRowFields
    }
  }
`);
