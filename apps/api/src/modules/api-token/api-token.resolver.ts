import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { notFound } from '../../shared/errors/app-errors.js';
import { PageInput, pageWindow } from '../../shared/graphql/pagination.js';
import { isUuid } from '../organisation/organisation.queries.js';
import { ApiToken, ApiTokenUsage } from './api-token.entity.js';
import { ApiTokenInput, ApiTokenPage, ApiTokenUsageView, ApiTokenView, CreatedApiToken } from './api-token.types.js';
import { createApiToken, revokeApiToken } from './use-cases/manage-api-tokens.js';

const MANAGE = Access({ permissions: ['API_TOKEN_MANAGE'] });

@Resolver()
export class ApiTokenResolver {
  @Query(() => ApiTokenPage, { description: '外部应用令牌列表' })
  @MANAGE
  async apiTokens(
    @Ctx() context: RequestContext,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const { offset, limit } = pageWindow(page);
    const [items, total] = await context.services.db.dataSource.manager.findAndCount(ApiToken, {
      order: { createdAt: 'DESC' },
      skip: offset,
      take: limit,
    });
    return { items, total };
  }

  @Query(() => [ApiTokenUsageView], { description: '令牌最近若干分钟的用量（每分钟）' })
  @MANAGE
  async apiTokenUsage(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('minutes', () => Int, { defaultValue: 60 }) minutes: number,
  ) {
    const { manager } = context.services.db.dataSource;
    if (!isUuid(id) || !(await manager.existsBy(ApiToken, { id }))) throw notFound('令牌');
    const since = new Date(context.services.clock.now().getTime() - Math.min(Math.max(minutes, 1), 7 * 24 * 60) * 60_000);
    return manager
      .getRepository(ApiTokenUsage)
      .createQueryBuilder('usage')
      .where('usage.tokenId = :id AND usage.minute >= :since', { id, since })
      .orderBy('usage.minute', 'ASC')
      .getMany();
  }

  @Mutation(() => CreatedApiToken, { description: '新建外部应用令牌（令牌全文仅返回一次）' })
  @MANAGE
  createApiToken(@Ctx() context: RequestContext, @Arg('input', () => ApiTokenInput) input: ApiTokenInput) {
    return createApiToken(context, input);
  }

  @Mutation(() => ApiTokenView, { description: '撤销令牌' })
  @MANAGE
  revokeApiToken(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return revokeApiToken(context, id, version);
  }
}
