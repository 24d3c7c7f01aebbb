import { graphql } from '../gql';

export const GradingRunFields = graphql(`
  fragment GradingRunFields on GradingRunRecord {
    id
    cycleId
    startedByName
    status
    phase
    done
    total
    graded
    byGrade {
      grade
      count
    }
    errorCode
    queuedAt
    startedAt
    finishedAt
  }
`);

export const CycleGradingRunsQuery = graphql(`
  query CycleGradingRuns($id: ID!) {
    cycle(id: $id) {
      id
      state
      gradingRuns(first: 5) {
        ...GradingRunFields
      }
    }
  }
`);

export const GradingRunQuery = graphql(`
  query GradingRun($id: ID!) {
    gradingRun(id: $id) {
      ...GradingRunFields
    }
  }
`);

export const StartGradingRunMutation = graphql(`
  mutation StartGradingRun($cycleId: ID!) {
    startGradingRun(cycleId: $cycleId) {
      ...GradingRunFields
    }
  }
`);

/** The cycle's assessments the engine has proposed for, with the explanation, a page at a time. */
export const GradingProposalsQuery = graphql(`
  query GradingProposals($first: Int!, $after: String, $cycleId: ID!, $organisationId: ID, $engineGrade: String) {
    assessments(first: $first, after: $after, cycleId: $cycleId, organisationId: $organisationId, engineGrade: $engineGrade, graded: true) {
      nodes {
        ...AssessmentSummaryFields
        gradingResult {
          ...GradingResultFields
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

export const CycleQuotaRaisesQuery = graphql(`
  query CycleQuotaRaises($id: ID!) {
    cycle(id: $id) {
      id
      state
      year
      organisation {
        id
        name
      }
      quotaRule {
        percent
        raisedPercent
      }
      quotaRaises {
        id
        pool
        organisationId
        organisationName
        rankLevel
        approvedBy
        documentRef
        approvedOn
        recordedByName
        recordedAt
      }
    }
  }
`);

export const RecordQuotaRaiseMutation = graphql(`
  mutation RecordQuotaRaise($input: QuotaRaiseInput!) {
    recordQuotaRaise(input: $input)
  }
`);
