import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { ExternalAgency } from '../external-agency.entity.js';

/** Agencies are deactivated, never deleted: joint documents and consultations will point to them. */
export async function setExternalAgencyActive(
  context: RequestContext,
  id: string,
  version: number,
  isActive: boolean,
): Promise<ExternalAgency> {
  const { manager } = requireMutationScope(context);
  const agency = await loadForUpdate(manager, ExternalAgency, id, version, '其他行政机关');
  const before = { ...agency };
  agency.isActive = isActive;
  agency.updatedAt = context.services.clock.now();
  await manager.save(agency);
  recordChange(context, 'ExternalAgency', id, before, agency);
  return agency;
}
