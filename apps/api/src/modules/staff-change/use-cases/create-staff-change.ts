import { staffChangeInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { StaffChange } from '../staff-change.entity.js';
import { assertStaffChangeReferences } from '../staff-change.references.js';
import type { StaffChangeInput } from '../staff-change.types.js';

/** Records a staff change in the ledger; the recorder is the signed-in member of staff. */
export async function createStaffChange(
  context: RequestContext,
  rawInput: StaffChangeInput,
): Promise<StaffChange> {
  const input = parseInput(staffChangeInputSchema, rawInput);
  if (context.actor.kind !== 'staff') throw forbidden();
  const { manager } = requireMutationScope(context);
  await assertStaffChangeReferences(manager, input);
  const now = context.services.clock.now();
  const change = manager.create(StaffChange, {
    effectiveDate: input.effectiveDate,
    kind: input.kind,
    departmentId: input.departmentId ?? null,
    personName: input.personName,
    userId: input.userId ?? null,
    description: input.description ?? null,
    documentNumber: input.documentNumber ?? null,
    recordedById: context.actor.userId,
    recordedAt: now,
    updatedById: null,
    updatedAt: now,
  });
  await manager.save(change);
  recordChange(context, 'StaffChange', change.id, null, change);
  return change;
}
