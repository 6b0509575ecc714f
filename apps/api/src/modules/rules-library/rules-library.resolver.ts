import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES, shanghaiDateOf } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { findRule, findRules } from './rules-library.queries.js';
import {
  CreateRuleInput,
  RuleFilter,
  RuleInput,
  RulePage,
  RuleVersionInput,
  RuleView,
} from './rules-library.types.js';
import { addRuleVersion } from './use-cases/add-rule-version.js';
import { createRule } from './use-cases/create-rule.js';
import { setRuleActive } from './use-cases/set-rule-active.js';
import { setRuleRepealDate } from './use-cases/set-rule-repeal-date.js';
import { updateRule } from './use-cases/update-rule.js';

/** "Today" for the rules library: the Asia/Shanghai date of the injected clock. */
const todayOf = (context: RequestContext) => shanghaiDateOf(context.services.clock.now());

@Resolver()
export class RulesLibraryResolver {
  @Query(() => RulePage, { description: '制度库（默认按名称排序），每项含当前版本和版本数' })
  @Access(ACCESS_RULES['Query.rules'])
  rules(
    @Ctx() context: RequestContext,
    @Arg('filter', () => RuleFilter, { nullable: true }) filter?: RuleFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('rules') }) sort?: SortInput,
  ) {
    return findRules(context.services.db.dataSource.manager, todayOf(context), filter, page, sort);
  }

  @Query(() => RuleView, { description: '制度（含全部版本）' })
  @Access(ACCESS_RULES['Query.rule'])
  rule(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findRule(context.services.db.dataSource.manager, todayOf(context), id);
  }

  @Mutation(() => RuleView, { description: '新建制度（含第一个版本）' })
  @Access(ACCESS_RULES['Mutation.createRule'])
  async createRule(
    @Ctx() context: RequestContext,
    @Arg('input', () => CreateRuleInput) input: CreateRuleInput,
  ) {
    const rule = await createRule(context, input);
    return this.view(context, rule.id);
  }

  @Mutation(() => RuleView, { description: '修改制度基本信息（须提供当前版本号；正文修订请新增版本）' })
  @Access(ACCESS_RULES['Mutation.updateRule'])
  async updateRule(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => RuleInput) input: RuleInput,
  ) {
    await updateRule(context, id, version, input);
    return this.view(context, id);
  }

  @Mutation(() => RuleView, { description: '新增制度版本（施行日期不得早于上一版本）' })
  @Access(ACCESS_RULES['Mutation.addRuleVersion'])
  async addRuleVersion(
    @Ctx() context: RequestContext,
    @Arg('ruleId', () => ID) ruleId: string,
    @Arg('input', () => RuleVersionInput) input: RuleVersionInput,
  ) {
    await addRuleVersion(context, ruleId, input);
    return this.view(context, ruleId);
  }

  @Mutation(() => RuleView, { description: '设定或清除制度废止日期（作用于最新版本；须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.setRuleRepealDate'])
  async setRuleRepealDate(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('repealDate', () => String, { nullable: true, description: 'YYYY-MM-DD；为空则清除' })
    repealDate?: string | null,
  ) {
    await setRuleRepealDate(context, id, version, repealDate);
    return this.view(context, id);
  }

  @Mutation(() => RuleView, { description: '启用或停用制度' })
  @Access(ACCESS_RULES['Mutation.setRuleActive'])
  async setRuleActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('isActive', () => Boolean) isActive: boolean,
  ) {
    await setRuleActive(context, id, version, isActive);
    return this.view(context, id);
  }

  /** Reads through the mutation's own transaction (the embedded database has one connection). */
  private view(context: RequestContext, id: string) {
    return findRule(requireMutationScope(context).manager, todayOf(context), id);
  }
}
