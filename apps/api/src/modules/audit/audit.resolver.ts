import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import {
  ACCESS_RULES,
  ACTOR_KIND_LABELS,
  AUDIT_OUTCOME_LABELS,
  ENTITY_TYPE_LABELS,
  type AuditEntityType,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { appendAuditAlone } from '../../shared/audit/audit-writer.js';
import { toCsv } from '../../shared/export/csv.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { AuditLog } from './audit-log.entity.js';
import {
  MY_AUDIT_LOG_ORDER,
  findAuditLog,
  findAuditLogs,
  findAuditLogsForExport,
  verifyAuditChain,
} from './audit.queries.js';
import { AuditChainCheck, AuditLogFilter, AuditLogPage, AuditLogView, ExportFile } from './audit.types.js';

/** The auditor's own searches, reads and exports are audited too (SPEC §2.2). */
function auditRead(
  context: RequestContext,
  action: string,
  changes: Record<string, unknown> | null,
  subject?: { entityType: AuditEntityType; entityId: string },
) {
  return appendAuditAlone((work) => context.services.db.dataSource.transaction(work), {
    at: context.services.clock.now(),
    actor: context.actor,
    action,
    outcome: 'SUCCESS',
    entityType: subject?.entityType ?? null,
    entityId: subject?.entityId ?? null,
    changes,
    ip: context.ip,
    requestId: context.requestId,
  });
}

/** A value's zh-CN label for the export; a value without one (rows written before it existed) as it is. */
const labelOf = (labels: Record<string, string>, value: string | null) =>
  value !== null && Object.hasOwn(labels, value) ? labels[value] : value;

@Resolver()
export class AuditResolver {
  @Query(() => AuditLogPage, { description: '审计日志（安全审计员）' })
  @Access(ACCESS_RULES['Query.auditLogs'])
  async auditLogs(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('auditLogs') }) sort?: SortInput,
  ) {
    const result = await findAuditLogs(context.services.db.dataSource.manager, filter, page, sort);
    await auditRead(context, 'Query.auditLogs', { filter: filter ?? null });
    return result;
  }

  @Query(() => AuditLogView, { description: '审计记录（安全审计员；查阅本身也记入审计日志）' })
  @Access(ACCESS_RULES['Query.auditLog'])
  async auditLog(@Ctx() context: RequestContext, @Arg('seq', () => ID) seq: string) {
    const row = await findAuditLog(context.services.db.dataSource.manager, seq);
    await auditRead(context, 'Query.auditLog', null, { entityType: 'AuditLog', entityId: row.seq });
    return row;
  }

  @Query(() => AuditLogPage, { description: '本人的操作记录' })
  @Access(ACCESS_RULES['Query.myAuditLogs'])
  myAuditLogs(
    @Ctx() context: RequestContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('myAuditLogs') }) sort?: SortInput,
  ) {
    const actorId = context.actor.kind === 'staff' ? context.actor.userId : '';
    return findAuditLogs(context.services.db.dataSource.manager, { actorId }, page, sort, MY_AUDIT_LOG_ORDER);
  }

  @Query(() => ExportFile, { description: '导出审计日志（CSV，UTF-8 BOM）' })
  @Access(ACCESS_RULES['Query.exportAuditLogs'])
  async exportAuditLogs(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
  ): Promise<ExportFile> {
    const rows = await findAuditLogsForExport(context.services.db.dataSource.manager, filter);
    await auditRead(context, 'Query.exportAuditLogs', { filter: filter ?? null });
    const content = toCsv<AuditLog>(rows, [
      { header: '序号', value: (row) => row.seq },
      { header: '时间', value: (row) => row.at },
      { header: '操作人类型', value: (row) => labelOf(ACTOR_KIND_LABELS, row.actorKind) },
      { header: '操作人', value: (row) => row.actorName },
      { header: '操作', value: (row) => row.action },
      { header: '结果', value: (row) => labelOf(AUDIT_OUTCOME_LABELS, row.outcome) },
      { header: '对象类型', value: (row) => labelOf(ENTITY_TYPE_LABELS, row.entityType) },
      { header: '对象编号', value: (row) => row.entityId },
      { header: '变更（已屏蔽）', value: (row) => row.changes },
      { header: '错误类别', value: (row) => row.errorCode },
      { header: '原因', value: (row) => row.reason },
      { header: 'IP', value: (row) => row.ip },
      { header: '请求编号', value: (row) => row.requestId },
      { header: '哈希', value: (row) => row.hash },
    ]);
    return { filename: 'audit-log.csv', contentType: 'text/csv; charset=utf-8', content, rows: rows.length };
  }

  @Query(() => AuditChainCheck, { description: '校验审计日志哈希链' })
  @Access(ACCESS_RULES['Query.verifyAuditChain'])
  async verifyAuditChain(@Ctx() context: RequestContext) {
    const result = await verifyAuditChain(context.services.db.dataSource.manager);
    await auditRead(context, 'Query.verifyAuditChain', { filter: null });
    return result;
  }
}
