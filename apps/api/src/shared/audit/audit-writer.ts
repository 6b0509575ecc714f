import { createHash } from 'node:crypto';
import { stringify } from 'safe-stable-stringify';
import type { EntityManager } from 'typeorm';
import type { Actor, ActorKind, AuditEntityType, AuditOutcome } from '@gdp/domain';
import { AuditLog } from '../../modules/audit/audit-log.entity.js';
import type { AuditChange } from './audit-diff.js';

/** Any constant: the advisory lock that serialises appends to the chain. */
const AUDIT_CHAIN_LOCK = 7_310_001;
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  at: Date;
  actor: Actor;
  action: string;
  outcome: AuditOutcome;
  entityType?: AuditEntityType | null;
  entityId?: string | null;
  changes?: AuditChange[] | Record<string, unknown> | null;
  errorCode?: string | null;
  reason?: string | null;
  ip?: string | null;
  requestId?: string | null;
}

export const actorColumns = (actor: Actor): { actorKind: ActorKind; actorId: string | null; actorName: string | null } => {
  switch (actor.kind) {
    case 'staff':
      return { actorKind: 'staff', actorId: actor.userId, actorName: actor.username };
    case 'token':
      return { actorKind: 'token', actorId: actor.tokenId, actorName: actor.name };
    default:
      return { actorKind: 'anonymous', actorId: null, actorName: null };
  }
};

type ChainedFields = Omit<AuditLog, 'hash' | 'prevHash'>;

/** The canonical text a row's hash covers: every column but the hash, in a fixed order. */
export function canonicalAuditText(row: ChainedFields, prevHash: string): string {
  // Sorted keys: jsonb does not keep the key order the row was written with.
  return stringify([
    row.seq,
    row.at.toISOString(),
    row.actorKind,
    row.actorId,
    row.actorName,
    row.action,
    row.outcome,
    row.entityType,
    row.entityId,
    row.changes ?? null,
    row.errorCode,
    row.reason,
    row.ip,
    row.requestId,
    prevHash,
  ]) as string;
}

export const hashAuditRow = (row: ChainedFields, prevHash: string): string =>
  createHash('sha256').update(canonicalAuditText(row, prevHash)).digest('hex');

/**
 * Appends one row inside the caller's transaction. The advisory lock is held to commit, so the chain has
 * one writer at a time; appending last in a transaction keeps that window short.
 */
export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<AuditLog> {
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [last] = (await manager.query('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1')) as Array<{ hash: string }>;
  const [{ seq }] = (await manager.query(`SELECT nextval('audit_log_seq')::text AS seq`)) as Array<{ seq: string }>;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const row: ChainedFields = {
    seq,
    // Millisecond precision: what PostgreSQL stores is what the hash covered.
    at: new Date(Math.floor(entry.at.getTime())),
    ...actorColumns(entry.actor),
    action: entry.action,
    outcome: entry.outcome,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    changes: entry.changes ?? null,
    errorCode: entry.errorCode ?? null,
    reason: entry.reason ?? null,
    ip: entry.ip ?? null,
    requestId: entry.requestId ?? null,
  };
  const hash = hashAuditRow(row, prevHash);
  const record = manager.create(AuditLog, { ...row, prevHash, hash });
  await manager.insert(AuditLog, record as never);
  return record;
}

/** Records a denied or failed attempt in a transaction of its own (the business transaction rolled back). */
export async function appendAuditAlone(
  runInTransaction: <T>(work: (manager: EntityManager) => Promise<T>) => Promise<T>,
  entry: AuditEntry,
  alsoPersist: Array<(manager: EntityManager) => Promise<void>> = [],
): Promise<void> {
  await runInTransaction(async (manager) => {
    for (const persist of alsoPersist) await persist(manager);
    await appendAudit(manager, entry);
  });
}
