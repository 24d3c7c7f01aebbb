import { graphql } from '../gql';

export const CycleReportQuery = graphql(`
  query CycleReport($cycleId: ID!, $organisationId: ID) {
    cycleReport(cycleId: $cycleId, organisationId: $organisationId) {
      cycleId
      organisationId
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

/** The excellent-quota pools under an organisation, summed and per region (its direct children): the top of the drill-down. */
export const QuotaSummaryQuery = graphql(`
  query QuotaSummary($cycleId: ID!, $organisationId: ID) {
    quotaSummary(cycleId: $cycleId, organisationId: $organisationId) {
      cycleId
      organisationId
      organisationName
      pools
      over
      full
      tight
      open
      none
      used
      allowed
      regions {
        organisationId
        organisationName
        pools
        over
        full
        tight
        open
        none
        used
        allowed
      }
    }
  }
`);

/** One page of the pools under an organisation, the fullest first, optionally of one standing. */
export const QuotaPoolPageQuery = graphql(`
  query QuotaPoolPage($cycleId: ID!, $organisationId: ID, $standing: String, $first: Int!, $after: String) {
    quotaPoolPage(cycleId: $cycleId, organisationId: $organisationId, standing: $standing, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
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
  }
`);
