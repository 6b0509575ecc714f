import { assertNoIdentityIn, complaintTransferResultSchema } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import type { Complaint } from '../complaint.entity.js';
import { loadSealedComplaint } from '../complaint.sealed.js';
import { beginComplaintStep, finishComplaintStep } from '../complaint.steps.js';

/** Records what the unit a complaint was transferred to found or did; the case is back under investigation. */
export async function recordComplaintTransferResult(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { text: string },
): Promise<Complaint> {
  const input = parseInput(complaintTransferResultSchema, rawInput);
  const step = await beginComplaintStep(context, id, version, 'RECORD_TRANSFER_RESULT');
  assertNoIdentityIn(
    { text: input.text },
    await loadSealedComplaint(step.manager, context.services.fieldEncryption, id),
  );
  step.complaint.transferResult = input.text;
  return finishComplaintStep(context, step);
}
