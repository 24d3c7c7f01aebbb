import { graphql } from '../gql';

export const CadresQuery = graphql(`
  query Cadres(
    $first: Int!
    $after: String
    $organisationId: ID
    $includeSubtree: Boolean
    $search: String
    $rankLevel: RankLevel
    $positionType: PositionType
  ) {
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
`);

export const CadreDetailFields = graphql(`
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
    managingOrganisation {
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
`);

export const CadreDetailQuery = graphql(`
  query CadreDetail($id: ID!) {
    cadre(id: $id) {
      ...CadreDetailFields
    }
  }
`);

export const RecordCadreStatusMutation = graphql(`
  mutation RecordCadreStatus($input: RecordCadreStatusInput!) {
    recordCadreStatus(input: $input) {
      ...CadreDetailFields
    }
  }
`);
