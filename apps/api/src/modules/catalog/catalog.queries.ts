import type { EntityManager } from 'typeorm';
import { notFound } from '../../shared/errors/app-errors.js';
import { pageWindow, type Page, type PageInput } from '../../shared/graphql/pagination.js';
import { listOrder, orderBySort, type SortInput } from '../../shared/graphql/sorting.js';
import { idsForQuery, isUuid, likePattern } from '../../shared/persistence/query-helpers.js';
import { CatalogCategory, type PublicCatalogCategory } from './catalog-category.entity.js';
import type { CatalogCategoryFilter, GuideVersionFilter } from './catalog.types.js';
import { GuideVersion, officeOf, type PublicGuide } from './guide-version.entity.js';

/** Newest version first. */
export const GUIDE_VERSION_LIST_ORDER = listOrder(
  'guideVersions',
  {
    versionNumber: 'guide.versionNumber',
    publishedAt: 'guide.publishedAt',
    createdAt: 'guide.createdAt',
  },
  [
    ['guide.versionNumber', 'DESC'],
    ['guide.id', 'ASC'],
  ],
);

/** In the catalog's own order, then by code (unique). */
export const CATALOG_CATEGORY_LIST_ORDER = listOrder(
  'catalogCategories',
  {
    sortOrder: 'category.sortOrder',
    code: 'category.code',
    name: 'category.name',
    isActive: 'category.isActive',
    createdAt: 'category.createdAt',
    updatedAt: 'category.updatedAt',
  },
  [
    ['category.sortOrder', 'ASC'],
    ['category.code', 'ASC'],
    ['category.id', 'ASC'],
  ],
);

/** Every member of staff reads every version (drafts included): the guide is the bureau's, not a department's. */
export async function findGuideVersions(
  manager: EntityManager,
  filter: GuideVersionFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<GuideVersion>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(GuideVersion).createQueryBuilder('guide');
  if (filter.isPublished === true) query.andWhere('guide.publishedAt IS NOT NULL');
  if (filter.isPublished === false) query.andWhere('guide.publishedAt IS NULL');
  const [items, total] = await orderBySort(query, GUIDE_VERSION_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function findGuideVersion(manager: EntityManager, id: string): Promise<GuideVersion> {
  const guide = isUuid(id) ? await manager.findOneBy(GuideVersion, { id }) : null;
  if (!guide) throw notFound('公开指南版本');
  return guide;
}

/** The current guide: the version published last. Drafts are never returned. */
export async function findPublishedGuide(manager: EntityManager): Promise<PublicGuide | null> {
  const guide = await manager
    .getRepository(GuideVersion)
    .createQueryBuilder('guide')
    .where('guide.publishedAt IS NOT NULL')
    .orderBy('guide.publishedAt', 'DESC')
    .addOrderBy('guide.versionNumber', 'DESC')
    .getOne();
  if (!guide?.publishedAt) return null;
  return {
    versionNumber: guide.versionNumber,
    publishedAt: guide.publishedAt,
    classification: guide.classification,
    proactiveDisclosure: guide.proactiveDisclosure,
    applicationProcedure: guide.applicationProcedure,
    office: officeOf(guide),
    otherText: guide.otherText,
  };
}

export async function findCatalogCategories(
  manager: EntityManager,
  filter: CatalogCategoryFilter = {},
  page?: PageInput,
  sort?: SortInput | null,
): Promise<Page<CatalogCategory>> {
  const { offset, limit } = pageWindow(page);
  const query = manager.getRepository(CatalogCategory).createQueryBuilder('category');
  if (filter.q?.trim()) {
    query.andWhere('(category.name ILIKE :q OR category.code ILIKE :q)', { q: likePattern(filter.q.trim()) });
  }
  if (filter.isActive !== undefined && filter.isActive !== null) {
    query.andWhere('category.isActive = :isActive', { isActive: filter.isActive });
  }
  if (filter.parentId)
    query.andWhere('category.parentId = :parentId', { parentId: idsForQuery([filter.parentId])[0] });
  if (filter.topLevelOnly) query.andWhere('category.parentId IS NULL');
  if (filter.ids) query.andWhere('category.id IN (:...ids)', { ids: idsForQuery(filter.ids) });
  const [items, total] = await orderBySort(query, CATALOG_CATEGORY_LIST_ORDER, sort)
    .skip(offset)
    .take(limit)
    .getManyAndCount();
  return { items, total };
}

export async function findCatalogCategory(manager: EntityManager, id: string): Promise<CatalogCategory> {
  const category = isUuid(id) ? await manager.findOneBy(CatalogCategory, { id }) : null;
  if (!category) throw notFound('公开目录分类');
  return category;
}

/** Active categories in the catalog's order: a small list the portal shows whole. */
export async function findPublicCatalogCategories(manager: EntityManager): Promise<PublicCatalogCategory[]> {
  const categories = await manager
    .getRepository(CatalogCategory)
    .createQueryBuilder('category')
    .where('category.isActive = true')
    .orderBy('category.sortOrder', 'ASC')
    .addOrderBy('category.code', 'ASC')
    .getMany();
  return categories.map(({ id, code, name, sortOrder, parentId }) => ({
    id,
    code,
    name,
    sortOrder,
    parentId,
  }));
}
