import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { shanghaiDateOf } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
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

const READ = Access({ permissions: ['RULES_READ', 'RULES_MANAGE'] });
const MANAGE = Access({ permissions: ['RULES_MANAGE'] });

/** "Today" for the rules library: the Asia/Shanghai date of the injected clock. */
const todayOf = (context: RequestContext) => shanghaiDateOf(context.services.clock.now());

@Resolver()
export class RulesLibraryResolver {
  @Query(() => RulePage, { description: '制度库（按名称排序），每项含当前版本和版本数' })
  @READ
  rules(
    @Ctx() context: RequestContext,
    @Arg('filter', () => RuleFilter, { nullable: true }) filter?: RuleFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findRules(context.services.db.dataSource.manager, todayOf(context), filter, page);
  }

  @Query(() => RuleView, { description: '制度（含全部版本）' })
  @READ
  rule(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findRule(context.services.db.dataSource.manager, todayOf(context), id);
  }

  @Mutation(() => RuleView, { description: '新建制度（含第一个版本）' })
  @MANAGE
  async createRule(
    @Ctx() context: RequestContext,
    @Arg('input', () => CreateRuleInput) input: CreateRuleInput,
  ) {
    const rule = await createRule(context, input);
    return this.view(context, rule.id);
  }

  @Mutation(() => RuleView, { description: '修改制度基本信息（须提供当前版本号；正文修订请新增版本）' })
  @MANAGE
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
  @MANAGE
  async addRuleVersion(
    @Ctx() context: RequestContext,
    @Arg('ruleId', () => ID) ruleId: string,
    @Arg('input', () => RuleVersionInput) input: RuleVersionInput,
  ) {
    await addRuleVersion(context, ruleId, input);
    return this.view(context, ruleId);
  }

  @Mutation(() => RuleView, { description: '设定或清除制度废止日期（作用于最新版本；须提供当前版本号）' })
  @MANAGE
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
  @MANAGE
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
