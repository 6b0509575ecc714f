import { externalAgencyInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { ExternalAgency } from '../external-agency.entity.js';
import { assertAgencyNameAvailable, saveExternalAgency } from '../external-agency.persistence.js';
import type { ExternalAgencyInput } from '../external-agency.types.js';

/** Registers another administrative agency (GENERAL_OFFICE / LEADERSHIP_OFFICE). */
export async function createExternalAgency(
  context: RequestContext,
  rawInput: ExternalAgencyInput,
): Promise<ExternalAgency> {
  const input = parseInput(externalAgencyInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  await assertAgencyNameAvailable(manager, input.name);
  const now = context.services.clock.now();
  const agency = manager.create(ExternalAgency, {
    name: input.name,
    kind: input.kind,
    contactPerson: input.contactPerson ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
    notes: input.notes ?? null,
    isActive: true,
    createdAt: now,
    updatedAt: now,
  });
  await saveExternalAgency(manager, agency);
  recordChange(context, 'ExternalAgency', agency.id, null, agency);
  return agency;
}
