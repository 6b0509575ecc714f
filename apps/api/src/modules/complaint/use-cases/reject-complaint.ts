import {
  NOT_ACCEPTED_REASON_LABELS,
  assertNoIdentityIn,
  rejectComplaintSchema,
  type NoticeChannel,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { staffIdOf } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { cancelCaseDeadline } from '../../deadline/deadline.service.js';
import { cancelTask, closeTask, taskAuditOf } from '../../task/index.js';
import type { Complaint } from '../complaint.entity.js';
import { loadSealedComplaint } from '../complaint.sealed.js';
import {
  beginComplaintStep,
  complaintDeadline,
  deadlineActorOf,
  finishComplaintStep,
  recordComplainantNotice,
} from '../complaint.steps.js';

/**
 * Does not accept a complaint: the reason is told to the complainant (a notice, in the same transaction),
 * which meets the 3-working-day deadline [seed §11-3(3)]; the handling clock stops.
 */
export async function rejectComplaint(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { reason: string; text: string; noticeChannel?: NoticeChannel | null },
): Promise<Complaint> {
  const input = parseInput(rejectComplaintSchema, rawInput);
  const step = await beginComplaintStep(context, id, version, 'REJECT');
  const { manager, complaint } = step;
  const sealed = await loadSealedComplaint(manager, context.services.fieldEncryption, id);
  assertNoIdentityIn({ text: input.text }, sealed);

  const { clock } = context.services;
  const by = deadlineActorOf(context);
  const audit = taskAuditOf(context);
  const acceptance = await complaintDeadline(manager, 'COMPLAINT_ACCEPTANCE_NOTICE', id);
  await recordComplainantNotice(context, complaint, sealed, {
    channel: input.noticeChannel,
    subject: '投诉举报不予受理告知',
    content: [
      `您于 ${complaint.receivedDate} 提出的投诉举报（案件编号 ${complaint.caseNumber}）经审查，决定不予受理。`,
      `理由：${NOT_ACCEPTED_REASON_LABELS[input.reason]}。`,
      input.text,
    ].join('\n'),
    deadlineId: acceptance?.state === 'OPEN' ? acceptance.id : null,
  });
  await closeTask(manager, clock, { kind: 'COMPLAINT_ACCEPTANCE_NOTICE', caseId: id }, by.actorId, audit);
  const handling = await complaintDeadline(manager, 'COMPLAINT_HANDLING', id);
  if (handling?.state === 'OPEN') await cancelCaseDeadline(manager, by, handling.id, '不予受理');
  await cancelTask(manager, clock, { kind: 'COMPLAINT_HANDLING', caseId: id }, by.actorId, audit);

  complaint.notAcceptedReason = input.reason;
  complaint.notAcceptedText = input.text;
  complaint.handlerId = staffIdOf(context) ?? complaint.handlerId;
  return finishComplaintStep(context, step);
}
