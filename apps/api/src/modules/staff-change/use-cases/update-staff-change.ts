import { staffChangeInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { StaffChange } from '../staff-change.entity.js';
import { assertStaffChangeReferences } from '../staff-change.references.js';
import type { StaffChangeInput } from '../staff-change.types.js';

/**
 * Corrects a staff change: ledger records are never deleted, so a mistake is put right here, at the
 * version the editor saw; the audit log keeps what it said before. Who recorded it and when stay.
 */
export async function updateStaffChange(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: StaffChangeInput,
): Promise<StaffChange> {
  const input = parseInput(staffChangeInputSchema, rawInput);
  if (context.actor.kind !== 'staff') throw forbidden();
  const { manager } = requireMutationScope(context);
  const change = await loadForUpdate(manager, StaffChange, id, version, '人员变动记录');
  await assertStaffChangeReferences(manager, input);
  const before = { ...change };
  Object.assign(change, {
    effectiveDate: input.effectiveDate,
    kind: input.kind,
    departmentId: input.departmentId ?? null,
    personName: input.personName,
    userId: input.userId ?? null,
    description: input.description ?? null,
    documentNumber: input.documentNumber ?? null,
    updatedById: context.actor.userId,
    updatedAt: context.services.clock.now(),
  });
  await manager.save(change);
  recordChange(context, 'StaffChange', id, before, change);
  return change;
}
