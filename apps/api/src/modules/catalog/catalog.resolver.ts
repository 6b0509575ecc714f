import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS_RULES } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { Access } from '../../shared/access/access.decorator.js';
import { PageInput } from '../../shared/graphql/pagination.js';
import { SortInput, sortDescription } from '../../shared/graphql/sorting.js';
import { CatalogCategory, PublicCatalogCategory } from './catalog-category.entity.js';
import {
  findCatalogCategories,
  findCatalogCategory,
  findGuideVersion,
  findGuideVersions,
  findPublicCatalogCategories,
  findPublishedGuide,
} from './catalog.queries.js';
import {
  CatalogCategoryFilter,
  CatalogCategoryInput,
  CatalogCategoryPage,
  GuideInput,
  GuideVersionFilter,
  GuideVersionPage,
} from './catalog.types.js';
import { GuideVersion, PublicGuide } from './guide-version.entity.js';
import {
  createCatalogCategory,
  setCatalogCategoryActive,
  updateCatalogCategory,
} from './use-cases/catalog-categories.js';
import { createGuideDraft, publishGuideVersion, updateGuideDraft } from './use-cases/guide.js';

@Resolver()
export class CatalogResolver {
  @Query(() => GuideVersionPage, { description: '公开指南的各版本（默认新版本在前）' })
  @Access(ACCESS_RULES['Query.guideVersions'])
  guideVersions(
    @Ctx() context: RequestContext,
    @Arg('filter', () => GuideVersionFilter, { nullable: true }) filter?: GuideVersionFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('guideVersions') })
    sort?: SortInput,
  ) {
    return findGuideVersions(context.services.db.dataSource.manager, filter, page, sort);
  }

  @Query(() => GuideVersion, { description: '公开指南的一个版本' })
  @Access(ACCESS_RULES['Query.guideVersion'])
  guideVersion(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findGuideVersion(context.services.db.dataSource.manager, id);
  }

  @Mutation(() => GuideVersion, { description: '新建公开指南草稿（同一时间只有一份草稿）' })
  @Access(ACCESS_RULES['Mutation.createGuideDraft'])
  createGuideDraft(@Ctx() context: RequestContext, @Arg('input', () => GuideInput) input: GuideInput) {
    return createGuideDraft(context, input);
  }

  @Mutation(() => GuideVersion, { description: '修改公开指南草稿（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.updateGuideDraft'])
  updateGuideDraft(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => GuideInput) input: GuideInput,
  ) {
    return updateGuideDraft(context, id, version, input);
  }

  @Mutation(() => GuideVersion, { description: '发布公开指南草稿，使其成为现行指南' })
  @Access(ACCESS_RULES['Mutation.publishGuideVersion'])
  publishGuideVersion(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
  ) {
    return publishGuideVersion(context, id, version);
  }

  @Query(() => PublicGuide, { nullable: true, description: '现行政府信息公开指南（尚未发布时为空）' })
  @Access(ACCESS_RULES['Query.publicGuide'])
  publicGuide(@Ctx() context: RequestContext) {
    return findPublishedGuide(context.services.db.dataSource.manager);
  }

  @Query(() => CatalogCategoryPage, { description: '公开目录分类列表（默认按排序号）' })
  @Access(ACCESS_RULES['Query.catalogCategories'])
  catalogCategories(
    @Ctx() context: RequestContext,
    @Arg('filter', () => CatalogCategoryFilter, { nullable: true }) filter?: CatalogCategoryFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => SortInput, { nullable: true, description: sortDescription('catalogCategories') })
    sort?: SortInput,
  ) {
    return findCatalogCategories(context.services.db.dataSource.manager, filter, page, sort);
  }

  @Query(() => CatalogCategory, { description: '公开目录分类' })
  @Access(ACCESS_RULES['Query.catalogCategory'])
  catalogCategory(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return findCatalogCategory(context.services.db.dataSource.manager, id);
  }

  @Query(() => [PublicCatalogCategory], { description: '启用中的公开目录分类（按排序号）' })
  @Access(ACCESS_RULES['Query.publicCatalogCategories'])
  publicCatalogCategories(@Ctx() context: RequestContext) {
    return findPublicCatalogCategories(context.services.db.dataSource.manager);
  }

  @Mutation(() => CatalogCategory, { description: '新建公开目录分类' })
  @Access(ACCESS_RULES['Mutation.createCatalogCategory'])
  createCatalogCategory(
    @Ctx() context: RequestContext,
    @Arg('input', () => CatalogCategoryInput) input: CatalogCategoryInput,
  ) {
    return createCatalogCategory(context, input);
  }

  @Mutation(() => CatalogCategory, { description: '修改公开目录分类（须提供当前版本号）' })
  @Access(ACCESS_RULES['Mutation.updateCatalogCategory'])
  updateCatalogCategory(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CatalogCategoryInput) input: CatalogCategoryInput,
  ) {
    return updateCatalogCategory(context, id, version, input);
  }

  @Mutation(() => CatalogCategory, { description: '启用或停用公开目录分类' })
  @Access(ACCESS_RULES['Mutation.setCatalogCategoryActive'])
  setCatalogCategoryActive(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('isActive', () => Boolean) isActive: boolean,
  ) {
    return setCatalogCategoryActive(context, id, version, isActive);
  }
}
