import type { EntityManager } from 'typeorm';
import type { CaseKind } from '@gdp/domain';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { Notice } from './notice.entity.js';
import { OutboxMessage } from './outbox-message.entity.js';
import type { OutboxMessageFilter } from './notice.types.js';

/**
 * The outbox for the system administrator: delivery state and the case kind, newest first. The query
 * selects no column of the notice but its case kind — no address, text or recipient reaches this list.
 */
export async function findOutboxMessages(
  manager: EntityManager,
  filter: OutboxMessageFilter = {},
  page?: PageInput,
): Promise<Page<OutboxMessage>> {
  const { offset, limit } = pageWindow(page);
  const query = manager
    .getRepository(OutboxMessage)
    .createQueryBuilder('message')
    .innerJoin(Notice, 'notice', 'notice.id = message.noticeId')
    .addSelect('notice.caseKind', 'notice_case_kind');
  if (filter.state) query.andWhere('message.state = :state', { state: filter.state });
  if (filter.channel) query.andWhere('message.channel = :channel', { channel: filter.channel });
  const total = await query.getCount();
  const { entities, raw } = await query
    .orderBy('message.createdAt', 'DESC')
    .addOrderBy('message.id', 'DESC')
    .offset(offset)
    .limit(limit)
    .getRawAndEntities<{ message_id: string; notice_case_kind: CaseKind }>();
  const caseKinds = new Map(raw.map((row) => [row.message_id, row.notice_case_kind]));
  for (const message of entities) message.caseKind = caseKinds.get(message.id);
  return { items: entities, total };
}
