import type { EntityManager } from 'typeorm';
import { DomainError, mayWithdrawCatalogEntry, withdrawCatalogEntrySchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { CatalogEntry } from '../catalog-entry.entity.js';

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
  const before = { ...entry };
  const now = context.services.clock.now();
  Object.assign(entry, {
    state: 'WITHDRAWN',
    withdrawnAt: now,
    withdrawnById: staffIdOf(context),
    withdrawalReason: input.reason,
    updatedAt: now,
  });
  await manager.save(entry);
  recordChange(context, 'CatalogEntry', entry.id, before, entry);
  for (const listener of withdrawalListeners) await listener(context, manager, entry);
  return entry;
}
