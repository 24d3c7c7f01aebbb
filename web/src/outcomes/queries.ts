import { graphql } from '../gql';

/** What a row and an action need: state, version, the viewer's actions, whom and why. */
export const OutcomeTaskFields = graphql(`
  fragment OutcomeTaskFields on OutcomeTask {
    id
    kind
    subject
    state
    version
    year
    machineId
    dueAt
    dueEvent
    availableActions
    basis
    context
    createdAt
    updatedAt
    cadre {
      id
      name
      post
    }
    organisation {
      id
      name
    }
  }
`);

export const OutcomeTasksQuery = graphql(`
  query OutcomeTasks($first: Int!, $after: String, $state: String, $kind: OutcomeKind, $cycleId: ID, $organisationId: ID, $cadreId: ID) {
    outcomeTasks(first: $first, after: $after, state: $state, kind: $kind, cycleId: $cycleId, organisationId: $organisationId, cadreId: $cadreId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...OutcomeTaskFields
      }
    }
  }
`);

export const OutcomeWorkQueueQuery = graphql(`
  query OutcomeWorkQueue($first: Int!, $after: String) {
    outcomeWorkQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...OutcomeTaskFields
      }
    }
  }
`);

export const OutcomeTaskDetailQuery = graphql(`
  query OutcomeTaskDetail($id: ID!) {
    outcomeTask(id: $id) {
      ...OutcomeTaskFields
      assessment {
        id
        finalGrade
        cycle {
          id
          name
        }
      }
      lifecycle {
        ...LifecycleFields
      }
      historyPage(first: 200) {
        nodes {
          ...HistoryFields
        }
      }
    }
  }
`);

export const CounterAlertsQuery = graphql(`
  query CounterAlerts($first: Int!, $after: String, $counter: AlertCounter, $stage: AlertStage, $organisationId: ID, $year: Int) {
    outcomeCounterAlerts(first: $first, after: $after, counter: $counter, stage: $stage, organisationId: $organisationId, year: $year) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        cadreId
        counter
        stage
        value
        threshold
        latestYear
        latestGrade
        countedYears
        cadre {
          id
          name
          post
        }
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const AnnualCyclesQuery = graphql(`
  query OutcomeCycleOptions {
    cycles {
      id
      name
      year
      kind
    }
  }
`);

export const CadreRecordQuery = graphql(`
  query CadreRecord($cadreId: ID!) {
    cadre(id: $cadreId) {
      id
      name
      post
      organisation {
        id
        name
      }
    }
    cadreRecord(cadreId: $cadreId) {
      subject
      results {
        assessmentId
        year
        grade
        decidedAt
        proposedGrade
        proposalComment
        decision
        changedFrom
        changeReason
        overlay
        overlayReason
        noticeStartsOn
        noticeEndsOn
        score
        gates {
          code
          effect
          detail
        }
      }
      outcomes {
        ...OutcomeTaskFields
      }
      counters {
        key
        value
        threshold
        asOf
        countedYears
        notCounted {
          year
          grade
          why
        }
        explanation
      }
      blocked {
        kind
        year
        statuses
        explanation
      }
      timeline {
        at
        year
        kind
        entityId
        status
        title
        item {
          ... on YearResult {
            grade
            decision
          }
          ... on OutcomeTask {
            id
            kind
            state
          }
        }
      }
    }
  }
`);

export const ApproveOutcomeMutation = graphql(`
  mutation ApproveOutcome($input: ApproveOutcomeInput!) {
    approveOutcome(input: $input) {
      ...OutcomeTaskFields
    }
  }
`);

export const CarryOutOutcomeMutation = graphql(`
  mutation CarryOutOutcome($input: OutcomeNoteInput!) {
    carryOutOutcome(input: $input) {
      ...OutcomeTaskFields
    }
  }
`);

export const VerifyOutcomeMutation = graphql(`
  mutation VerifyOutcome($input: VerifyOutcomeInput!) {
    verifyOutcome(input: $input) {
      ...OutcomeTaskFields
    }
  }
`);

export const CancelOutcomeMutation = graphql(`
  mutation CancelOutcome($input: CancelOutcomeInput!) {
    cancelOutcome(input: $input) {
      ...OutcomeTaskFields
    }
  }
`);

export const EnrolTrainingMutation = graphql(`
  mutation EnrolTraining($input: EnrolTrainingInput!) {
    enrolTraining(input: $input) {
      ...OutcomeTaskFields
    }
  }
`);

export const CompleteTrainingMutation = graphql(`
  mutation CompleteTraining($input: OutcomeNoteInput!) {
    completeTraining(input: $input) {
      ...OutcomeTaskFields
    }
  }
`);
