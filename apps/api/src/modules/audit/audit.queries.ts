import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { badInput } from '@gdp/domain';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { GENESIS_HASH, hashAuditRow } from '../../shared/audit/audit-writer.js';
import { AuditLog } from './audit-log.entity.js';
import type { AuditLogFilter } from './audit.types.js';

export const AUDIT_EXPORT_LIMIT = 50_000;

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

export async function findAuditLogs(manager: EntityManager, filter?: AuditLogFilter, page?: PageInput): Promise<Page<AuditLog>> {
  const { offset, limit } = pageWindow(page);
  const [items, total] = await filtered(manager, filter).orderBy('audit.seq', 'DESC').skip(offset).take(limit).getManyAndCount();
  return { items, total };
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
