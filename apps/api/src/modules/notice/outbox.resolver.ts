import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { OutboxMessageFilter, OutboxMessagePage } from './notice.types.js';
import { OutboxMessage } from './outbox-message.entity.js';
import { findOutboxMessages } from './outbox.queries.js';
import { retryOutboxMessage } from './use-cases/retry-outbox-message.js';

/** The SMS / e-mail outbox, for the system administrator: delivery state only (SPEC §2.3a). */
@Resolver()
export class OutboxResolver {
  @Query(() => OutboxMessagePage, { description: '发送队列（短信、电子邮件；最新在前；不含地址和内容）' })
  @Access(ACCESS_RULES['Query.outboxMessages'])
  outboxMessages(
    @Ctx() context: RequestContext,
    @Arg('filter', () => OutboxMessageFilter, { nullable: true }) filter?: OutboxMessageFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findOutboxMessages(context.services.db.dataSource.manager, filter, page);
  }

  @Mutation(() => OutboxMessage, { description: '重新发送发送失败的消息（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.retryOutboxMessage'])
  retryOutboxMessage(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return retryOutboxMessage(context, id, version);
  }
}
