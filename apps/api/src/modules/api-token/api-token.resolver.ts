import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { findApiToken, findApiTokens, findApiTokenUsage } from './api-token.queries.js';
import { ApiTokenInput, ApiTokenPage, ApiTokenUsageView, ApiTokenView, CreatedApiToken } from './api-token.types.js';
import { createApiToken, revokeApiToken } from './use-cases/manage-api-tokens.js';

@Resolver()
export class ApiTokenResolver {
  @Query(() => ApiTokenPage, { description: '外部应用令牌列表' })
  @Access(ACCESS_RULES['Query.apiTokens'])
  apiTokens(
    @Ctx() context: RequestContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('apiTokens') }) sort?: SortInput,
  ) {
    return findApiTokens(context.services.db.dataSource.manager, page, sort);
  }

  @Query(() => ApiTokenView, { description: '外部应用令牌（不含令牌本身）' })
  @Access(ACCESS_RULES['Query.apiToken'])
  apiToken(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findApiToken(context.services.db.dataSource.manager, id);
  }

  @Query(() => [ApiTokenUsageView], { description: '令牌最近若干分钟的用量（每分钟）' })
  @Access(ACCESS_RULES['Query.apiTokenUsage'])
  apiTokenUsage(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('minutes', () => Int, { defaultValue: 60 }) minutes: number,
  ) {
    return findApiTokenUsage(context.services.db.dataSource.manager, id, minutes, context.services.clock.now());
  }

  @Mutation(() => CreatedApiToken, { description: '新建外部应用令牌（令牌全文仅返回一次）' })
  @Access(ACCESS_RULES['Mutation.createApiToken'])
  createApiToken(@Ctx() context: RequestContext, @Arg('input', () => ApiTokenInput) input: ApiTokenInput) {
    return createApiToken(context, input);
  }

  @Mutation(() => ApiTokenView, { description: '撤销令牌' })
  @Access(ACCESS_RULES['Mutation.revokeApiToken'])
  revokeApiToken(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return revokeApiToken(context, id, version);
  }
}
