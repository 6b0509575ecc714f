import { DomainError, dueDateOf, extend, extendApplicationSchema, hasPermission, type NoticeChannel } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { staffIdOf } from '../../../context.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { loadWorkingDayCalendar } from '../../calendar/calendar.service.js';
import { extendCaseDeadline, toDomain } from '../../deadline/deadline.service.js';
import type { Application } from '../application.entity.js';
import {
  applicationDeadline,
  beginApplicationStep,
  deadlineActorOf,
  finishApplicationStep,
  recordApplicantNotice,
} from '../application.steps.js';

/**
 * Art. 33: the reply period may be extended once, by at most 20 working days, with the consent of the
 * disclosure office's head (APPLICATION_EXTENSION_APPROVE) and a notice to the applicant — the deadline
 * policy refuses the extension without that notice, so it is recorded first, in the same transaction.
 */
export async function extendApplication(
  context: RequestContext,
  id: string,
  version: number,
  rawInput: { byWorkingDays: number; reason: string; noticeChannel?: NoticeChannel | null },
): Promise<Application> {
  const input = parseInput(extendApplicationSchema, rawInput);
  const step = await beginApplicationStep(context, id, version, 'EXTEND');
  const { manager, application } = step;
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  if (reply?.state !== 'OPEN') {
    throw new DomainError('INVALID_TRANSITION', 'APPLICATION.REPLY_DEADLINE_CLOSED', '该申请的答复期限已结束，不能延期', {
      allowedActions: [],
    });
  }
  const calendar = await loadWorkingDayCalendar(manager);
  const newDueDate = dueDateOf(calendar, extend(toDomain(reply), input.byWorkingDays));
  const notice = await recordApplicantNotice(context, application, {
    channel: input.noticeChannel,
    subject: `政府信息公开申请延期答复告知书（${application.caseNumber}）`,
    content: [
      `您于 ${application.receivedDate} 提出的政府信息公开申请（案件编号 ${application.caseNumber}），因正当理由不能在 20 个工作日内答复，经本机关政府信息公开工作机构负责人同意，答复期限延长 ${input.byWorkingDays} 个工作日` +
        (newDueDate ? `，至 ${newDueDate}。` : '。'),
      `理由：${input.reason}`,
    ].join('\n'),
  });
  await extendCaseDeadline(manager, deadlineActorOf(context), reply.id, {
    byWorkingDays: input.byWorkingDays,
    reason: input.reason,
    approverId: staffIdOf(context),
    approverHasPermission: hasPermission(context.actor, 'APPLICATION_EXTENSION_APPROVE'),
    noticeId: notice.id,
  });
  return finishApplicationStep(context, step, input.reason);
}
