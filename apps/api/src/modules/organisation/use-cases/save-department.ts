import { departmentInputSchema, DomainError } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
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
  if (clash) {
    const field = clash.code === code ? 'code' : 'name';
    throw new DomainError('CONFLICT', 'DEPARTMENT.DUPLICATE', field === 'code' ? '处室代码已被使用' : '处室名称已被使用', {
      fields: { [field]: [field === 'code' ? '处室代码已被使用' : '处室名称已被使用'] },
    });
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
  await manager.save(department);
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
  await manager.save(department);
  recordChange(context, 'Department', id, before, department);
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
