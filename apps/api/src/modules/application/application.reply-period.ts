import { DomainError, dueDateOf, extend, hasPermission, type CalendarDate, type NoticeChannel } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { staffIdOf } from '../../context.js';
import { loadWorkingDayCalendar } from '../calendar/calendar.service.js';
import { extendCaseDeadline, lengthenCaseDeadline, toDomain } from '../deadline/deadline.service.js';
import { applicationDeadline, deadlineActorOf, recordApplicantNotice, type ApplicationStep } from './application.steps.js';

/**
 * Moves the reply's due date later by working days, told to the applicant first (the deadline policy
 * refuses the change without its notice, recorded in the same transaction): an extension of art. 33, or
 * the longer reasonable period of art. 35. Both need the disclosure office head's approval.
 */
export async function lengthenReplyPeriod(
  context: RequestContext,
  step: ApplicationStep,
  basis: 'EXTENSION' | 'REASONABLE_PERIOD',
  input: { byWorkingDays: number; reason: string; noticeChannel: NoticeChannel },
  notice: { subject: string; content: (newDueDate: CalendarDate | null) => string },
): Promise<void> {
  const { manager, application } = step;
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  if (reply?.state !== 'OPEN') {
    throw new DomainError('INVALID_TRANSITION', 'APPLICATION.REPLY_DEADLINE_CLOSED', '该申请的答复期限已结束，不能再延长', {
      allowedActions: [],
    });
  }
  const calendar = await loadWorkingDayCalendar(manager);
  const newDueDate = dueDateOf(calendar, extend(toDomain(reply), input.byWorkingDays));
  const recorded = await recordApplicantNotice(context, application, {
    channel: input.noticeChannel,
    subject: notice.subject,
    content: notice.content(newDueDate),
  });
  const change = basis === 'EXTENSION' ? extendCaseDeadline : lengthenCaseDeadline;
  await change(manager, deadlineActorOf(context), reply.id, {
    byWorkingDays: input.byWorkingDays,
    reason: input.reason,
    approverId: staffIdOf(context),
    approverHasPermission: hasPermission(context.actor, 'APPLICATION_EXTENSION_APPROVE'),
    noticeId: recorded.id,
  });
}
