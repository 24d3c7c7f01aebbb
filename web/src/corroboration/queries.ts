import { graphql } from '../gql';

export const CorroborationQuery = graphql(`
  query Corroboration($id: ID!, $cycleId: ID!) {
    assessment(id: $id) {
      id
      state
      corroboratingFindings {
        id
        source
        findingType
        findingTypeLabel
        feeds
        target
        targetLabel
        documentRef
        foundOn
        summary
        state
        stateNote
        feedsGate
        recordedBy
        recordedAt
        attachments {
          ...AttachmentFields
        }
      }
      vetoConsultations {
        id
        findingId
        vetoItem
        vetoItemLabel
        department
        question
        requestedOn
        dueOn
        overdue
        state
        applies
        answerReason
        answeredBy
        answeredOn
        recordedBy
        withdrawnReason
      }
    }
    corroborationOptions(cycleId: $cycleId) {
      consultationWorkingDays
      findingTypes {
        source
        code
        label
        feeds
        target
        targetLabel
      }
      vetoItems {
        code
        label
        effect
      }
    }
  }
`);

export const RecordFindingMutation = graphql(`
  mutation RecordFinding($input: FindingInput!) {
    recordFinding(input: $input) {
      id
    }
  }
`);

export const SetFindingStateMutation = graphql(`
  mutation SetFindingState($input: FindingStateInput!) {
    setFindingState(input: $input) {
      id
      state
    }
  }
`);

export const RequestVetoConsultationMutation = graphql(`
  mutation RequestVetoConsultation($input: ConsultationRequestInput!) {
    requestVetoConsultation(input: $input) {
      id
      dueOn
    }
  }
`);

export const AnswerVetoConsultationMutation = graphql(`
  mutation AnswerVetoConsultation($input: ConsultationAnswerInput!) {
    answerVetoConsultation(input: $input) {
      id
      state
    }
  }
`);

export const WithdrawVetoConsultationMutation = graphql(`
  mutation WithdrawVetoConsultation($input: ConsultationWithdrawInput!) {
    withdrawVetoConsultation(input: $input) {
      id
      state
    }
  }
`);

export const OpenVetoConsultationsQuery = graphql(`
  query OpenVetoConsultations($first: Int!) {
    openVetoConsultations(first: $first) {
      id
      assessmentId
      subjectName
      vetoItemLabel
      department
      dueOn
      overdue
    }
  }
`);
