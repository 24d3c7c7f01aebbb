import { graphql } from '../gql';

export const RosterImportFields = graphql(`
  fragment RosterImportFields on RosterImportView {
    id
    fileName
    status
    version
    retireMissing
    organisationRows
    cadreRows
    statusRows
    errorCount
    added
    changed
    moved
    retired
  }
`);

export const RosterImportErrorsQuery = graphql(`
  query RosterImportErrors($id: ID!, $after: String) {
    rosterImport(id: $id) {
      id
      errors(first: 100, after: $after) {
        nodes {
          sheet
          line
          code
          field
          value
          message
        }
        endCursor
      }
    }
  }
`);

export const RosterDifferencesQuery = graphql(`
  query RosterDifferences($id: ID!, $kind: RosterDifferenceKind, $after: String) {
    rosterImport(id: $id) {
      id
      differences(first: 100, kind: $kind, after: $after) {
        nodes {
          entity
          kind
          code
          name
          line
          changes {
            field
            old
            new
          }
        }
        endCursor
      }
    }
  }
`);

export const ApplyRosterImportMutation = graphql(`
  mutation ApplyRosterImport($id: ID!, $expectedVersion: String) {
    applyRosterImport(id: $id, expectedVersion: $expectedVersion) {
      ...RosterImportFields
    }
  }
`);

export const DiscardRosterImportMutation = graphql(`
  mutation DiscardRosterImport($id: ID!) {
    discardRosterImport(id: $id) {
      ...RosterImportFields
    }
  }
`);
