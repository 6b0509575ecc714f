import type { EntityManager } from 'typeorm';
import {
  APPLICATION_MODULE_PERMISSIONS,
  DomainError,
  NOTICE_CHANNEL_LABELS,
  badInput,
  dueDateOf,
  hasPermission,
  isConsultationOpen,
  applicationTransition,
  startDeadline,
  type Actor,
  type ApplicationAction,
  type ApplicationFacts,
  type ApplicationState,
  type CalendarDate,
  type DeadlineKind,
  type NoticeChannel,
  type Permission,
} from '@gdp/domain';
import type { AppConfig } from '../../config.js';
import type { Clock } from '../../clock.js';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { loadForUpdate } from '../../shared/persistence/versioned-update.js';
import { loadWorkingDayCalendar } from '../calendar/calendar.service.js';
import { Consultation } from '../consultation/consultation.entity.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { todayOf, type DeadlineActor } from '../deadline/deadline.service.js';
import { recordNoticeInMutation, type Notice } from '../notice/index.js';
import { applicantAddressFor, loadApplicant } from './application.applicant.js';
import { Application, ApplicationEvent, type ApplicationEventAction } from './application.entity.js';

/**
 * What every application use case shares: load the case at the version the handler saw, compute the facts
 * the workflow needs (the 补正 window, the clock, open consultations, the applicant's periods), check the
 * transition with the domain, save with the audit record and a line of history; notices to the applicant.
 */
export const APPLICATION_LABEL = '政府信息公开申请';

/** Deadlines and tasks are titled by the case number only: their lists reach people the case need not. */
export const applicationCaseTitle = (caseNumber: string): string => `政府信息公开申请 ${caseNumber}`;

/** Art. 30: a 补正 notice within 7 working days of receipt. */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;

export const applicationPermissionsOf = (actor: Actor): Permission[] =>
  APPLICATION_MODULE_PERMISSIONS.filter((permission) => hasPermission(actor, permission));

export const deadlineActorOf = (context: RequestContext): DeadlineActor => ({
  clock: context.services.clock,
  actorId: staffIdOf(context),
});

export function applicationDeadline(
  manager: EntityManager,
  kind: DeadlineKind,
  applicationId: string,
): Promise<Deadline | null> {
  return manager.findOneBy(Deadline, { kind, caseId: applicationId, caseKind: 'APPLICATION' });
}

