import { graphql } from '../gql';

/** What an action needs and changes: state, version, the actions open to the viewer, grades, context. */
export const AssessmentCoreFields = graphql(`
  fragment AssessmentCoreFields on Assessment {
    id
    kind
    state
    version
    overlay
    proposedGrade
    finalGrade
    dueAt
    dueEvent
    availableActions
    context
    updatedAt
    objections {
      id
      content
      status
      finding
      lodgedAt
      decidedAt
    }
  }
`);

/** A row of a list: the core, and who, where and in which cycle. */
export const AssessmentSummaryFields = graphql(`
  fragment AssessmentSummaryFields on Assessment {
    ...AssessmentCoreFields
    cadre {
      id
      name
      post
      rankLevel
    }
    organisation {
      id
      name
    }
    cycle {
      id
      name
      year
      kind
    }
  }
`);

export const LifecycleFields = graphql(`
  fragment LifecycleFields on LifecycleView {
    machine
    current
    nodes {
      id
      parent
      description
      final
      current
    }
    edges {
      from
      to
      event
      guard
    }
  }
`);

export const HistoryFields = graphql(`
  fragment HistoryFields on AuditEntry {
    id
    occurredAt
    action
    actorName
    actorRole
    fromState
    toState
    payload
  }
`);

export const SelfReportFields = graphql(`
  fragment SelfReportFields on SelfReport {
    workSummary
    dutiesAndTargets
    responsibilityStatement
    integrityStatement
    draftVersion
    draftSavedAt
    submittedAt
  }
`);

export const AssessmentDetailQuery = graphql(`
  query AssessmentDetail($id: ID!) {
    assessment(id: $id) {
      ...AssessmentSummaryFields
      teamAssessmentId
      team {
        id
        state
        proposedGrade
        finalGrade
      }
      members {
        id
        state
        overlay
        proposedGrade
        finalGrade
        cadre {
          id
          name
          post
        }
      }
      selfReport {
        ...SelfReportFields
      }
      evaluationRecords {
        id
        kind
        source
        summary
        recordedAt
      }
      gradingResult {
        ...GradingResultFields
      }
      lifecycle {
        ...LifecycleFields
      }
      history {
        ...HistoryFields
      }
    }
  }
`);

/** The self-report alone, to load the newer draft after a CONFLICT. */
export const SelfReportQuery = graphql(`
  query SelfReportOf($id: ID!) {
    assessment(id: $id) {
      id
      version
      availableActions
      selfReport {
        ...SelfReportFields
      }
    }
  }
`);

/** One assessment's list fields, after an action whose answer is not the assessment (an objection's receipt). */
export const AssessmentSummaryQuery = graphql(`
  query AssessmentSummary($id: ID!) {
    assessment(id: $id) {
      ...AssessmentSummaryFields
    }
  }
`);

export const AssessmentsQuery = graphql(`
  query Assessments($first: Int!, $after: String, $cycleId: ID, $organisationId: ID, $state: String, $grade: String, $kind: AssessmentKind, $cadreId: ID) {
    assessments(first: $first, after: $after, cycleId: $cycleId, organisationId: $organisationId, state: $state, grade: $grade, kind: $kind, cadreId: $cadreId) {
      nodes {
        ...AssessmentSummaryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const WorkQueueQuery = graphql(`
  query WorkQueue($first: Int!, $after: String) {
    workQueue(first: $first, after: $after) {
      nodes {
        ...AssessmentSummaryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const WorkQueueCountQuery = graphql(`
  query WorkQueueCount {
    workQueue(first: 1) {
      totalCount
    }
  }
`);

export const MyAssessmentsQuery = graphql(`
  query MyAssessments {
    myAssessments {
      ...AssessmentSummaryFields
      selfReport {
        ...SelfReportFields
      }
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int!, $after: String) {
    myNotifications(first: $first, after: $after) {
      unread
      endCursor
      nodes {
        id
        kind
        assessmentId
        createdAt
        readAt
        payload
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const SaveSelfReportDraftMutation = graphql(`
  mutation SaveSelfReportDraft($input: SelfReportDraftInput!) {
    saveSelfReportDraft(input: $input) {
      ...SelfReportFields
    }
  }
`);

// ----- one mutation per action; each answers with the assessment's list fields -----

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
  mutation CloseBallots($input: ActionInput!) {
    closeBallots(input: $input) {
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

export const PublicNoticesQuery = graphql(`
  query PublicNotices {
    publicNotices {
      assessmentId
      subject
      post
      organisationName
      grade
      startsOn
      endsOn
    }
  }
`);

/** The grading engine's explanation: components with weights and values, gates with reason codes, rank in the quota pool. */
export const GradingResultFields = graphql(`
  fragment GradingResultFields on GradingResultView {
    version
    grade
    score
    components {
      key
      weight
      value
      contribution
    }
    gates {
      code
      effect
      detail
    }
    flags
    quota
    evaluation
    computedAt
  }
`);

/** Committee review: the proposals waiting, each with the engine's explanation. */
export const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int!, $after: String) {
    assessments(first: $first, after: $after, state: "committeeReview") {
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

/** The cadre's own explanation, shown once the result has been notified. */
export const MyGradingResultQuery = graphql(`
  query MyGradingResult($id: ID!) {
    assessment(id: $id) {
      id
      gradingResult {
        ...GradingResultFields
      }
    }
  }
`);
