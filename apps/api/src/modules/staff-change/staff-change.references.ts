import type { EntityManager } from 'typeorm';
import { badInput, type StaffChangeInput } from '@gdp/domain';
import { Department } from '../organisation/department.entity.js';
import { User } from '../organisation/user.entity.js';

/**
 * The department and user a staff change names must exist. Inactive ones are accepted: the ledger
 * records history (a change entered after the department merged or the person's account was closed).
 */
export async function assertStaffChangeReferences(
  manager: EntityManager,
  input: StaffChangeInput,
): Promise<void> {
  const fields: Record<string, string[]> = {};
  if (input.departmentId && !(await manager.existsBy(Department, { id: input.departmentId }))) {
    fields.departmentId = ['所选处室不存在'];
  }
  if (input.userId && !(await manager.existsBy(User, { id: input.userId }))) {
    fields.userId = ['所选用户不存在'];
  }
  const [first] = Object.values(fields);
  if (first) throw badInput('STAFF_CHANGE.REFERENCE_INVALID', first[0], fields);
}
