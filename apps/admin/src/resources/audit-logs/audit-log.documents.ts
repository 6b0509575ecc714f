import { graphql } from '../../graphql/generated';

export const AuditLogFields = graphql(`
  fragment AuditLogFields on AuditLogView {
    seq
    at
    actorKind
    actorId
    actorName
    action
    outcome
    entityType
    entityId
    changes
    errorCode
    reason
    ip
    requestId
    hash
  }
`);

export const AuditLogsQuery = graphql(`
  query AuditLogs($filter: AuditLogFilter, $page: PageInput, $sort: SortInput) {
    auditLogs(filter: $filter, page: $page, sort: $sort) {
      total
      items {
        ...AuditLogFields
      }
    }
  }
`);

export const AuditLogQuery = graphql(`
  query AuditLog($seq: ID!) {
    auditLog(seq: $seq) {
      ...AuditLogFields
    }
  }
`);

export const ExportAuditLogsQuery = graphql(`
  query ExportAuditLogs($filter: AuditLogFilter) {
    exportAuditLogs(filter: $filter) {
      filename
      contentType
      content
      rows
    }
  }
`);

export const VerifyAuditChainQuery = graphql(`
  query VerifyAuditChain {
    verifyAuditChain {
      ok
      checkedRows
      brokenAtSeq
    }
  }
`);
