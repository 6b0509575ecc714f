import { checkNextRuleVersion, ruleVersionInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import type { Rule } from '../rule.entity.js';
import { RuleVersion } from '../rule-version.entity.js';
import { latestRuleVersion, lockRule, touchRule } from '../rules-library.persistence.js';
import type { RuleVersionInput } from '../rules-library.types.js';

/**
 * Appends a version (a revision of the text). It may not take effect before the latest one; it becomes
 * current on its effective date. The rule's own version number moves on, so a metadata edit begun
 * before the revision is refused as stale rather than silently based on the old state.
 */
export async function addRuleVersion(
  context: RequestContext,
  ruleId: string,
  rawInput: RuleVersionInput,
): Promise<Rule> {
  const input = parseInput(ruleVersionInputSchema, rawInput);
  if (context.actor.kind !== 'staff') throw forbidden();
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const rule = await lockRule(manager, ruleId);
  scope.subject = { entityType: 'Rule', entityId: rule.id };
  const latest = await latestRuleVersion(manager, rule.id);
  checkNextRuleVersion(latest, input);
  const now = context.services.clock.now();
  const added = manager.create(RuleVersion, {
    ruleId: rule.id,
    versionNumber: (latest?.versionNumber ?? 0) + 1,
    text: input.text,
    effectiveDate: input.effectiveDate,
    repealDate: input.repealDate ?? null,
    note: input.note ?? null,
    createdById: context.actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await manager.save(added);
  await touchRule(manager, rule, now);
  recordChange(context, 'RuleVersion', added.id, null, added);
  return rule;
}
