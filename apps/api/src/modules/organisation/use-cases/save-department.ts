import type { EntityManager } from 'typeorm';
import { departmentInputSchema, DomainError } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { isUniqueViolation } from '../../../db/database.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { bumpPublicCatalogStamp } from '../../catalog/catalog-public-cache.js';
import { Department } from '../department.entity.js';
import type { DepartmentInput } from '../organisation.types.js';

async function assertUnique(context: RequestContext, code: string, name: string, exceptId?: string) {
  const { manager } = requireMutationScope(context);
  const clash = await manager
    .getRepository(Department)
    .createQueryBuilder('department')
    .where('(department.code = :code OR department.name = :name)', { code, name })
    .andWhere(exceptId ? 'department.id <> :exceptId' : '1 = 1', { exceptId })
    .getOne();
  if (clash) throw duplicate(clash.code === code ? 'code' : 'name');
}

function duplicate(field: 'code' | 'name'): DomainError {
  const message = field === 'code' ? '处室代码已被使用' : '处室名称已被使用';
  return new DomainError('CONFLICT', 'DEPARTMENT.DUPLICATE', message, { fields: { [field]: [message] } });
}

/**
 * Saves the department. Two requests with the same code (or name) at once both pass assertUnique (neither
 * sees the other's uncommitted row); the unique index then refuses the second, which gets the same answer.
 */
async function saveDepartment(manager: EntityManager, department: Department): Promise<void> {
  try {
    await manager.save(department);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const { constraint, driverError } = error as { constraint?: string; driverError?: { constraint?: string } };
    const name = constraint ?? driverError?.constraint;
    const unique = manager.connection.getMetadata(Department).uniques.find((candidate) => candidate.name === name);
    const field = unique?.columns[0]?.propertyName;
    if (field === 'code' || field === 'name') throw duplicate(field);
    throw error;
  }
}

export async function createDepartment(context: RequestContext, rawInput: DepartmentInput): Promise<Department> {
  const input = parseInput(departmentInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  await assertUnique(context, input.code, input.name);
  const now = context.services.clock.now();
  const department = manager.create(Department, {
    ...input,
    phone: input.phone ?? null,
    isActive: true,
    createdAt: now,
    updatedAt: now,
  });
  await saveDepartment(manager, department);
  recordChange(context, 'Department', department.id, null, department);
  return department;
}

export async function updateDepartment(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: DepartmentInput,
): Promise<Department> {
  const input = parseInput(departmentInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  const department = await loadForUpdate(manager, Department, id, version, '处室');
  await assertUnique(context, input.code, input.name, id);
  const before = { ...department };
  Object.assign(department, input, { phone: input.phone ?? null, updatedAt: context.services.clock.now() });
  await saveDepartment(manager, department);
  recordChange(context, 'Department', id, before, department);
  // The public catalog names each entry's issuing department: cached answers must not keep the old name.
  if (before.name !== department.name) await bumpPublicCatalogStamp(manager);
  return department;
}

/** Departments are deactivated, never deleted: audit rows and the ledger point to them. */
export async function setDepartmentActive(
  context: RequestContext,
  id: string,
  version: number,
  isActive: boolean,
): Promise<Department> {
  const { manager } = requireMutationScope(context);
  const department = await loadForUpdate(manager, Department, id, version, '处室');
  const before = { ...department };
  department.isActive = isActive;
  department.updatedAt = context.services.clock.now();
  await manager.save(department);
  recordChange(context, 'Department', id, before, department);
  return department;
}
