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
  query Organisations($first: Int!, $after: String, $parentId: ID, $kind: OrganisationKind, $search: String) {
    organisations(first: $first, after: $after, parentId: $parentId, kind: $kind, search: $search) {
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
