import { graphql } from '../../graphql/generated';

/** Delivery state only: the API's OutboxMessage carries no address, text or recipient. */
export const OutboxMessageFields = graphql(`
  fragment OutboxMessageFields on OutboxMessage {
    id
    noticeId
    caseKind
    channel
    state
    attempts
    nextAttemptAt
    lastError
    sentAt
    providerMessageId
    createdAt
    version
    availableActions
  }
`);

export const OutboxMessagesQuery = graphql(`
  query OutboxMessages($filter: OutboxMessageFilter, $page: PageInput) {
    outboxMessages(filter: $filter, page: $page) {
      total
      items {
        ...OutboxMessageFields
      }
    }
  }
`);

export const RetryOutboxMessageMutation = graphql(`
  mutation RetryOutboxMessage($id: ID!, $version: Int!) {
    retryOutboxMessage(id: $id, version: $version) {
      ...OutboxMessageFields
    }
  }
`);
