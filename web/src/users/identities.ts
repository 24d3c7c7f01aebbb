import { graphql } from '../gql';

export const ExternalIdentityFields = graphql(`
  fragment ExternalIdentityFields on ExternalIdentity {
    id
    issuer
    subject
    linkedAt
    matchedByClaim
  }
`);

/** An account's identities, through the users list (searched by its username, picked by id). */
export const UserExternalIdentitiesQuery = graphql(`
  query UserExternalIdentities($search: String!) {
    users(search: $search, first: 20) {
      nodes {
        id
        externalIdentities {
          ...ExternalIdentityFields
        }
      }
    }
  }
`);

export const LinkExternalIdentityMutation = graphql(`
  mutation LinkExternalIdentity($input: LinkExternalIdentityInput!) {
    linkExternalIdentity(input: $input) {
      id
      externalIdentities {
        ...ExternalIdentityFields
      }
    }
  }
`);

export const UnlinkExternalIdentityMutation = graphql(`
  mutation UnlinkExternalIdentity($identityId: ID!) {
    unlinkExternalIdentity(identityId: $identityId) {
      id
      externalIdentities {
        ...ExternalIdentityFields
      }
    }
  }
`);
