import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound, staleVersion } from '../errors/app-errors.js';

/**
 * Loads a record for update, refusing a stale version (SPEC §2.4 optimistic locking). The row lock makes
 * two concurrent saves of the same version serialise: the second sees the new version and is refused.
 */
export async function loadForUpdate<T extends ObjectLiteral & { version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  expectedVersion: number,
  label: string,
): Promise<T> {
  const record = await manager
    .getRepository(entity)
    .createQueryBuilder('record')
    .setLock('pessimistic_write')
    .where('record.id = :id', { id })
    .getOne();
  if (!record) throw notFound(label);
  if (record.version !== expectedVersion) throw staleVersion(label);
  return record;
}
