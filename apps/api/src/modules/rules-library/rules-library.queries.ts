import { In, type EntityManager } from 'typeorm';
import { currentRuleVersion, ruleStatusOf, type CalendarDate } from '@gdp/domain';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { Rule } from './rule.entity.js';
import { RuleVersion } from './rule-version.entity.js';
import type { RuleFilter, RuleView } from './rules-library.types.js';

/**
 * SQL form of the domain's "in force on :today" (currentRuleVersion + ruleStatusOf): the current
 * version — effective by today, no later one effective by today — exists and is not repealed by today.
 * The rules-library tests check that the filter and the per-record status agree.
 */
const IN_FORCE_TODAY = `EXISTS (
  SELECT 1 FROM rule_version current_version
   WHERE current_version.rule_id = rule.id
     AND current_version.effective_date <= :today
     AND (current_version.repeal_date IS NULL OR current_version.repeal_date > :today)
     AND NOT EXISTS (
       SELECT 1 FROM rule_version later
        WHERE later.rule_id = current_version.rule_id
          AND later.effective_date <= :today
          AND (later.effective_date > current_version.effective_date
               OR (later.effective_date = current_version.effective_date AND later.version_number > current_version.version_number))))`;

/** By title, then id (a title is unique only per issuing body). */
export const RULE_LIST_ORDER = listOrder(
  'rules',
  {
    title: 'rule.title',
    issuingBody: 'rule.issuingBody',
    category: 'rule.category',
    documentNumber: 'rule.documentNumber',
    isActive: 'rule.isActive',
    createdAt: 'rule.createdAt',
    updatedAt: 'rule.updatedAt',
  },
  [
    ['rule.title', 'ASC'],
    ['rule.id', 'ASC'],
  ],
);

/** Shapes rules for the API with their versions, current version and status on `today`. */
async function toRuleViews(manager: EntityManager, today: CalendarDate, rules: Rule[]): Promise<RuleView[]> {
  if (rules.length === 0) return [];
  const versions = await manager.find(RuleVersion, {
    where: { ruleId: In(rules.map((rule) => rule.id)) },
    order: { versionNumber: 'ASC' },
  });
  return rules.map((rule) => {
    const own = versions.filter((version) => version.ruleId === rule.id);
    return {
      id: rule.id,
      title: rule.title,
      issuingBody: rule.issuingBody,
      category: rule.category,
      documentNumber: rule.documentNumber,
      isActive: rule.isActive,
      status: ruleStatusOf(own, today),
      currentVersion: currentRuleVersion(own, today),
      versionCount: own.length,
      versions: own,
      createdById: rule.createdById,
      version: rule.version,
      createdAt: rule.createdAt,
      updatedAt: rule.updatedAt,
    };
  });
}

/**
 * The rules library, by title unless sorted otherwise. Rules govern the whole bureau: every holder of RULES_READ reads all of
 * them, so the scope is the permission on the root field. `today` is the Asia/Shanghai date of the clock.
 */
export async function findRules(
  manager: EntityManager,
  today: CalendarDate,
  filter: RuleFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<RuleView>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(Rule).createQueryBuilder('rule');
  if (filter.q?.trim()) {
    query.andWhere('(rule.title ILIKE :q OR rule.documentNumber ILIKE :q)', {
      q: likePattern(filter.q.trim()),
    });
  }
  if (filter.category) query.andWhere('rule.category = :category', { category: filter.category });
  if (filter.isActive !== undefined && filter.isActive !== null) {
    query.andWhere('rule.isActive = :isActive', { isActive: filter.isActive });
  }
  if (filter.currentOnly) query.andWhere(IN_FORCE_TODAY, { today });
  if (filter.ids) query.andWhere('rule.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const [rules, total] = await orderBySort(query, RULE_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items: await toRuleViews(manager, today, rules), total };
}

export async function findRule(manager: EntityManager, today: CalendarDate, id: string): Promise<RuleView> {
  const rule = isUuid(id) ? await manager.findOneBy(Rule, { id }) : null;
  if (!rule) throw notFound('制度');
  const [view] = await toRuleViews(manager, today, [rule]);
  return view;
}
