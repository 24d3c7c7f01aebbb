import { graphql } from '../gql';

/** The assessment's fragments and reads, and the self-report draft; the lifecycle actions' mutations are in mutations.ts. */

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
      teamReportAuthor {
        id
        name
        post
      }
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
    attachments {
      ...AttachmentFields
    }
  }
`);

export const AssessmentDetailQuery = graphql(`
  query AssessmentDetail($id: ID!) {
    assessment(id: $id) {
      ...AssessmentSummaryFields
      objections {
        id
        attachments {
          ...AttachmentFields
        }
      }
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
      turnoutException {
        reason
        recordedBy
        recordedAt
        invited
        returned
        turnoutPercent
        minimumTurnoutPercent
      }
      gradingResult {
        ...GradingResultFields
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
      source
      surveySource {
        surveys {
          surveyId
          title
          responses
          margin
        }
        rating {
          score
          sharePercent
        }
      }
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

/** The cadres of a unit, to designate its team report author. */
export const TeamReportCandidatesQuery = graphql(`
  query TeamReportCandidates($organisationId: ID!) {
    cadres(first: 100, organisationId: $organisationId, includeSubtree: false) {
      nodes {
        id
        name
        post
      }
    }
  }
`);
export const DesignateTeamReportAuthorMutation = graphql(`
  mutation DesignateTeamReportAuthor($input: DesignateTeamReportAuthorInput!) {
    designateTeamReportAuthor(input: $input) {
      id
    }
  }
`);
