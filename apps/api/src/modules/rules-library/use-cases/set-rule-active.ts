import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { Rule } from '../rule.entity.js';

/** Rules are deactivated (withdrawn from the library's lists), never deleted: the ledger points to them. */
export async function setRuleActive(
  context: RequestContext,
  id: string,
  version: number,
  isActive: boolean,
): Promise<Rule> {
  const { manager } = requireMutationScope(context);
  const rule = await loadForUpdate(manager, Rule, id, version, '制度');
  const before = { ...rule };
  rule.isActive = isActive;
  rule.updatedAt = context.services.clock.now();
  await manager.save(rule);
  recordChange(context, 'Rule', id, before, rule);
  return rule;
}
