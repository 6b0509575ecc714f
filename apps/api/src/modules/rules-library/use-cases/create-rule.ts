import { createRuleInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Rule } from '../rule.entity.js';
import { RuleVersion } from '../rule-version.entity.js';
import { assertRuleTitleAvailable, saveRule } from '../rules-library.persistence.js';
import type { CreateRuleInput } from '../rules-library.types.js';

/** Adds a rule to the library with its first version. */
export async function createRule(context: RequestContext, rawInput: CreateRuleInput): Promise<Rule> {
  const input = parseInput(createRuleInputSchema, rawInput);
  if (context.actor.kind !== 'staff') throw forbidden();
  const { manager } = requireMutationScope(context);
  await assertRuleTitleAvailable(manager, input.issuingBody, input.title);
  const now = context.services.clock.now();
  const rule = manager.create(Rule, {
    title: input.title,
    issuingBody: input.issuingBody,
    category: input.category,
    documentNumber: input.documentNumber ?? null,
    seedKey: null,
    isActive: true,
    createdById: context.actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await saveRule(manager, rule);
  const first = manager.create(RuleVersion, {
    ruleId: rule.id,
    versionNumber: 1,
    text: input.firstVersion.text,
    effectiveDate: input.firstVersion.effectiveDate,
    repealDate: input.firstVersion.repealDate ?? null,
    note: input.firstVersion.note ?? null,
    createdById: context.actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  await manager.save(first);
  recordChange(context, 'Rule', rule.id, null, rule);
  recordChange(context, 'RuleVersion', first.id, null, first);
  return rule;
}
