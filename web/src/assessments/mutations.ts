import { graphql } from '../gql';

/**
 * One mutation per lifecycle action of an assessment (the events of
 * `availableActions`), each answering with the assessment's list fields
 * (`AssessmentSummaryFields`, in queries.ts). `actions.ts` maps an event to
 * its mutation; the reads and fragments live in queries.ts.
 */

export const SubmitSelfReportMutation = graphql(`
  mutation SubmitSelfReport($input: ActionInput!) {
    submitSelfReport(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const ReturnSelfReportMutation = graphql(`
  mutation ReturnSelfReport($input: ReasonActionInput!) {
    returnSelfReport(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const AcceptSelfReportMutation = graphql(`
  mutation AcceptSelfReport($input: ActionInput!) {
    acceptSelfReport(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const RecordRefusalMutation = graphql(`
  mutation RecordRefusal($input: ReasonActionInput!) {
    recordRefusal(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const OpenBallotsMutation = graphql(`
  mutation OpenBallots($input: ActionInput!) {
    openBallots(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const CloseBallotsMutation = graphql(`
  mutation CloseBallots($input: ActionInput!, $turnoutException: TurnoutExceptionInput) {
    closeBallots(input: $input, turnoutException: $turnoutException) {
      ...AssessmentSummaryFields
    }
  }
`);

export const RecordTalkMutation = graphql(`
  mutation RecordTalk($input: RecordTalkInput!) {
    recordTalk(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const RecordOpinionMutation = graphql(`
  mutation RecordOpinion($input: RecordOpinionInput!) {
    recordOpinion(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const CompleteEvaluationMutation = graphql(`
  mutation CompleteEvaluation($input: ActionInput!) {
    completeEvaluation(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const ProposeGradeMutation = graphql(`
  mutation ProposeGrade($input: ProposeGradeInput!) {
    proposeGrade(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const ApproveGradeMutation = graphql(`
  mutation ApproveGrade($input: ApproveGradeInput!) {
    approveGrade(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const ChangeGradeMutation = graphql(`
  mutation ChangeGrade($input: ChangeGradeInput!) {
    changeGrade(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const SendBackProposalMutation = graphql(`
  mutation SendBackProposal($input: SendBackInput!) {
    sendBackProposal(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const OpenPublicNoticeMutation = graphql(`
  mutation OpenPublicNotice($input: OpenNoticeInput!) {
    openPublicNotice(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const LodgeObjectionMutation = graphql(`
  mutation LodgeObjection($input: LodgeObjectionInput!) {
    lodgeObjection(input: $input) {
      assessmentId
      receivedAt
      objectionId
      attachmentToken
    }
  }
`);

export const InvestigateObjectionMutation = graphql(`
  mutation InvestigateObjection($input: ObjectionDecisionInput!) {
    investigateObjection(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const UpholdObjectionMutation = graphql(`
  mutation UpholdObjection($input: ObjectionDecisionInput!) {
    upholdObjection(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const DismissObjectionMutation = graphql(`
  mutation DismissObjection($input: ObjectionDecisionInput!) {
    dismissObjection(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const ClosePublicNoticeMutation = graphql(`
  mutation ClosePublicNotice($input: ActionInput!) {
    closePublicNotice(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const IssueWrittenNoticeMutation = graphql(`
  mutation IssueWrittenNotice($input: ActionInput!) {
    issueWrittenNotice(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const SignWrittenNoticeMutation = graphql(`
  mutation SignWrittenNotice($input: SignNoticeInput!) {
    signWrittenNotice(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const GiveFeedbackMutation = graphql(`
  mutation GiveFeedback($input: FeedbackInput!) {
    giveFeedback(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const FileAssessmentMutation = graphql(`
  mutation FileAssessment($input: ActionInput!) {
    fileAssessment(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const SubmitSummaryMutation = graphql(`
  mutation SubmitSummary($input: ActionInput!) {
    submitSummary(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const CompleteFactFindingMutation = graphql(`
  mutation CompleteFactFinding($input: ActionInput!) {
    completeFactFinding(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);

export const AppraiseMutation = graphql(`
  mutation Appraise($input: AppraiseInput!) {
    appraise(input: $input) {
      ...AssessmentSummaryFields
    }
  }
`);
