import { In, type EntityManager } from 'typeorm';
import { badInput } from '@gdp/domain';
import { ExternalAgency } from '../external-agency/external-agency.entity.js';
import { Department } from '../organisation/department.entity.js';

/**
 * Records a complaint points to — the department complained about, the unit a case is transferred to, the
 * departments ordered to correct — must exist and be in use; otherwise the input is wrong (BAD_USER_INPUT
 * on the field), never a database error.
 */
export async function assertActiveDepartments(
  manager: EntityManager,
  fields: Record<string, string | null | undefined>,
): Promise<void> {
  const ids = [...new Set(Object.values(fields).filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return;
  const active = new Set(
    (await manager.find(Department, { select: { id: true }, where: { id: In(ids), isActive: true } })).map(
      ({ id }) => id,
    ),
  );
  const problems: Record<string, string[]> = {};
  for (const [field, id] of Object.entries(fields)) {
    if (id && !active.has(id)) problems[field] = ['处室不存在或已停用'];
  }
  const first = Object.keys(problems)[0];
  if (first) throw badInput('COMPLAINT.UNKNOWN_DEPARTMENT', '所选处室不存在或已停用', problems);
}

export async function assertActiveAgency(manager: EntityManager, field: string, id: string): Promise<void> {
  const agency = await manager.findOneBy(ExternalAgency, { id, isActive: true });
  if (!agency)
    throw badInput('COMPLAINT.UNKNOWN_AGENCY', '所选机关不存在或已停用', { [field]: ['机关不存在或已停用'] });
}
