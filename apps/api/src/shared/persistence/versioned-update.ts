import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound, staleVersion } from '../errors/app-errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
  // An id that cannot be a key (e.g. "x" for a uuid column) is an unknown record, not a database error.
  const primary = manager.connection.getMetadata(entity).primaryColumns[0];
  if (primary?.type === 'uuid' && !UUID.test(id)) throw notFound(label);
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
