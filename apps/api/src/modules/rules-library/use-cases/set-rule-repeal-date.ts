import { checkRuleRepealDate, ruleRepealInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Rule } from '../rule.entity.js';
import { latestRuleVersion, touchRule } from '../rules-library.persistence.js';

/**
 * Records that a rule is repealed from a date (or clears a repeal recorded by mistake): the repeal date
 * of its latest version. The rule stays in the library, with status 已废止 from that date.
 */
export async function setRuleRepealDate(
  context: RequestContext,
  id: string,
  version: number,
  repealDate: string | null | undefined,
): Promise<Rule> {
  const input = parseInput(ruleRepealInputSchema, { repealDate });
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const rule = await loadForUpdate(manager, Rule, id, version, '制度');
  scope.subject = { entityType: 'Rule', entityId: rule.id };
  const latest = await latestRuleVersion(manager, rule.id);
  if (!latest) throw new Error(`rule ${rule.id} has no version`);
  const next = input.repealDate ?? null;
  checkRuleRepealDate(latest, next);
  const before = { ...latest };
  const now = context.services.clock.now();
  latest.repealDate = next;
  latest.updatedAt = now;
  await manager.save(latest);
  await touchRule(manager, rule, now);
  recordChange(context, 'RuleVersion', latest.id, before, latest);
  return rule;
}
