import type { EntityManager } from 'typeorm';
import {
  CATALOG_WITHDRAWAL_REASON_MAX,
  DomainError,
  badInput,
  mayWithdrawCatalogEntry,
  withdrawCatalogEntrySchema,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { CatalogEntry } from '../catalog-entry.entity.js';
import { bumpPublicCatalogStamp } from '../catalog-public-cache.js';

/** Work another module does inside the withdrawal's transaction (e.g. a line in the subject's history). */
export type CatalogWithdrawalListener = (
  context: RequestContext,
  manager: EntityManager,
  entry: CatalogEntry,
) => Promise<void>;

const withdrawalListeners: CatalogWithdrawalListener[] = [];

/** Registers work to run whenever an entry is withdrawn; a failing listener fails the withdrawal. */
export function onCatalogEntryWithdrawn(listener: CatalogWithdrawalListener): void {
  withdrawalListeners.push(listener);
}

/**
 * Takes a published entry out of the public catalog, with the reason. For a publisher of the owning
 * department or the leadership office; any other caller is FORBIDDEN (the entry was public, so refusing
 * openly reveals nothing). The entry and its reason stay for staff and the audit trail.
 */
export async function withdrawCatalogEntry(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { reason: string },
): Promise<CatalogEntry> {
  const input = parseInput(withdrawCatalogEntrySchema, rawInput);
  const { manager } = requireMutationScope(context);
  const entry = await loadForUpdate(manager, CatalogEntry, id, version, '公开目录条目');
  if (!mayWithdrawCatalogEntry(context.actor, entry.owningDepartmentId)) {
    throw forbidden(
      'CATALOG_ENTRY.NOT_YOUR_DEPARTMENT',
      '只有本处室的信息发布人或公开工作领导小组办公室可以撤下该条目',
    );
  }
  if (entry.state !== 'PUBLISHED') {
    throw new DomainError(
      'CONFLICT',
      'CATALOG_ENTRY.NOT_PUBLISHED',
      '该条目当前未公开（已被更正或已撤下），不能撤下',
    );
  }
  return takeDown(context, entry, input.reason);
}

const EMERGENCY_PREFIX = '紧急撤下：';

/**
 * Emergency withdrawal (a leak, [seed §4-5]) by the leadership office: the entry shown under the index
 * number comes down at once — no version to match, since nothing may delay it — and with the stamp bumped
 * in the same transaction, no replica or cache serves it after the commit.
 */
export async function emergencyWithdrawCatalogEntry(
  context: RequestContext,
  indexNumber: string,
  rawInput: { reason: string },
): Promise<CatalogEntry> {
  const input = parseInput(withdrawCatalogEntrySchema, rawInput);
  const reason = `${EMERGENCY_PREFIX}${input.reason}`;
  if (reason.length > CATALOG_WITHDRAWAL_REASON_MAX) {
    const max = CATALOG_WITHDRAWAL_REASON_MAX - EMERGENCY_PREFIX.length;
    throw badInput('INPUT.INVALID', `撤下理由最多 ${max} 个字符`, { reason: [`撤下理由最多 ${max} 个字符`] });
  }
  const { manager } = requireMutationScope(context);
  const entry =
    typeof indexNumber === 'string' && indexNumber.length <= 64
      ? await manager
          .getRepository(CatalogEntry)
          .createQueryBuilder('entry')
          .setLock('pessimistic_write')
          .where('entry.indexNumber = :indexNumber AND entry.state = :state', {
            indexNumber: indexNumber.trim(),
            state: 'PUBLISHED',
          })
          .getOne()
      : null;
  if (!entry) {
    throw new DomainError('NOT_FOUND', 'CATALOG_ENTRY.NOT_PUBLISHED', '该索引号下没有正在公开的条目');
  }
  requireMutationScope(context).subject = { entityType: 'CatalogEntry', entityId: entry.id };
  return takeDown(context, entry, reason);
}

async function takeDown(context: RequestContext, entry: CatalogEntry, reason: string): Promise<CatalogEntry> {
  const { manager } = requireMutationScope(context);
  const before = { ...entry };
  const now = context.services.clock.now();
  Object.assign(entry, {
    state: 'WITHDRAWN',
    withdrawnAt: now,
    withdrawnById: staffIdOf(context),
    withdrawalReason: reason,
    updatedAt: now,
  });
  await manager.save(entry);
  recordChange(context, 'CatalogEntry', entry.id, before, entry);
  for (const listener of withdrawalListeners) await listener(context, manager, entry);
  // Gone from every replica's public answers as soon as this commits.
  await bumpPublicCatalogStamp(manager);
  return entry;
}
