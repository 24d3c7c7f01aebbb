import { graphql } from '../gql';

export const CycleRowFields = graphql(`
  fragment CycleRowFields on AssessmentCycle {
    id
    kind
    name
    year
    quarter
    task
    state
    version
    availableActions
    createdAt
    organisation {
      id
      name
    }
    assessingOrganisation {
      id
      name
    }
    deadlines {
      selfReportDue
      evaluationDue
      reviewDue
      finishBy
    }
  }
`);

export const CyclesQuery = graphql(`
  query Cycles {
    cycles {
      ...CycleRowFields
    }
  }
`);

export const CycleDetailQuery = graphql(`
  query CycleDetail($id: ID!) {
    cycle(id: $id) {
      ...CycleRowFields
      ruleSetId
      progress {
        state
        kind
        count
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

export const PlanCycleMutation = graphql(`
  mutation PlanCycle($input: PlanCycleInput!) {
    planCycle(input: $input) {
      ...CycleRowFields
    }
  }
`);

export const EnrolInCycleMutation = graphql(`
  mutation EnrolInCycle($input: EnrolInput!) {
    enrolInCycle(input: $input) {
      ...CycleRowFields
    }
  }
`);

export const EnrolInCycleWithReportMutation = graphql(`
  mutation EnrolInCycleWithReport($input: EnrolInput!) {
    enrolInCycleWithReport(input: $input) {
      cycle {
        ...CycleRowFields
      }
      cadres
      teams
      skipped {
        cadre {
          id
          name
          post
        }
        organisation {
          id
          name
        }
        kind
        reason
        existingCycleId
        existingCycleName
        managingOrganisationName
      }
    }
  }
`);

export const OpenCycleMutation = graphql(`
  mutation OpenCycle($input: CycleActionInput!) {
    openCycle(input: $input) {
      ...CycleRowFields
    }
  }
`);

export const CloseCycleMutation = graphql(`
  mutation CloseCycle($input: CycleActionInput!) {
    closeCycle(input: $input) {
      ...CycleRowFields
    }
  }
`);

export const CancelCycleMutation = graphql(`
  mutation CancelCycle($input: CancelCycleInput!) {
    cancelCycle(input: $input) {
      ...CycleRowFields
    }
  }
`);
