import { graphql } from '../gql';

export const CaseCoreFields = graphql(`
  fragment CaseCoreFields on Case {
    id
    cadreId
    organisationId
    state
    version
    dueAt
    dueEvent
    createdAt
    updatedAt
    context
  }
`);

export const ReviewCaseFields = graphql(`
  fragment ReviewCaseFields on ReviewCase {
    ...CaseCoreFields
    assessmentId
    route
    availableActions
    attachments {
      ...AttachmentFields
    }
    cadre {
      id
      name
      post
    }
  }
`);

export const FtCaseFields = graphql(`
  fragment FtCaseFields on FaultToleranceCase {
    ...CaseCoreFields
    penaltyId
    origin
    mistakeKey
    outcome
    availableActions
    cadre {
      id
      name
      post
    }
  }
`);

export const AccusationFields = graphql(`
  fragment AccusationFields on Accusation {
    ...CaseCoreFields
    source
    concernsYear
    negativeCode
    receivedOn
    countsAgainst
    availableActions
    cadre {
      id
      name
      post
    }
  }
`);

export const ReviewCasesQuery = graphql(`
  query ReviewCases($first: Int!, $after: String, $state: String, $cadreId: ID) {
    reviewCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {
      nodes {
        ...ReviewCaseFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const ReviewCaseQuery = graphql(`
  query ReviewCase($id: ID!) {
    reviewCase(id: $id) {
      ...ReviewCaseFields
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

export const FtCasesQuery = graphql(`
  query FaultToleranceCases($first: Int!, $after: String, $state: String, $cadreId: ID) {
    faultToleranceCases(first: $first, after: $after, state: $state, cadreId: $cadreId) {
      nodes {
        ...FtCaseFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const FtCaseQuery = graphql(`
  query FaultToleranceCase($id: ID!) {
    faultToleranceCase(id: $id) {
      ...FtCaseFields
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

export const AccusationsQuery = graphql(`
  query Accusations($first: Int!, $after: String, $state: String, $cadreId: ID) {
    accusations(first: $first, after: $after, state: $state, cadreId: $cadreId) {
      nodes {
        ...AccusationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const MyResultCasesQuery = graphql(`
  query MyResultCases($id: ID!) {
    assessment(id: $id) {
      id
      reviewWindow {
        noticeOn
        today
        reviewable
        reviewableGrades
        reviewLastDay
        directAppealLastDay
        reviewRequestDays
        directAppealDays
        openCaseId
        availableRoutes
      }
      reviewCases {
        ...ReviewCaseFields
      }
      resultVersions {
        version
        grade
        source
        reason
        decidedAt
      }
    }
  }
`);

export const ResultVersionsQuery = graphql(`
  query ResultVersions($assessmentId: ID!) {
    resultVersionsOf(assessmentId: $assessmentId) {
      version
      grade
      previousGrade
      source
      reason
      caseId
      decidedRole
      decidedAt
    }
  }
`);

export const PenaltyFields = graphql(`
  fragment PenaltyFields on Penalty {
    id
    cadreId
    kind
    category
    startedOn
    decidedOn
    effectiveUntil
    tolerated
    replacedBy
    note
    availableActions
  }
`);

export const CadreCasesQuery = graphql(`
  query CadreCases($cadreId: ID!) {
    penaltiesOf(cadreId: $cadreId) {
      ...PenaltyFields
    }
    investigationsOf(cadreId: $cadreId) {
      id
      cadreId
      startsOn
      endsOn
      conclusion
      penaltyId
      note
      availableActions
    }
  }
`);

export const MyPenaltiesQuery = graphql(`
  query MyPenalties($cadreId: ID!) {
    penaltiesOf(cadreId: $cadreId) {
      ...PenaltyFields
    }
    faultToleranceCases(first: 20, cadreId: $cadreId) {
      nodes {
        ...FtCaseFields
      }
    }
  }
`);

export const CadrePickQuery = graphql(`
  query CadrePick($search: String, $first: Int!) {
    cadres(first: $first, search: $search, includeSubtree: true) {
      nodes {
        id
        name
        post
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const CadreNameQuery = graphql(`
  query CadreName($id: ID!) {
    cadre(id: $id) {
      id
      name
      post
      organisation {
        id
        name
      }
    }
  }
`);

// ---------- mutations ----------

export const RequestReviewMutation = graphql(`
  mutation RequestReview($input: RequestReviewInput!) {
    requestReview(input: $input) {
      ...ReviewCaseFields
    }
  }
`);

export const AppealReviewMutation = graphql(`
  mutation AppealReview($input: AppealInput!) {
    appealReview(input: $input) {
      ...ReviewCaseFields
    }
  }
`);

export const DecideReviewMutation = graphql(`
  mutation DecideReview($input: CaseRulingInput!) {
    decideReview(input: $input) {
      ...ReviewCaseFields
    }
  }
`);

export const DecideAppealMutation = graphql(`
  mutation DecideAppeal($input: CaseRulingInput!) {
    decideAppeal(input: $input) {
      ...ReviewCaseFields
    }
  }
`);

export const ExtendAppealMutation = graphql(`
  mutation ExtendAppeal($input: ExtendAppealInput!) {
    extendAppeal(input: $input) {
      ...ReviewCaseFields
    }
  }
`);

export const WithdrawReviewMutation = graphql(`
  mutation WithdrawReview($input: CaseActionInput!) {
    withdrawReview(input: $input) {
      ...ReviewCaseFields
    }
  }
`);

export const OpenFtMutation = graphql(`
  mutation OpenFaultTolerance($input: OpenFaultToleranceInput!) {
    openFaultToleranceCase(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const AcceptFtMutation = graphql(`
  mutation AcceptFaultTolerance($input: CaseActionInput!) {
    acceptFaultToleranceCase(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const RefuseFtMutation = graphql(`
  mutation RefuseFaultTolerance($input: FtTextInput!) {
    refuseFaultToleranceCase(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const CompleteFtInvestigationMutation = graphql(`
  mutation CompleteFaultToleranceInvestigation($input: FtTextInput!) {
    completeFaultToleranceInvestigation(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const DecideFtMutation = graphql(`
  mutation DecideFaultTolerance($input: DecideFaultToleranceInput!) {
    decideFaultToleranceCase(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const FtFeedbackMutation = graphql(`
  mutation GiveFaultToleranceFeedback($input: FtTextInput!) {
    giveFaultToleranceFeedback(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const FileFtMutation = graphql(`
  mutation FileFaultTolerance($input: FtTextInput!) {
    fileFaultToleranceCase(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const RecordFtCorrectionMutation = graphql(`
  mutation RecordFaultToleranceCorrection($input: FtTextInput!) {
    recordFaultToleranceCorrection(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const VerifyFtCorrectionMutation = graphql(`
  mutation VerifyFaultToleranceCorrection($input: CaseActionInput!) {
    verifyFaultToleranceCorrection(input: $input) {
      ...FtCaseFields
    }
  }
`);

export const RecordAccusationMutation = graphql(`
  mutation RecordAccusation($input: RecordAccusationInput!) {
    recordAccusation(input: $input) {
      ...AccusationFields
    }
  }
`);

export const VerifyAccusationMutation = graphql(`
  mutation VerifyAccusation($input: VerifyAccusationInput!) {
    verifyAccusation(input: $input) {
      ...AccusationFields
    }
  }
`);

export const ClearAccusationMutation = graphql(`
  mutation ClearAccusation($input: ClearAccusationInput!) {
    clearAccusation(input: $input) {
      ...AccusationFields
    }
  }
`);

export const RecordPenaltyMutation = graphql(`
  mutation RecordPenalty($input: PenaltyInput!) {
    recordPenalty(input: $input)
  }
`);

export const StartAccountabilityMutation = graphql(`
  mutation StartAccountability($input: StartAccountabilityInput!) {
    startAccountability(input: $input) {
      ...PenaltyFields
    }
  }
`);

export const DecidePenaltyMutation = graphql(`
  mutation DecidePenalty($input: DecidePenaltyInput!) {
    decidePenalty(input: $input) {
      ...PenaltyFields
    }
  }
`);

export const OpenInvestigationMutation = graphql(`
  mutation OpenInvestigation($input: OpenInvestigationInput!) {
    openInvestigation(input: $input) {
      id
    }
  }
`);

export const CloseInvestigationMutation = graphql(`
  mutation CloseInvestigation($input: CloseInvestigationInput!) {
    closeInvestigation(input: $input) {
      id
      conclusion
    }
  }
`);
