import type { EntityManager } from 'typeorm';
import { DomainError } from '@gdp/domain';
import { isUniqueViolation } from '../../db/database.js';
import { ExternalAgency } from './external-agency.entity.js';

const duplicateName = (): DomainError =>
  new DomainError('CONFLICT', 'EXTERNAL_AGENCY.DUPLICATE', '该机关名称已登记', {
    fields: { name: ['该机关名称已登记'] },
  });

/** Refuses a name another agency already has (inactive ones included: reactivate those instead). */
export async function assertAgencyNameAvailable(
  manager: EntityManager,
  name: string,
  exceptId?: string,
): Promise<void> {
  const clash = await manager
    .getRepository(ExternalAgency)
    .createQueryBuilder('agency')
    .where('agency.name = :name', { name })
    .andWhere(exceptId ? 'agency.id <> :exceptId' : '1 = 1', { exceptId })
    .getExists();
  if (clash) throw duplicateName();
}

/** Saves; two requests registering one name at once both pass the check, the unique index refuses the second. */
export async function saveExternalAgency(manager: EntityManager, agency: ExternalAgency): Promise<void> {
  try {
    await manager.save(agency);
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateName();
    throw error;
  }
}
