import { graphql } from '../gql';

export const OrganisationOption = graphql(`
  fragment OrganisationOption on Organisation {
    id
    name
    code
    depth
    kind
  }
`);

export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions($search: String, $first: Int!) {
    organisations(search: $search, first: $first) {
      nodes {
        ...OrganisationOption
      }
    }
  }
`);

export const OrganisationOptionQuery = graphql(`
  query OrganisationOptionById($id: ID!) {
    organisation(id: $id) {
      ...OrganisationOption
    }
  }
`);

export const OrganisationsQuery = graphql(`
  query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String, $includeRetired: Boolean) {
    organisations(first: $first, after: $after, parentId: $parentId, kind: $kind, search: $search, includeRetired: $includeRetired) {
      nodes {
        ...OrganisationRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const OrganisationCrumbQuery = graphql(`
  query OrganisationCrumb($id: ID!) {
    organisation(id: $id) {
      id
      name
      parentId
    }
  }
`);

export const OrganisationRowFields = graphql(`
  fragment OrganisationRowFields on Organisation {
    id
    name
    code
    kind
    category
    depth
    parentId
    restrictedDevelopment
    retiredOn
    version
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationRowFields
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      ...OrganisationRowFields
    }
  }
`);

export const MoveOrganisationMutation = graphql(`
  mutation MoveOrganisation($input: MoveOrganisationInput!) {
    moveOrganisation(input: $input) {
      ...OrganisationRowFields
    }
  }
`);

export const RetireOrganisationMutation = graphql(`
  mutation RetireOrganisation($input: RetireOrganisationInput!) {
    retireOrganisation(input: $input) {
      ...OrganisationRowFields
    }
  }
`);
