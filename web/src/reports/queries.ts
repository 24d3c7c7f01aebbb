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
