import type { EntityManager } from 'typeorm';
import type { RuleCategory } from '@gdp/domain';
import { Rule } from '../../modules/rules-library/rule.entity.js';
import { RuleVersion } from '../../modules/rules-library/rule-version.entity.js';
import bureauRules from './rules/bureau-rules.json' with { type: 'json' };

/**
 * The bureau's 11 disclosure rules (《湖州市文化广电旅游局信息公开系列制度》, issued 2019-02-27): the
 * rules library's first entries (SPEC M11) and the product's source. `rules/bureau-rules.json` holds
 * them as issued — title and full text of each — extracted from the published notice.
 */
export interface BureauRule {
  seedKey: string;
  /** Position in the notice: the N of the spec's [seed §N-…] marks. */
  number: number;
  title: string;
  category: RuleCategory;
  text: string;
  note: string;
}

export const BUREAU_RULES_SOURCE = bureauRules as {
  source: string;
  issuingBody: string;
  issuedDate: string;
  documentNumber: string | null;
  rules: BureauRule[];
};

/** Loads the rules that are absent (by their seed key: a rule renamed or deactivated since stays as it is). */
export async function seedBureauRules(manager: EntityManager, now: Date): Promise<number> {
  const { issuingBody, issuedDate, documentNumber, rules } = BUREAU_RULES_SOURCE;
  let created = 0;
  for (const entry of rules) {
    if (await manager.existsBy(Rule, { seedKey: entry.seedKey })) continue;
    const rule = await manager.save(
      manager.create(Rule, {
        title: entry.title,
        issuingBody,
        category: entry.category,
        documentNumber,
        seedKey: entry.seedKey,
        isActive: true,
        createdById: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
    await manager.insert(RuleVersion, {
      ruleId: rule.id,
      versionNumber: 1,
      text: entry.text,
      effectiveDate: issuedDate,
      repealDate: null,
      note: entry.note,
      createdById: null,
      createdAt: now,
      updatedAt: now,
    });
    created += 1;
  }
  return created;
}