/** The application's consultations (third parties, joint agencies), oldest first. */
export const consultationsOfApplication = (manager: EntityManager, applicationId: string): Promise<Consultation[]> =>
  manager.find(Consultation, {
    where: { subjectKind: 'APPLICATION', subjectId: applicationId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });

export async function hasOpenConsultation(manager: EntityManager, applicationId: string): Promise<boolean> {
  const consultations = await consultationsOfApplication(manager, applicationId);
  return consultations.some((consultation) => isConsultationOpen(consultation.use, consultation.state));
}

/** The facts of the workflow (application.workflow.ts) for this case today. */
export async function applicationFactsOf(
  manager: EntityManager,
  services: { clock: Clock; config: AppConfig },
  application: Application,
): Promise<ApplicationFacts> {
  const today = todayOf(services.clock);
  const calendar = await loadWorkingDayCalendar(manager);
  const windowEnd = dueDateOf(calendar, startDeadline(application.receivedDate, CORRECTION_NOTICE_WORKING_DAYS));
  const reply = await applicationDeadline(manager, 'APPLICATION_REPLY', application.id);
  const periodKind: DeadlineKind | null =
    application.state === 'AWAITING_CORRECTION'
      ? 'APPLICATION_CORRECTION_PERIOD'
      : application.state === 'AWAITING_FEE'
        ? 'APPLICATION_FEE_PAYMENT'
        : null;
  const period = periodKind ? await applicationDeadline(manager, periodKind, application.id) : null;
  return {
    correctionWindowOpen: windowEnd !== null && today <= windowEnd,
    correctionRequested: application.correctionRequestedDate !== null,
    extended: (reply?.extensionCount ?? 0) > 0,
    hasOpenConsultation: await hasOpenConsultation(manager, application.id),
    feeNoticeAllowed: services.config.applicationFeesEnabled && application.feeNoticeDate === null,
    applicantPeriodOver: period?.dueDate != null && period.dueDate < today,
    reasonsRequested: application.reasonsRequestedDate !== null,
    reasonablePeriodSet: application.reasonablePeriodWorkingDays !== null,
  };
}

export interface ApplicationStep {
  manager: EntityManager;
  application: Application;
  before: Application;
  action: ApplicationEventAction;
  next: ApplicationState;
  today: CalendarDate;
  /** A step the review takes (a reviewer returns or decides): the handler of record stays. */
  keepsHandler?: boolean;
}

/** Loads the application for `action` (row-locked; a stale version → CONFLICT) and checks the transition. */
export async function beginApplicationStep(
  context: RequestContext,
  id: string,
  version: number,
  action: ApplicationAction,
): Promise<ApplicationStep> {
  const scope = requireMutationScope(context);
  if (isUuid(id)) scope.subject = { entityType: 'Application', entityId: id };
  const application = await loadForUpdate(scope.manager, Application, id, version, APPLICATION_LABEL);
  const facts = await applicationFactsOf(scope.manager, context.services, application);
  const next = applicationTransition(application.state, action, applicationPermissionsOf(context.actor), facts);
  return {
    manager: scope.manager,
    application,
    before: { ...application },
    action,
    next,
    today: todayOf(context.services.clock),
  };
}

/** Saves the application in its next state, with its audit record and a line of history. */
export async function finishApplicationStep(
  context: RequestContext,
  step: ApplicationStep,
  note: string | null = null,
): Promise<Application> {
  const { manager, application, before, next, action } = step;
  application.state = next;
  application.updatedAt = context.services.clock.now();
  if (!step.keepsHandler) application.handlerId = staffIdOf(context) ?? application.handlerId;
  // Every step is a new version, even one that changes only the clock (an extension, a consultation).
  application.version = before.version + 1;
  await manager.save(application);
  recordChange(context, 'Application', application.id, before, application);
  await recordApplicationEvent(manager, context, application.id, action, before.state, next, step.today, note);
  return application;
}

export async function recordApplicationEvent(
  manager: EntityManager,
  context: Pick<RequestContext, 'services' | 'actor'>,
  applicationId: string,
  action: ApplicationEventAction,
  fromState: ApplicationState | null,
  toState: ApplicationState,
  onDate: CalendarDate,
  note: string | null,
): Promise<ApplicationEvent> {
  const event = manager.create(ApplicationEvent, {
    applicationId,
    action,
    fromState,
    toState,
    onDate,
    actorId: context.actor.kind === 'staff' ? context.actor.userId : null,
    note,
    at: context.services.clock.now(),
  });
  await manager.save(event);
  return event;
}

export interface ApplicantNotice {
  channel: NoticeChannel;
  subject: string;
  content: string;
  deadlineId?: string | null;
}

/**
 * Tells the applicant (SPEC §2.3a), in the running mutation: named by the case id only; the address for
 * SMS, e-mail, post or phone comes from the applicant's record (and is kept encrypted by the notice).
 */
export async function recordApplicantNotice(
  context: RequestContext,
  application: Application,
  notice: ApplicantNotice,
): Promise<Notice> {
  const manager = requireMutationScope(context).manager;
  const record = await loadApplicant(manager, application.id);
  const contactAddress = applicantAddressFor(notice.channel, record);
  try {
    const recorded = await recordNoticeInMutation(context, {
      caseKind: 'APPLICATION',
      caseId: application.id,
      recipientKind: 'APPLICANT',
      recipientRef: application.id,
      channel: notice.channel,
      contactAddress,
      subject: notice.subject,
      content: notice.content,
      deadlineId: notice.deadlineId ?? null,
    });
    return recorded.notice;
  } catch (error) {
    const problem = error instanceof DomainError ? error.fields?.contactAddress?.[0] : undefined;
    if (!problem) throw error;
    const message = `申请人留下的联系方式不能用于“${NOTICE_CHANNEL_LABELS[notice.channel]}”（${problem}），请选择其他告知方式`;
    throw badInput('APPLICATION.NO_CONTACT_FOR_CHANNEL', message, { noticeChannel: [message] });
  }
}

/** A date a handler records (receipt of a correction, a payment) must not lie in the future or before `notBefore`. */
export function assertRecordedDate(
  date: CalendarDate,
  today: CalendarDate,
  field: string,
  label: string,
  notBefore: { date: CalendarDate; label: string } | null = null,
): void {
  if (date > today) throw badInput('APPLICATION.DATE_IN_FUTURE', `${label}不能晚于今天`, { [field]: [`${label}不能晚于今天`] });
  if (notBefore && date < notBefore.date) {
    const message = `${label}不能早于${notBefore.label}（${notBefore.date}）`;
    throw badInput('APPLICATION.DATE_TOO_EARLY', message, { [field]: [message] });
  }
}
