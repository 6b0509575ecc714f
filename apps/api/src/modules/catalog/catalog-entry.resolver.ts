import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS_RULES, availableCatalogEntryActions, type CatalogEntryAction } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { CatalogEntry } from './catalog-entry.entity.js';
import { PublicCatalogEntry, PublicCatalogEntryPage } from './catalog-entry.public.js';
import {
  findCatalogEntries,
  findCatalogEntry,
  findPublicCatalogEntries,
  findPublicCatalogEntry,
} from './catalog-entry.queries.js';
import { CatalogEntryActionEnum } from './catalog.enums.js';
import { CatalogEntryFilter, CatalogEntryPage, PublicCatalogEntryFilter } from './catalog.types.js';
import { emergencyWithdrawCatalogEntry, withdrawCatalogEntry } from './use-cases/withdraw-catalog-entry.js';

/** The public catalog's entries (SPEC M5): staff read and withdraw them; external apps read the published ones. */
@Resolver(() => CatalogEntry)
export class CatalogEntryResolver {
  @Query(() => CatalogEntryPage, { description: '公开目录条目（含已更正、已撤下的；默认最新发布的在前）' })
  @Access(ACCESS_RULES['Query.catalogEntries'])
  catalogEntries(
    @Ctx() context: RequestContext,
    @Arg('filter', () => CatalogEntryFilter, { nullable: true }) filter?: CatalogEntryFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('catalogEntries') })
    sort?: SortInput,
  ) {
    return findCatalogEntries(context.services.db.dataSource.manager, filter, page, sort);
  }

  @Query(() => CatalogEntry, { description: '公开目录条目' })
  @Access(ACCESS_RULES['Query.catalogEntry'])
  catalogEntry(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findCatalogEntry(context.services.db.dataSource.manager, id);
  }

  @Mutation(() => CatalogEntry, { description: '撤下已发布的公开目录条目（须提供当前版本号和理由）' })
  @Access(ACCESS_RULES['Mutation.withdrawCatalogEntry'])
  withdrawCatalogEntry(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { description: '撤下理由（1–500 个字符）' }) reason: string,
  ) {
    return withdrawCatalogEntry(context, id, version, { reason });
  }

  @Mutation(() => CatalogEntry, { description: '紧急撤下（领导小组办公室；按索引号，立即从所有公开答复中消失）' })
  @Access(ACCESS_RULES['Mutation.emergencyWithdrawCatalogEntry'])
  emergencyWithdrawCatalogEntry(
    @Ctx() context: RequestContext,
    @Arg('indexNumber', () => String) indexNumber: string,
    @Arg('reason', () => String, { description: '撤下理由（1–500 个字符）' }) reason: string,
  ) {
    return emergencyWithdrawCatalogEntry(context, indexNumber, { reason });
  }

  @Query(() => PublicCatalogEntryPage, { description: '政府信息公开目录（现行公开的条目，最新发布的在前）' })
  @Access(ACCESS_RULES['Query.publicCatalogEntries'])
  publicCatalogEntries(
    @Ctx() context: RequestContext,
    @Arg('filter', () => PublicCatalogEntryFilter, { nullable: true }) filter?: PublicCatalogEntryFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return findPublicCatalogEntries(context.services, context.services.db.dataSource.manager, filter, page);
  }

  @Query(() => PublicCatalogEntry, { description: '按索引号查看现行公开的目录条目' })
  @Access(ACCESS_RULES['Query.publicCatalogEntry'])
  publicCatalogEntry(@Ctx() context: RequestContext, @Arg('indexNumber', () => String) indexNumber: string) {
    return findPublicCatalogEntry(context.services, context.services.db.dataSource.manager, indexNumber);
  }

  @FieldResolver(() => [CatalogEntryActionEnum], { description: '当前用户现在可执行的操作' })
  availableActions(@Root() entry: CatalogEntry, @Ctx() context: RequestContext): CatalogEntryAction[] {
    return availableCatalogEntryActions(entry, context.actor);
  }
}
