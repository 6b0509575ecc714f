import { ruleInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Rule } from '../rule.entity.js';
import { assertRuleTitleAvailable, saveRule } from '../rules-library.persistence.js';
import type { RuleInput } from '../rules-library.types.js';

/** Edits a rule's metadata at the version the editor saw; its texts change only by new versions. */
export async function updateRule(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: RuleInput,
): Promise<Rule> {
  const input = parseInput(ruleInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  const rule = await loadForUpdate(manager, Rule, id, version, '制度');
  await assertRuleTitleAvailable(manager, input.issuingBody, input.title, id);
  const before = { ...rule };
  Object.assign(rule, {
    title: input.title,
    issuingBody: input.issuingBody,
    category: input.category,
    documentNumber: input.documentNumber ?? null,
    updatedAt: context.services.clock.now(),
  });
  await saveRule(manager, rule);
  recordChange(context, 'Rule', id, before, rule);
  return rule;
}
