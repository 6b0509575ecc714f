import { externalAgencyInputSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { ExternalAgency } from '../external-agency.entity.js';
import { assertAgencyNameAvailable, saveExternalAgency } from '../external-agency.persistence.js';
import type { ExternalAgencyInput } from '../external-agency.types.js';

/** Edits an agency at the version the editor saw (a stale version is refused, never overwritten). */
export async function updateExternalAgency(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: ExternalAgencyInput,
): Promise<ExternalAgency> {
  const input = parseInput(externalAgencyInputSchema, rawInput);
  const { manager } = requireMutationScope(context);
  const agency = await loadForUpdate(manager, ExternalAgency, id, version, '其他行政机关');
  await assertAgencyNameAvailable(manager, input.name, id);
  const before = { ...agency };
  Object.assign(agency, {
    name: input.name,
    kind: input.kind,
    contactPerson: input.contactPerson ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
    notes: input.notes ?? null,
    updatedAt: context.services.clock.now(),
  });
  await saveExternalAgency(manager, agency);
  recordChange(context, 'ExternalAgency', id, before, agency);
  return agency;
}
