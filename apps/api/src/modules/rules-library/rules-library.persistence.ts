import type { EntityManager } from 'typeorm';
import { DomainError } from '@gdp/domain';
import { isUniqueViolation } from '../../db/database.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { Rule } from './rule.entity.js';
import { RuleVersion } from './rule-version.entity.js';

const duplicateTitle = (): DomainError =>
  new DomainError('CONFLICT', 'RULE.DUPLICATE', '该发布机关已有同名制度（修订请新增版本）', {
    fields: { title: ['该发布机关已有同名制度（修订请新增版本）'] },
  });

/** One issuing body has one rule of a title: a revision is a new version, not a new rule. */
export async function assertRuleTitleAvailable(
  manager: EntityManager,
  issuingBody: string,
  title: string,
  exceptId?: string,
): Promise<void> {
  const clash = await manager
    .getRepository(Rule)
    .createQueryBuilder('rule')
    .where('rule.issuingBody = :issuingBody AND rule.title = :title', { issuingBody, title })
    .andWhere(exceptId ? 'rule.id <> :exceptId' : '1 = 1', { exceptId })
    .getExists();
  if (clash) throw duplicateTitle();
}

/** Saves a rule; two requests with one title at once both pass the check, the unique index refuses the second. */
export async function saveRule(manager: EntityManager, rule: Rule): Promise<void> {
  try {
    await manager.save(rule);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateTitle();
    throw error;
  }
}

/** The rule row locked for this transaction: version numbers are handed out one writer at a time. */
export async function lockRule(manager: EntityManager, id: string): Promise<Rule> {
  const rule = isUuid(id)
    ? await manager
        .getRepository(Rule)
        .createQueryBuilder('rule')
        .setLock('pessimistic_write')
        .where('rule.id = :id', { id })
        .getOne()
    : null;
  if (!rule) throw notFound('制度');
  return rule;
}

export async function latestRuleVersion(manager: EntityManager, ruleId: string): Promise<RuleVersion | null> {
  return manager.findOne(RuleVersion, { where: { ruleId }, order: { versionNumber: 'DESC' } });
}

/**
 * Marks the rule changed when one of its versions changed: its version number moves on even when no
 * column of its own did, so an edit based on the earlier state is refused as stale.
 */
export async function touchRule(manager: EntityManager, rule: Rule, now: Date): Promise<void> {
  // An UPDATE through TypeORM always increments the @VersionColumn.
  await manager.update(Rule, { id: rule.id }, { updatedAt: now });
  rule.version += 1;
  rule.updatedAt = now;
}
