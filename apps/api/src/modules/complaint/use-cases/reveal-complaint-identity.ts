import {
  assertNoIdentityIn,
  complaintPermissionsOf,
  complaintTransition,
  revealComplaintIdentitySchema,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { Complaint, ComplaintIdentityReveal } from '../complaint.entity.js';
import { loadSealedComplaint, type SealedComplaint } from '../complaint.sealed.js';

/**
 * Opens a complaint's sealed identity and material for a holder of COMPLAINT_IDENTITY_REVEAL [seed §11-5]:
 * a mutation so that every read is recorded — who, when, why — in the reveal record and the audit row,
 * neither of which holds a revealed value.
 */
export async function revealComplaintIdentity(
  context: RequestContext,
  id: string,
  rawReason: string,
): Promise<SealedComplaint> {
  const { reason } = parseInput(revealComplaintIdentitySchema, { reason: rawReason });
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const complaint = isUuid(id) ? await manager.findOneBy(Complaint, { id }) : null;
  if (!complaint || context.actor.kind !== 'staff') throw notFound('投诉举报');
  scope.subject = { entityType: 'Complaint', entityId: id };
  complaintTransition(complaint.state, 'REVEAL_IDENTITY', complaintPermissionsOf(context.actor));
  const sealed = await loadSealedComplaint(manager, context.services.fieldEncryption, id);
  // The reason is kept in clear for the auditor: it must not itself disclose the person.
  assertNoIdentityIn({ reason }, sealed);
  const reveal = manager.create(ComplaintIdentityReveal, {
    complaintId: id,
    revealedById: context.actor.userId,
    reason,
    revealedAt: context.services.clock.now(),
  });
  await manager.save(reveal);
  recordChange(context, 'ComplaintIdentityReveal', reveal.id, null, reveal);
  return sealed;
}
