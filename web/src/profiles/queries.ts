import { graphql } from '../gql';

export const ProfileYearFields = graphql(`
  fragment ProfileYearFields on ProfileYearView {
    year
    cycleId
    cycleName
    assessmentId
    proposedGrade
    finalGrade
    engineGrade
    compositeScore
    components {
      key
      value
    }
    ballotAverages {
      ballots
      morality
      ability
      diligence
      results
      integrity
    }
    dimensionScores {
      dimension
      score
    }
  }
`);

export const CadreProfileQuery = graphql(`
  query CadreProfile($cadreId: ID!) {
    cadreProfile(cadreId: $cadreId) {
      ...ProfileYearFields
    }
  }
`);

export const TeamProfileQuery = graphql(`
  query TeamProfile($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      name
      parentId
    }
    teamProfile(organisationId: $organisationId) {
      ...ProfileYearFields
    }
  }
`);
