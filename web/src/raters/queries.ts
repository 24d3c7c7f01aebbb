import { graphql } from '../gql';

export const RaterTurnoutQuery = graphql(`
  query RaterTurnout($cycleId: ID!, $organisationId: ID!) {
    raterTurnout(cycleId: $cycleId, organisationId: $organisationId) {
      assessmentId
      kind
      state
      cadreName
      organisationName
      post
      invitable
      invitedTotal
      returned
      turnoutPercent
      minimumTurnoutPercent
      invited {
        group
        count
      }
    }
  }
`);

export const RaterCandidatesQuery = graphql(`
  query RaterCandidates($search: String, $organisationId: ID, $first: Int) {
    raterCandidates(search: $search, organisationId: $organisationId, first: $first) {
      totalCount
      items {
        userId
        displayName
        username
        organisationName
        post
      }
    }
  }
`);

export const InviteRatersToAssessmentsMutation = graphql(`
  mutation InviteRatersToAssessments($input: InviteRatersToAssessmentsInput!) {
    inviteRatersToAssessments(input: $input) {
      added
      alreadyInvited
      skippedSelf
    }
  }
`);
