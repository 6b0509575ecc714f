import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { badInput } from '@gdp/domain';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type ListOrder, type SortInput } from '../../shared/graphql/sorting.js';
import { GENESIS_HASH, hashAuditRow } from '../../shared/audit/audit-writer.js';
import { AuditLog } from './audit-log.entity.js';
import type { AuditLogFilter } from './audit.types.js';

export const AUDIT_EXPORT_LIMIT = 50_000;

/** Newest first: seq is the order of the chain, and unique. */
export const AUDIT_LOG_ORDER = listOrder(
  'auditLogs',
  {
    seq: 'audit.seq',
    at: 'audit.at',
    actorKind: 'audit.actorKind',
    actorName: 'audit.actorName',
    action: 'audit.action',
    outcome: 'audit.outcome',
    entityType: 'audit.entityType',
  },
  [['audit.seq', 'DESC']],
);

/** One's own trail: the auditor's order without the actor columns, which are always oneself. */
export const MY_AUDIT_LOG_ORDER = listOrder(
  'myAuditLogs',
  {
    seq: 'audit.seq',
    at: 'audit.at',
    action: 'audit.action',
    outcome: 'audit.outcome',
    entityType: 'audit.entityType',
  },
  [['audit.seq', 'DESC']],
);

/** A bigint key as PostgreSQL stores it: 1 … 2^63 − 1 (anything else names no row). */
const SEQ = /^[1-9][0-9]{0,18}$/;
const MAX_SEQ = 9_223_372_036_854_775_807n;
const isSeq = (value: string) => SEQ.test(value) && BigInt(value) <= MAX_SEQ;

function filtered(manager: EntityManager, filter: AuditLogFilter = {}): SelectQueryBuilder<AuditLog> {
  const query = manager.getRepository(AuditLog).createQueryBuilder('audit');
  if (filter.actorId) query.andWhere('audit.actorId = :actorId', { actorId: filter.actorId });
  if (filter.action) query.andWhere('audit.action LIKE :action', { action: `${filter.action.replace(/[\\%_]/g, '\\$&')}%` });
  if (filter.entityType) query.andWhere('audit.entityType = :entityType', { entityType: filter.entityType });
  if (filter.entityId) query.andWhere('audit.entityId = :entityId', { entityId: filter.entityId });
  if (filter.outcome) query.andWhere('audit.outcome = :outcome', { outcome: filter.outcome });
  if (filter.from) query.andWhere('audit.at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('audit.at <= :to', { to: filter.to });
  if (filter.from && filter.to && filter.from > filter.to) {
    throw badInput('AUDIT.RANGE_INVALID', '开始时间不能晚于结束时间', { from: ['开始时间不能晚于结束时间'] });
  }
  return query;
}

export async function findAuditLogs(
  manager: EntityManager,
  filter?: AuditLogFilter,
  page?: PageInput,
  sort?: SortInput | null,
  order: ListOrder = AUDIT_LOG_ORDER,
): Promise<Page<AuditLog>> {
  const { offset, limit } = pageWindow(page);
  const [items, total] = await orderBySort(filtered(manager, filter), order, sort).skip(offset).take(limit).getManyAndCount();
  return { items, total };
}

export async function findAuditLog(manager: EntityManager, seq: string): Promise<AuditLog> {
  const row = isSeq(seq) ? await manager.findOneBy(AuditLog, { seq }) : null;
  if (!row) throw notFound('审计记录');
  return row;
}

export async function findAuditLogsForExport(manager: EntityManager, filter?: AuditLogFilter): Promise<AuditLog[]> {
  return filtered(manager, filter).orderBy('audit.seq', 'ASC').take(AUDIT_EXPORT_LIMIT).getMany();
}

/** Walks the chain in batches, recomputing each hash and its link to the previous row. */
export async function verifyAuditChain(manager: EntityManager): Promise<{ ok: boolean; checkedRows: number; brokenAtSeq: string | null }> {
  let previousHash = GENESIS_HASH;
  let afterSeq = '0';
  let checkedRows = 0;
  for (;;) {
    const rows = await manager
      .getRepository(AuditLog)
      .createQueryBuilder('audit')
      .where('audit.seq > :afterSeq', { afterSeq })
      .orderBy('audit.seq', 'ASC')
      .take(1000)
      .getMany();
    if (rows.length === 0) return { ok: true, checkedRows, brokenAtSeq: null };
    for (const row of rows) {
      const { hash, prevHash, ...fields } = row;
      if (prevHash !== previousHash || hashAuditRow(fields, prevHash) !== hash) {
        return { ok: false, checkedRows, brokenAtSeq: row.seq };
      }
      previousHash = hash;
      checkedRows += 1;
    }
    afterSeq = rows[rows.length - 1].seq;
  }
}
