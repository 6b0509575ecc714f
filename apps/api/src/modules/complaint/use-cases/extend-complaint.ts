import {
  DomainError,
  assertNoIdentityIn,
  dueDateOf,
  extend,
  extendComplaintSchema,
  type NoticeChannel,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { staffIdOf } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { loadWorkingDayCalendar } from '../../calendar/calendar.service.js';
import { extendCaseDeadline, toDomain } from '../../deadline/deadline.service.js';
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
 * Extends the 15-working-day handling deadline "for special reasons" [seed §11-4]: the reason is recorded
 * and told to the complainant (a notice in the same transaction, which the deadline policy requires).
 */
export async function extendComplaint(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { byWorkingDays: number; reason: string; noticeChannel?: NoticeChannel | null },
): Promise<Complaint> {
  const input = parseInput(extendComplaintSchema, rawInput);
  const step = await beginComplaintStep(context, id, version, 'EXTEND');
  const { manager, complaint } = step;
  const sealed = await loadSealedComplaint(manager, context.services.fieldEncryption, id);
  assertNoIdentityIn({ reason: input.reason }, sealed);

  const handling = await complaintDeadline(manager, 'COMPLAINT_HANDLING', id);
  if (handling?.state !== 'OPEN') {
    throw new DomainError(
      'INVALID_TRANSITION',
      'COMPLAINT.HANDLING_DEADLINE_CLOSED',
      '该投诉举报的办理时限已结束，不能延期',
      {
        allowedActions: [],
      },
    );
  }
  const calendar = await loadWorkingDayCalendar(manager);
  const newDueDate = dueDateOf(calendar, extend(toDomain(handling), input.byWorkingDays));
  const notice = await recordComplainantNotice(context, complaint, sealed, {
    channel: input.noticeChannel,
    subject: '投诉举报延期办理告知',
    content: [
      `您的投诉举报（案件编号 ${complaint.caseNumber}）因特殊原因不能按期办结，办理期限延长 ${input.byWorkingDays} 个工作日` +
        (newDueDate ? `，至 ${newDueDate}。` : '。'),
      `原因：${input.reason}`,
    ].join('\n'),
  });
  await extendCaseDeadline(manager, deadlineActorOf(context), handling.id, {
    byWorkingDays: input.byWorkingDays,
    reason: input.reason,
    approverId: staffIdOf(context),
    approverHasPermission: true,
    noticeId: notice.id,
  });
  return finishComplaintStep(context, step);
}
