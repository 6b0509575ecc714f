import type { NoticeChannel } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { markDeadlineMet, startCaseDeadline, suspendCaseDeadline } from '../deadline/deadline.service.js';
import { closeTask, openTask, taskAuditOf } from '../task/index.js';
import {
  applicationCaseTitle,
  applicationDeadline,
  deadlineActorOf,
  recordApplicantNotice,
  type ApplicationStep,
} from './application.steps.js';

/** The applicant's own periods: to correct the application (art. 30), to pay the fee. */
export type ApplicantPeriodKind = 'APPLICATION_CORRECTION_PERIOD' | 'APPLICATION_FEE_PAYMENT';

export interface ApplicantPeriodNotice {
  channel: NoticeChannel;
  subject: string;
  /** The notice's text, given the period's last day (or null while the calendar cannot tell it). */
  content: (dueDate: string | null) => string;
}

/**
 * Gives the applicant a period from today: its deadline, the notice telling them (with the last day), the
 * reply clock suspended meanwhile, and the handlers' task for when the period ends.
 */
export async function openApplicantPeriod(
  context: RequestContext,
  step: ApplicationStep,
  kind: ApplicantPeriodKind,
  periodWorkingDays: number,
  notice: ApplicantPeriodNotice,
  suspendReason: string,
): Promise<void> {
  const { manager, application, today } = step;
  const by = deadlineActorOf(context);
  const title = applicationCaseTitle(application.caseNumber);
  const period = await startCaseDeadline(manager, by, { kind, caseId: application.id, title, startDate: today, periodWorkingDays });
  await recordApplicantNotice(context, application, {
    channel: notice.channel,
    subject: notice.subject,
    content: notice.content(period.dueDate),
  });
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  if (reply?.state === 'OPEN') await suspendCaseDeadline(manager, by, reply.id, { on: today, reason: suspendReason });
  await openTask(
    manager,
    context.services.clock,
    { kind, caseId: application.id, title, deadlineId: period.id, actorId: by.actorId },
    taskAuditOf(context),
  );
}

/** The applicant acted, or the case closed: the period's deadline is met and its task done. */
export async function endApplicantPeriod(context: RequestContext, step: ApplicationStep, kind: ApplicantPeriodKind): Promise<void> {
  const { manager, application } = step;
  const by = deadlineActorOf(context);
  const period = await applicationDeadline(manager, kind, application.id);
  if (period?.state === 'OPEN') await markDeadlineMet(manager, by, period.id);
  await closeTask(manager, context.services.clock, { kind, caseId: application.id }, by.actorId, taskAuditOf(context));
}
