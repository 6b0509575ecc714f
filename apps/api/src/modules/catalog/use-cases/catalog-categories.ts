import { DomainError, catalogCategoryInputSchema } from '@gdp/domain';
import { bumpPublicCatalogStamp } from '../catalog-public-cache.js';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { CatalogCategory } from '../catalog-category.entity.js';
import {
  assertCategoryCodeAvailable,
  assertParentAllowed,
  saveCatalogCategory,
} from '../catalog.persistence.js';
import type { CatalogCategoryInput } from '../catalog.types.js';

const LABEL = '公开目录分类';

export async function createCatalogCategory(
  context: RequestContext,
  rawInput: CatalogCategoryInput,
): Promise<CatalogCategory> {
  const input = parseInput(catalogCategoryInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  await assertParentAllowed(manager, null, input.parentId ?? null);
  await assertCategoryCodeAvailable(manager, input.code);
  const now = context.services.clock.now();
  const category = manager.create(CatalogCategory, {
    code: input.code,
    name: input.name,
    sortOrder: input.sortOrder,
    parentId: input.parentId ?? null,
    isActive: true,
    createdAt: now,
    updatedAt: now,
  });
  await saveCatalogCategory(manager, category);
  recordChange(context, 'CatalogCategory', category.id, null, category);
  return category;
}

/** Edits at the version the editor saw; a stale version is refused, never overwritten. */
export async function updateCatalogCategory(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: CatalogCategoryInput,
): Promise<CatalogCategory> {
  const input = parseInput(catalogCategoryInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  const category = await loadForUpdate(manager, CatalogCategory, id, version, LABEL);
  await assertParentAllowed(manager, id, input.parentId ?? null);
  await assertCategoryCodeAvailable(manager, input.code, id);
  const before = { ...category };
  Object.assign(category, {
    code: input.code,
    name: input.name,
    sortOrder: input.sortOrder,
    parentId: input.parentId ?? null,
    updatedAt: context.services.clock.now(),
  });
  await saveCatalogCategory(manager, category);
  recordChange(context, 'CatalogCategory', id, before, category);
  // Public answers name entries' categories: cached ones must not keep the old name or parent.
  await bumpPublicCatalogStamp(manager);
  return category;
}

/**
 * Categories are deactivated, never deleted: published items will be filed under them. A parent with
 * active children stays active, so the public catalog never shows a child without its parent.
 */
export async function setCatalogCategoryActive(
  context: RequestContext,
  id: string,
  version: number,
  isActive: boolean,
): Promise<CatalogCategory> {
  const { manager } = requireMutationScope(context);
  const category = await loadForUpdate(manager, CatalogCategory, id, version, LABEL);
  if (!isActive && (await manager.existsBy(CatalogCategory, { parentId: id, isActive: true }))) {
    throw new DomainError(
      'CONFLICT',
      'CATALOG_CATEGORY.HAS_ACTIVE_CHILDREN',
      '该分类下还有启用的下级分类，请先停用下级分类',
    );
  }
  if (isActive && category.parentId) {
    const parent = await manager.findOneBy(CatalogCategory, { id: category.parentId });
    if (!parent?.isActive) {
      throw new DomainError(
        'CONFLICT',
        'CATALOG_CATEGORY.PARENT_INACTIVE',
        '上级分类已停用，请先启用上级分类',
      );
    }
  }
  const before = { ...category };
  category.isActive = isActive;
  category.updatedAt = context.services.clock.now();
  await manager.save(category);
  recordChange(context, 'CatalogCategory', id, before, category);
  await bumpPublicCatalogStamp(manager);
  return category;
}
