import { assertNoIdentityIn, transferComplaintSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { markDeadlineMet } from '../../deadline/deadline.service.js';
import { closeTask, taskAuditOf } from '../../task/index.js';
import type { Complaint } from '../complaint.entity.js';
import { assertActiveAgency, assertActiveDepartments } from '../complaint.references.js';
import { loadSealedComplaint } from '../complaint.sealed.js';
import {
  beginComplaintStep,
  complaintDeadline,
  deadlineActorOf,
  finishComplaintStep,
} from '../complaint.steps.js';

/**
 * Transfers a complaint to the unit concerned — a department of the bureau or another agency — with the
 * handler's summary only: no identity of the complainant and none of the original material [seed §11-5].
 * It meets the 5-working-day transfer deadline [seed §11-4].
 */
export async function transferComplaint(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { toDepartmentId?: string | null; toAgencyId?: string | null; summary: string },
): Promise<Complaint> {
  const input = parseInput(transferComplaintSchema, rawInput);
  const step = await beginComplaintStep(context, id, version, 'TRANSFER');
  const { manager, complaint } = step;
  if (input.toDepartmentId) await assertActiveDepartments(manager, { toDepartmentId: input.toDepartmentId });
  if (input.toAgencyId) await assertActiveAgency(manager, 'toAgencyId', input.toAgencyId);
  assertNoIdentityIn(
    { summary: input.summary },
    await loadSealedComplaint(manager, context.services.fieldEncryption, id),
  );

  const by = deadlineActorOf(context);
  const transfer = await complaintDeadline(manager, 'COMPLAINT_TRANSFER', id);
  if (transfer?.state === 'OPEN') await markDeadlineMet(manager, by, transfer.id);
  await closeTask(
    manager,
    context.services.clock,
    { kind: 'COMPLAINT_TRANSFER', caseId: id },
    by.actorId,
    taskAuditOf(context),
  );

  complaint.summary = input.summary;
  complaint.transferredToDepartmentId = input.toDepartmentId ?? null;
  complaint.transferredToAgencyId = input.toAgencyId ?? null;
  complaint.transferredAt = context.services.clock.now();
  complaint.transferResult = null;
  return finishComplaintStep(context, step);
}
