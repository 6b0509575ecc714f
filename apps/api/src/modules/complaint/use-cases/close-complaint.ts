import type { RequestContext } from '../../../context.js';
import type { Complaint } from '../complaint.entity.js';
import { beginComplaintStep, finishComplaintStep } from '../complaint.steps.js';

/** Closes (办结) a handled complaint once every order to correct is verified. */
export async function closeComplaint(
  context: RequestContext,
  id: string,
  version: number,
): Promise<Complaint> {
  const step = await beginComplaintStep(context, id, version, 'CLOSE');
  step.complaint.closedAt = context.services.clock.now();
  return finishComplaintStep(context, step);
}
