import { graphql } from '../gql';

export const EvaluationInputOptionsQuery = graphql(`
  query EvaluationInputOptions($cycleId: ID!) {
    evaluationInputOptions(cycleId: $cycleId) {
      scoreComponents
      publicSurveyPercent
      negativeList {
        code
        label
      }
    }
  }
`);

export const CycleScoresQuery = graphql(`
  query CycleScores($cycleId: ID!, $after: String, $first: Int!) {
    assessments(cycleId: $cycleId, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        cadre {
          id
          name
          post
        }
        organisation {
          id
          name
        }
        scoreInputs {
          component
          value
          source
        }
      }
    }
  }
`);

export const SetScoresMutation = graphql(`
  mutation SetScores($rows: [ScoreRowInput!]!) {
    setScores(rows: $rows)
  }
`);

export const ImportScoresMutation = graphql(`
  mutation ImportScores($csv: String!) {
    importScores(csv: $csv)
  }
`);

export const AssessmentInputsQuery = graphql(`
  query AssessmentInputs($id: ID!) {
    assessment(id: $id) {
      id
      version
      kind
      state
      overlay
      availableActions
      cycle {
        id
      }
      politicalReview {
        rating
        veto
        note
        recordedBy
        recordedAt
      }
      negativeFindings {
        id
        code
        note
        cleared
        recordedBy
        recordedAt
      }
    }
  }
`);

export const RecordPoliticalReviewMutation = graphql(`
  mutation RecordPoliticalReview($input: PoliticalReviewInput!) {
    recordPoliticalReview(input: $input)
  }
`);

export const RecordNegativeFindingMutation = graphql(`
  mutation RecordNegativeFinding($input: NegativeFindingInput!) {
    recordNegativeFinding(input: $input)
  }
`);

export const SetOverlayMutation = graphql(`
  mutation SetOverlay($input: SetOverlayInput!) {
    setOverlay(input: $input) {
      id
      overlay
      version
    }
  }
`);

export const InviteRatersMutation = graphql(`
  mutation InviteRaters($input: InviteRatersInput!) {
    inviteRaters(input: $input)
  }
`);

export const PromotionBlockersQuery = graphql(`
  query PromotionBlockers($cadreId: ID!) {
    promotionBlockers(cadreId: $cadreId) {
      blocked
      blockers {
        kind
        recordId
        since
        until
      }
      disregarded {
        kind
        recordId
        since
        until
      }
    }
  }
`);

export const EnrolCadreMutation = graphql(`
  mutation EnrolCadre($input: EnrolCadreInput!) {
    enrolCadreInCycle(input: $input) {
      id
      state
    }
  }
`);

export const SetIndicatorValueMutation = graphql(`
  mutation SetIndicatorValue($input: IndicatorValueInput!) {
    setIndicatorValue(input: $input)
  }
`);

export const AssignResponsibilitiesMutation = graphql(`
  mutation AssignResponsibilities($input: AssignResponsibilitiesInput!) {
    assignIndicatorResponsibilities(input: $input)
  }
`);

export const CycleSchemesQuery = graphql(`
  query CycleSchemes($id: ID!) {
    cycle(id: $id) {
      id
      indicatorSchemeVersions
    }
  }
`);

export const SchemeIndicatorsQuery = graphql(`
  query SchemeIndicators($id: ID!) {
    indicatorSchemeVersion(id: $id) {
      id
      name
      category
      tree
    }
  }
`);
