import { DEFAULT_NOTICE_CHANNEL, parseApplicationResultCode, type NoticeChannel, type WithholdingReason } from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { cancelCaseDeadline, markDeadlineMet } from '../deadline/deadline.service.js';
import { cancelTask, closeTask, taskAuditOf } from '../task/index.js';
import type { Application } from './application.entity.js';
import { endApplicantPeriod } from './application.periods.js';
import { replyLetterOf } from './application.queries.js';
import {
  applicationDeadline,
  deadlineActorOf,
  finishApplicationStep,
  recordApplicantNotice,
  type ApplicationStep,
} from './application.steps.js';

export interface ApplicationClosing {
  resultCode: string;
  replyText?: string | null;
  publishedIndexNumbers?: string[];
  withholdingReasons?: WithholdingReason[];
  responsibleAgency?: string | null;
  linkedComplaintId?: string | null;
  noticeChannel?: NoticeChannel | null;
}

/**
 * Closes the case with its result (the reply, or the closing of art. 30 / the fee rules): the reply letter is
 * told to the applicant, the reply clock is met (or, closed for the applicant's default, cancelled), the
 * applicant's period and every open task of the case end, and the history records the day.
 */
export async function closeApplication(
  context: RequestContext,
  step: ApplicationStep,
  closing: ApplicationClosing,
): Promise<Application> {
  const { manager, application, today } = step;
  if (!parseApplicationResultCode(closing.resultCode)) throw new Error(`unknown result ${closing.resultCode}`);
  application.resultCode = closing.resultCode;
  application.replyText = closing.replyText ?? null;
  application.publishedIndexNumbers = closing.publishedIndexNumbers ?? [];
  application.withholdingReasons = closing.withholdingReasons ?? [];
  application.responsibleAgency = closing.responsibleAgency ?? null;
  application.linkedComplaintId = closing.linkedComplaintId ?? application.linkedComplaintId;
  application.replyDate = today;
  application.state = 'CLOSED';
  const letter = await replyLetterOf(manager, context.services.config.bureauName, application);
  if (!letter) throw new Error('a closed application has a reply letter');
  await recordApplicantNotice(context, application, {
    channel: closing.noticeChannel ?? DEFAULT_NOTICE_CHANNEL,
    subject: `${letter.title}（${application.caseNumber}）`,
    content: [letter.salutation, ...letter.paragraphs, letter.signature, letter.date].join('\n'),
  });

  const by = deadlineActorOf(context);
  const audit = taskAuditOf(context);
  const { clock } = context.services;
  const byApplicantDefault = closing.resultCode === 'OTHER.NO_CORRECTION' || closing.resultCode === 'OTHER.UNPAID';
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  if (reply?.state === 'OPEN') {
    if (byApplicantDefault) await cancelCaseDeadline(manager, by, reply.id, '申请人逾期未补正或未缴费，不再处理');
    else await markDeadlineMet(manager, by, reply.id);
  }
  for (const kind of ['APPLICATION_CORRECTION_PERIOD', 'APPLICATION_FEE_PAYMENT'] as const) {
    await endApplicantPeriod(context, step, kind);
  }
  if (byApplicantDefault) await cancelTask(manager, clock, { kind: 'APPLICATION_REPLY', caseId: application.id }, by.actorId, audit);
  else await closeTask(manager, clock, { kind: 'APPLICATION_REPLY', caseId: application.id }, by.actorId, audit);
  return finishApplicationStep(context, step, closing.replyText ?? null);
}
