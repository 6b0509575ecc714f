import type { EntityManager } from 'typeorm';
import {
  DomainError,
  NOTICE_CHANNEL_LABELS,
  badInput,
  complaintPermissionsOf,
  complaintTransition,
  type ComplaintAction,
  type ComplaintState,
  type DeadlineKind,
  type NoticeChannel,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { loadForUpdate } from '../../shared/persistence/versioned-update.js';
import { Deadline } from '../deadline/deadline.entity.js';
import type { DeadlineActor } from '../deadline/deadline.service.js';
import { recordNoticeInMutation, type Notice } from '../notice/index.js';
import { Complaint } from './complaint.entity.js';
import { complainantAddressFor, type SealedComplaint } from './complaint.sealed.js';
import { CorrectionOrder } from './correction-order.entity.js';

/**
 * The steps every complaint use case shares: load the case at the version the handler saw, check the
 * transition with the domain, and save with its audit record; the case's deadlines and notices.
 */
export const COMPLAINT_LABEL = '投诉举报';

/** Deadlines and tasks are titled by the case number only: their lists reach people the case must not. */
export const complaintCaseTitle = (caseNumber: string): string => `投诉举报 ${caseNumber}`;

export interface ComplaintStep {
  manager: EntityManager;
  complaint: Complaint;
  before: Complaint;
  next: ComplaintState;
}

/** Whether some order to correct of the case is not yet verified (it keeps the case from closing). */
export async function hasPendingCorrectionOrders(
  manager: EntityManager,
  complaintId: string,
): Promise<boolean> {
  return manager
    .getRepository(CorrectionOrder)
    .createQueryBuilder('order')
    .where('order.complaintId = :complaintId', { complaintId })
    .andWhere("order.state <> 'VERIFIED'")
    .getExists();
}

/**
 * Loads the complaint for `action` (row-locked, refusing a stale version) and checks the transition: the
 * audit record of the mutation names the complaint whatever else it touches.
 */
export async function beginComplaintStep(
  context: RequestContext,
  id: string,
  version: number,
  action: ComplaintAction,
): Promise<ComplaintStep> {
  const scope = requireMutationScope(context);
  if (isUuid(id)) scope.subject = { entityType: 'Complaint', entityId: id };
  const complaint = await loadForUpdate(scope.manager, Complaint, id, version, COMPLAINT_LABEL);
  const facts =
    action === 'CLOSE'
      ? { hasPendingCorrectionOrders: await hasPendingCorrectionOrders(scope.manager, complaint.id) }
      : undefined;
  const next = complaintTransition(complaint.state, action, complaintPermissionsOf(context.actor), facts);
  return { manager: scope.manager, complaint, before: { ...complaint }, next };
}

/** Saves the complaint in its next state and records the change. */
export async function finishComplaintStep(context: RequestContext, step: ComplaintStep): Promise<Complaint> {
  const { manager, complaint, before, next } = step;
  complaint.state = next;
  complaint.updatedAt = context.services.clock.now();
  // Every step is a new version, even one that changes only the case's deadline or notices (an extension).
  complaint.version = before.version + 1;
  await manager.save(complaint);
  recordChange(context, 'Complaint', complaint.id, before, complaint);
  return complaint;
}

export const deadlineActorOf = (context: RequestContext): DeadlineActor => ({
  clock: context.services.clock,
  actorId: staffIdOf(context),
});

/** The case's deadline of `kind`, or null when none was started. */
export function complaintDeadline(
  manager: EntityManager,
  kind: DeadlineKind,
  complaintId: string,
): Promise<Deadline | null> {
  return manager.findOneBy(Deadline, { kind, caseId: complaintId, caseKind: 'COMPLAINT' });
}

export interface ComplainantNotice {
  channel: NoticeChannel;
  subject: string;
  content: string;
  /** A "tell within N working days" deadline the notice meets. */
  deadlineId?: string | null;
}

/**
 * Tells the complainant (SPEC §2.3a), in the running mutation: the complainant is named by the case id only;
 * for SMS, e-mail, post or phone the address comes from the sealed record (and is kept encrypted by the
 * notice). The content is the handler's text, checked beforehand not to name the complainant.
 */
export async function recordComplainantNotice(
  context: RequestContext,
  complaint: Complaint,
  sealed: SealedComplaint,
  notice: ComplainantNotice,
): Promise<Notice> {
  const contactAddress = complainantAddressFor(notice.channel, sealed);
  try {
    const recorded = await recordNoticeInMutation(context, {
      caseKind: 'COMPLAINT',
      caseId: complaint.id,
      recipientKind: 'COMPLAINANT',
      recipientRef: complaint.id,
      channel: notice.channel,
      contactAddress,
      subject: notice.subject,
      content: notice.content,
      deadlineId: notice.deadlineId ?? null,
    });
    return recorded.notice;
  } catch (error) {
    // The sealed address does not suit the channel (a landline for SMS): say so on the channel, never the address.
    const problem = error instanceof DomainError ? error.fields?.contactAddress?.[0] : undefined;
    if (!problem) throw error;
    const message = `投诉举报人留下的联系方式不能用于“${NOTICE_CHANNEL_LABELS[notice.channel]}”（${problem}），请选择其他告知方式`;
    throw badInput('COMPLAINT.NO_CONTACT_FOR_CHANNEL', message, { noticeChannel: [message] });
  }
}
