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
    $employmentStatus: EmploymentStatus
  ) {
    cadres: searchCadres(
      first: $first
      after: $after
      organisationId: $organisationId
      includeSubtree: $includeSubtree
      search: $search
      rankLevel: $rankLevel
      positionType: $positionType
      employmentStatus: $employmentStatus
    ) {
      nodes {
        id
        name
        post
        rankLevel
        positionType
        employmentStatus
        teamMember
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
    teamMember
    employmentStatus
    employmentStatusSince
    version
    updatedAt
    organisation {
      id
      name
    }
    postings {
      year
      cycleName
      assessmentId
      organisationName
      postTitle
      rankLevel
      finalGrade
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

export const CreateCadreMutation = graphql(`
  mutation CreateCadre($input: CreateCadreInput!) {
    createCadre(input: $input) {
      id
    }
  }
`);

export const UpdateCadreMutation = graphql(`
  mutation UpdateCadre($input: UpdateCadreInput!) {
    updateCadre(input: $input) {
      ...CadreDetailFields
    }
  }
`);

export const MoveCadreMutation = graphql(`
  mutation MoveCadre($input: MoveCadreInput!) {
    moveCadre(input: $input) {
      ...CadreDetailFields
    }
  }
`);

export const SetCadreEmploymentStatusMutation = graphql(`
  mutation SetCadreEmploymentStatus($input: SetCadreEmploymentStatusInput!) {
    setCadreEmploymentStatus(input: $input) {
      ...CadreDetailFields
    }
  }
`);

export const SetManagingJurisdictionMutation = graphql(`
  mutation SetManagingJurisdiction($input: SetManagingJurisdictionInput!) {
    setManagingJurisdiction(input: $input) {
      ...CadreDetailFields
    }
  }
`);
