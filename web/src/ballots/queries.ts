import { graphql } from '../gql';

export const MyBallotInvitationsQuery = graphql(`
  query MyBallotInvitations {
    myBallotInvitations {
      assessmentId
      group
      state
      kind
      subject
      post
      organisationName
      cycleName
      overallVotes
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($input: CastBallotInput!) {
    castBallot(input: $input)
  }
`);
