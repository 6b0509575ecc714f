import { ACCESS_RULES } from '@gdp/domain';
import type { OutboxMessageFieldsFragment, OutboxMessageFilter } from '../../graphql/generated/graphql';
import { defineResource, pickFilter } from '../../providers/resource-definition';
import { OutboxMessagesQuery, RetryOutboxMessageMutation } from './outbox-message.documents';

export type OutboxMessage = OutboxMessageFieldsFragment;

/**
 * The SMS / e-mail outbox of notices (发送队列, SPEC §2.3a), for the system administrator: read-only,
 * newest first, with a retry of FAILED messages. It shows delivery state and the kind of case only —
 * addresses and texts stay with the notices, which the case modules show.
 */
export const outboxMessageResource = defineResource<OutboxMessage>({
  access: {
    list: ACCESS_RULES['Query.outboxMessages'],
    export: ACCESS_RULES['Query.outboxMessages'],
    retry: ACCESS_RULES['Mutation.retryOutboxMessage'],
  },
  list: (api, { filter, page, perPage }) =>
    api
      .query(OutboxMessagesQuery, {
        filter: pickFilter<OutboxMessageFilter>(filter, ['state', 'channel']),
        page: { page, perPage },
      })
      .then((data) => data.outboxMessages),
  actions: {
    retry: (api, params: { id: string; version: number }) =>
      api.mutate(RetryOutboxMessageMutation, params).then((result) => result.retryOutboxMessage),
  },
});
