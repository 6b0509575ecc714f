import { correctionOrderTransition } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { CorrectionOrder } from '../correction-order.entity.js';

/** A complaint handler confirms a department's reported correction; the complaint may then be closed. */
export async function verifyCorrection(
  context: RequestContext,
  id: string,
  version: number,
): Promise<CorrectionOrder> {
  const { manager } = requireMutationScope(context);
  const order = await loadForUpdate(manager, CorrectionOrder, id, version, '责令改正事项');
  const before = { ...order };
  const now = context.services.clock.now();
  order.state = correctionOrderTransition(order, 'VERIFY', context.actor);
  order.verifiedAt = now;
  order.verifiedById = staffIdOf(context);
  order.updatedAt = now;
  await manager.save(order);
  recordChange(context, 'CorrectionOrder', order.id, before, order);
  return order;
}
