import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { SESSION_STAGES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { appendAuditAlone } from '../../shared/audit/audit-writer.js';
import { toCsv } from '../../shared/export/csv.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { AuditLog } from './audit-log.entity.js';
import { findAuditLogs, findAuditLogsForExport, verifyAuditChain } from './audit.queries.js';
import { AuditChainCheck, AuditLogFilter, AuditLogPage, ExportFile } from './audit.types.js';

const AUDITOR = Access({ permissions: ['AUDIT_READ'] });

/** The auditor's own searches and exports are audited too (SPEC §2.2). */
function auditRead(context: RequestContext, action: string, filter: unknown) {
  return appendAuditAlone((work) => context.services.db.dataSource.transaction(work), {
    at: context.services.clock.now(),
    actor: context.actor,
    action,
    outcome: 'SUCCESS',
    changes: { filter: filter ?? null },
    ip: context.ip,
    requestId: context.requestId,
  });
}

const OUTCOME_LABELS: Record<string, string> = { SUCCESS: '成功', DENIED: '拒绝', FAILED: '失败' };

@Resolver()
export class AuditResolver {
  @Query(() => AuditLogPage, { description: '审计日志（安全审计员）' })
  @AUDITOR
  async auditLogs(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const result = await findAuditLogs(context.services.db.dataSource.manager, filter, page);
    await auditRead(context, 'Query.auditLogs', filter);
    return result;
  }

  @Query(() => AuditLogPage, { description: '本人的操作记录' })
  @Access({ session: true, stages: SESSION_STAGES })
  myAuditLogs(@Ctx() context: RequestContext, @Arg('page', () => PageInput, { nullable: true }) page?: PageInput) {
    const actorId = context.actor.kind === 'staff' ? context.actor.userId : '';
    return findAuditLogs(context.services.db.dataSource.manager, { actorId }, page);
  }

  @Query(() => ExportFile, { description: '导出审计日志（CSV，UTF-8 BOM）' })
  @AUDITOR
  async exportAuditLogs(
    @Ctx() context: RequestContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
  ): Promise<ExportFile> {
    const rows = await findAuditLogsForExport(context.services.db.dataSource.manager, filter);
    await auditRead(context, 'Query.exportAuditLogs', filter);
    const content = toCsv<AuditLog>(rows, [
      { header: '序号', value: (row) => row.seq },
      { header: '时间', value: (row) => row.at },
      { header: '操作人类型', value: (row) => row.actorKind },
      { header: '操作人', value: (row) => row.actorName },
      { header: '操作', value: (row) => row.action },
      { header: '结果', value: (row) => OUTCOME_LABELS[row.outcome] ?? row.outcome },
      { header: '对象类型', value: (row) => row.entityType },
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
  @AUDITOR
  async verifyAuditChain(@Ctx() context: RequestContext) {
    const result = await verifyAuditChain(context.services.db.dataSource.manager);
    await auditRead(context, 'Query.verifyAuditChain', null);
    return result;
  }
}
