import { correctionOrderTransition, reportCorrectionSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { closeTask, taskAuditOf } from '../../task/index.js';
import { isCorrectionOrderVisibleTo } from '../complaint.queries.js';
import { CorrectionOrder } from '../correction-order.entity.js';

/**
 * The head of a department ordered to correct reports what was done [seed §11-2]. Another department's
 * order is NOT_FOUND: its existence is not revealed.
 */
export async function reportCorrection(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { text: string },
): Promise<CorrectionOrder> {
  const input = parseInput(reportCorrectionSchema, rawInput);
  const { manager } = requireMutationScope(context);
  // Scope before version: a stale version of another department's order must not reveal that it exists.
  const seen = isUuid(id) ? await manager.findOneBy(CorrectionOrder, { id }) : null;
  if (!seen || !isCorrectionOrderVisibleTo(context.actor, seen)) throw notFound('责令改正事项');
  const order = await loadForUpdate(manager, CorrectionOrder, id, version, '责令改正事项');
  const before = { ...order };
  const now = context.services.clock.now();
  order.state = correctionOrderTransition(order, 'REPORT', context.actor);
  order.reportText = input.text;
  order.reportedAt = now;
  order.reportedById = staffIdOf(context);
  order.updatedAt = now;
  await manager.save(order);
  recordChange(context, 'CorrectionOrder', order.id, before, order);
  await closeTask(
    manager,
    context.services.clock,
    { kind: 'CORRECTION_ORDER', caseId: order.id },
    staffIdOf(context),
    taskAuditOf(context),
  );
  return order;
}
