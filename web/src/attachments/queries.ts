import { graphql } from '../gql';

export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    name
    size
    mediaType
    uploadedAt
    uploaderName
    url
    canDelete
  }
`);

export const AttachmentLimitsQuery = graphql(`
  query AttachmentLimits {
    attachmentLimits {
      maxBytes
      maxPerOwner
      maxPerObjection
      extensions
    }
  }
`);

export const DeleteAttachmentMutation = graphql(`
  mutation DeleteAttachment($input: DeleteAttachmentInput!) {
    deleteAttachment(input: $input) {
      id
    }
  }
`);
