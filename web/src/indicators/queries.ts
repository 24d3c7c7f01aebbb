import { graphql } from '../gql';

export const SchemeVersionFields = graphql(`
  fragment SchemeVersionFields on IndicatorSchemeVersionView {
    id
    schemeId
    jurisdictionId
    category
    name
    version
    status
    effectiveFrom
    tree
    note
    createdAt
    publishedAt
    issues {
      code
      node
      message
    }
  }
`);

export const SchemeVersionsQuery = graphql(`
  query IndicatorSchemeVersions($jurisdictionId: ID!) {
    indicatorSchemeVersions(jurisdictionId: $jurisdictionId) {
      ...SchemeVersionFields
    }
  }
`);

export const SaveSchemeDraftMutation = graphql(`
  mutation SaveIndicatorSchemeDraft($input: SaveSchemeDraftInput!) {
    saveIndicatorSchemeDraft(input: $input) {
      ...SchemeVersionFields
    }
  }
`);

export const PublishSchemeMutation = graphql(`
  mutation PublishIndicatorScheme($input: PublishSchemeInput!) {
    publishIndicatorScheme(input: $input) {
      ...SchemeVersionFields
    }
  }
`);

export const ImportIndicatorFileMutation = graphql(`
  mutation ImportIndicatorFile($input: ImportIndicatorFileInput!) {
    importIndicatorFile(input: $input)
  }
`);
