import { graphql } from '../gql';

export const AuditLogQuery = graphql(`
  query AuditLog(
    $first: Int!
    $after: String
    $entityType: String
    $entityId: String
    $action: String
    $actor: String
    $organisationId: ID
    $from: DateTimeISO
    $to: DateTimeISO
  ) {
    auditLog(first: $first, after: $after, entityType: $entityType, entityId: $entityId, action: $action, actor: $actor, organisationId: $organisationId, from: $from, to: $to) {
      nodes {
        id
        occurredAt
        actorUserId
        actorName
        actorRole
        action
        entityType
        entityId
        subjectName
        seq
        fromState
        toState
        fromVersion
        payload
        hash
        prevHash
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const VerifyAuditChainQuery = graphql(`
  query VerifyAuditChain($entityType: String, $entityId: String) {
    verifyAuditChain(entityType: $entityType, entityId: $entityId) {
      ok
      rowsChecked
      streamsChecked
      brokenEntryId
      reason
    }
  }
`);

/** The kinds of record and the actions the audit trail speaks of, as the server lists them (lifecycle events last). */
export const AuditVocabularyQuery = graphql(`
  query AuditVocabulary {
    vocabulary {
      auditEntityTypes
      auditActions
    }
  }
`);
