import type { EntityManager } from 'typeorm';
import { DomainError, catalogParentProblem } from '@gdp/domain';
import { isUniqueViolation } from '../../db/database.js';
import { CatalogCategory } from './catalog-category.entity.js';

const duplicateCode = (): DomainError =>
  new DomainError('CONFLICT', 'CATALOG_CATEGORY.DUPLICATE_CODE', '该分类代码已被使用', {
    fields: { code: ['该分类代码已被使用'] },
  });

const badParent = (message: string): DomainError =>
  new DomainError('BAD_USER_INPUT', 'CATALOG_CATEGORY.BAD_PARENT', message, {
    fields: { parentId: [message] },
  });

/** Refuses a code another category has (inactive ones included: reactivate those instead). */
export async function assertCategoryCodeAvailable(
  manager: EntityManager,
  code: string,
  exceptId?: string,
): Promise<void> {
  const clash = await manager
    .getRepository(CatalogCategory)
    .createQueryBuilder('category')
    .where('category.code = :code', { code })
    .andWhere(exceptId ? 'category.id <> :exceptId' : '1 = 1', { exceptId })
    .getExists();
  if (clash) throw duplicateCode();
}

/** The parent must exist, be active and be top-level; a category with children stays top-level. */
export async function assertParentAllowed(
  manager: EntityManager,
  selfId: string | null,
  parentId: string | null,
): Promise<void> {
  if (!parentId) return;
  const parent = await manager.findOneBy(CatalogCategory, { id: parentId });
  if (!parent) throw badParent('上级分类不存在');
  if (!parent.isActive) throw badParent('上级分类已停用');
  const hasChildren = selfId ? await manager.existsBy(CatalogCategory, { parentId: selfId }) : false;
  const problem = catalogParentProblem(selfId, parent, hasChildren);
  if (problem) throw badParent(problem);
}

/** Two requests taking one code at once both pass the check; the unique index refuses the second. */
export async function saveCatalogCategory(manager: EntityManager, category: CatalogCategory): Promise<void> {
  try {
    await manager.save(category);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateCode();
    throw error;
  }
}
