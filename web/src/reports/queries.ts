import { graphql } from '../gql';

export const CycleReportQuery = graphql(`
  query CycleReport($cycleId: ID!, $organisationId: ID) {
    cycleReport(cycleId: $cycleId, organisationId: $organisationId) {
      cycleId
      organisationId
      quotaPools {
        organisationId
        organisationName
        subject
        rankLevel
        graded
        allowed
        used
        proposed
      }
      gradeDistribution {
        organisationId
        organisationName
        key
        count
      }
      progress {
        organisationId
        organisationName
        key
        count
      }
    }
  }
`);

export const CycleIndicatorsQuery = graphql(`
  query CycleIndicators($cycleId: ID!, $organisationId: ID) {
    cycleIndicators(cycleId: $cycleId, organisationId: $organisationId) {
      organisationId
      teams {
        organisationId
        organisationName
        assessmentId
        dimensions {
          key
          score
        }
        components {
          key
          score
        }
      }
    }
  }
`);

/** The pools of a few units of a cycle (and the teams' pool): the committee's quota cards, without the whole cycle report. */
export const QuotaPoolsOfQuery = graphql(`
  query QuotaPoolsOf($cycleId: ID!, $organisationIds: [ID!]!, $teams: Boolean!) {
    quotaPoolsOf(cycleId: $cycleId, organisationIds: $organisationIds, teams: $teams) {
      organisationId
      organisationName
      subject
      rankLevel
      graded
      allowed
      used
      proposed
      standing
    }
  }
`);
