import { acceptComplaintSchema, assertNoIdentityIn, badInput } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { staffIdOf } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { markDeadlineMet, startCaseDeadline } from '../../deadline/deadline.service.js';
import { closeTask, openTask, taskAuditOf } from '../../task/index.js';
import type { Complaint } from '../complaint.entity.js';
import { loadSealedComplaint } from '../complaint.sealed.js';
import {
  beginComplaintStep,
  complaintCaseTitle,
  complaintDeadline,
  deadlineActorOf,
  finishComplaintStep,
} from '../complaint.steps.js';

/**
 * Accepts a complaint for investigation: the acceptance deadline is met; the handling task opens on the
 * 15-working-day clock running since receipt; when the matter belongs to another unit, the transfer clock
 * (5 working days from receipt, seed §11-4) starts with its task. The case needs the handler's summary by now.
 */
export async function acceptComplaint(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { needsTransfer: boolean; summary?: string | null },
): Promise<Complaint> {
  const input = parseInput(acceptComplaintSchema, rawInput);
  const step = await beginComplaintStep(context, id, version, 'ACCEPT');
  const { manager, complaint } = step;
  const summary = input.summary ?? complaint.summary;
  if (!summary) {
    const message = '请填写事项摘要（转办和统计只使用摘要，不使用原始材料）';
    throw badInput('COMPLAINT.SUMMARY_REQUIRED', message, { summary: [message] });
  }
  if (input.summary) {
    assertNoIdentityIn(
      { summary: input.summary },
      await loadSealedComplaint(manager, context.services.fieldEncryption, id),
    );
  }

  const { clock } = context.services;
  const by = deadlineActorOf(context);
  const audit = taskAuditOf(context);
  const title = complaintCaseTitle(complaint.caseNumber);
  const acceptance = await complaintDeadline(manager, 'COMPLAINT_ACCEPTANCE_NOTICE', id);
  if (acceptance?.state === 'OPEN') await markDeadlineMet(manager, by, acceptance.id);
  await closeTask(manager, clock, { kind: 'COMPLAINT_ACCEPTANCE_NOTICE', caseId: id }, by.actorId, audit);

  const handling = await complaintDeadline(manager, 'COMPLAINT_HANDLING', id);
  await openTask(
    manager,
    clock,
    { kind: 'COMPLAINT_HANDLING', caseId: id, title, deadlineId: handling?.id ?? null, actorId: by.actorId },
    audit,
  );
  if (input.needsTransfer) {
    const transfer = await startCaseDeadline(manager, by, {
      kind: 'COMPLAINT_TRANSFER',
      caseId: id,
      title,
      startDate: complaint.receivedDate,
    });
    await openTask(
      manager,
      clock,
      { kind: 'COMPLAINT_TRANSFER', caseId: id, title, deadlineId: transfer.id, actorId: by.actorId },
      audit,
    );
  }

  complaint.summary = summary;
  complaint.handlerId = staffIdOf(context) ?? complaint.handlerId;
  return finishComplaintStep(context, step);
}
