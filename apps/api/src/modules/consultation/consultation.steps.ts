import { In, type EntityManager } from 'typeorm';
import {
  CONSULTATION_POLICIES,
  blocksPublication,
  blocksSigning,
  transitionConsultation,
  type ConsultationCommand,
  type ConsultationFacts,
  type ConsultationState,
  type ConsultationTransition,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { loadForUpdate } from '../../shared/persistence/versioned-update.js';
import { Deadline } from '../deadline/deadline.entity.js';
import { todayOf, type DeadlineActor } from '../deadline/deadline.service.js';
import { findReadableDocument } from '../document/document.access.js';
import type { Document } from '../document/document.entity.js';
import { ExternalAgency } from '../external-agency/external-agency.entity.js';
import { Department } from '../organisation/department.entity.js';
import { Consultation, ConsultationEvent } from './consultation.entity.js';

export const CONSULTATION_LABEL = '征求意见';
const TITLE_MAX = 200;

/** Deadlines and tasks carry the document's title only (their lists reach people the letter need not). */
export const consultationTitle = (use: Consultation['use'], documentTitle: string): string =>
  `${CONSULTATION_POLICIES[use].label}：${documentTitle}`.slice(0, TITLE_MAX);

export const deadlineActorOf = (context: RequestContext): DeadlineActor => ({
  clock: context.services.clock,
  actorId: staffIdOf(context),
});

/** Whether the reply period of the consultation's open deadline has passed (silence can be acted on). */
export async function isReplyOverdue(
  manager: EntityManager,
  context: Pick<RequestContext, 'services'>,
  consultation: Consultation,
): Promise<boolean> {
  if (!consultation.deadlineId) return false;
  const deadline = await manager.findOneBy(Deadline, { id: consultation.deadlineId });
  return Boolean(deadline?.dueDate && deadline.dueDate < todayOf(context.services.clock));
}

export const consultationFactsOf = (consultation: Consultation, isOverdue: boolean): ConsultationFacts => ({
  use: consultation.use,
  state: consultation.state,
  departmentId: consultation.departmentId,
  consulteeDepartmentId: consultation.consulteeDepartmentId,
  isReplyOverdue: isOverdue,
});

export interface ConsultationStep {
  manager: EntityManager;
  consultation: Consultation;
  before: Consultation;
  /** The document consulted on; null for an application's consultation. */
  document: Document | null;
  transition: ConsultationTransition;
}

/**
 * Loads the consultation at the version the caller saw (row-locked; stale → CONFLICT; one of a document the
 * caller cannot read → NOT_FOUND) and checks the step with the domain's workflow.
 */
export async function beginConsultationStep(
  context: RequestContext,
  id: string,
  version: number,
  command: ConsultationCommand,
): Promise<ConsultationStep> {
  const scope = requireMutationScope(context);
  if (isUuid(id)) scope.subject = { entityType: 'Consultation', entityId: id };
  const { manager } = scope;
  const consultation = await loadForUpdate(manager, Consultation, id, version, CONSULTATION_LABEL);
  // An application's consultation is checked by the workflow (the disclosure office's, bureau-wide).
  const document =
    consultation.subjectKind === 'DOCUMENT'
      ? await findReadableDocument(manager, context.actor, consultation.subjectId)
      : null;
  const actor =
    context.actor.kind === 'staff'
      ? { userId: context.actor.userId, grants: context.actor.grants }
      : { userId: '', grants: [] };
  const transition = transitionConsultation(
    consultationFactsOf(consultation, await isReplyOverdue(manager, context, consultation)),
    actor,
    command,
  );
  return { manager, consultation, before: { ...consultation }, document, transition };
}

/** A consultation as sent: no answer, settlement or deadline yet; the caller names subject, use and consultee. */
export const SENT_CONSULTATION = {
  state: 'SENT',
  replyAgrees: null,
  replyText: null,
  repliedOn: null,
  answeredById: null,
  answeredAt: null,
  settlementBody: null,
  settlementDecision: null,
  settlementReference: null,
  settlementSummary: null,
  deadlineId: null,
} as const satisfies Partial<Consultation>;

/** Saves the consultation in its next state with its audit record and a line of its history. */
export async function finishConsultationStep(
  context: RequestContext,
  step: ConsultationStep,
): Promise<Consultation> {
  const { manager, consultation, before, transition } = step;
  consultation.state = transition.state;
  consultation.updatedAt = context.services.clock.now();
  consultation.version = before.version + 1;
  await manager.save(consultation);
  recordChange(context, 'Consultation', consultation.id, before, consultation);
  await recordConsultationEvent(
    manager,
    context,
    consultation.id,
    transition.action,
    before.state,
    consultation.state,
    transition.note,
  );
  return consultation;
}

export async function recordConsultationEvent(
  manager: EntityManager,
  context: RequestContext,
  consultationId: string,
  action: ConsultationEvent['action'],
  fromState: ConsultationState | null,
  toState: ConsultationState,
  note: string | null,
): Promise<void> {
  await manager.insert(ConsultationEvent, {
    consultationId,
    action,
    fromState,
    toState,
    note,
    actorId: staffIdOf(context),
    at: context.services.clock.now(),
  });
}

/** The consultations of a document, oldest first. */
export const consultationsOfDocument = (
  manager: EntityManager,
  documentId: string,
): Promise<Consultation[]> =>
  manager.find(Consultation, {
    where: { subjectKind: 'DOCUMENT', subjectId: documentId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });

/** 签发 is refused while a consultation with another agency is open [seed §3-2(1)]. */
export async function hasOpenAgencyConsultation(
  manager: EntityManager,
  documentId: string,
): Promise<boolean> {
  const consultations = await consultationsOfDocument(manager, documentId);
  return consultations.some((consultation) => blocksSigning(consultation.use, consultation.state));
}

/**
 * Why the document may not be published yet, or null: a co-department whose written consent is not given
 * [seed §4-8], an agency consultation neither agreed nor settled for disclosure [seed §3-2(3)].
 */
export async function documentPublicationBlocker(
  manager: EntityManager,
  document: Pick<Document, 'id' | 'coDepartmentIds'>,
): Promise<{ reason: string; message: string } | null> {
  const consultations = await consultationsOfDocument(manager, document.id);
  const consented = new Set(
    consultations
      .filter(
        (consultation) => consultation.use === 'CO_DEPARTMENT_CONSENT' && consultation.state === 'AGREED',
      )
      .map((consultation) => consultation.consulteeDepartmentId),
  );
  const missing = document.coDepartmentIds.filter((id) => !consented.has(id));
  if (missing.length > 0) {
    const names = await manager.find(Department, { where: { id: In(missing) }, order: { name: 'ASC' } });
    return {
      reason: 'DOCUMENT.CONSENT_MISSING',
      message: `会办处室尚未书面同意公开：${names.map((department) => department.name).join('、')}`,
    };
  }
  const unsettled = consultations.filter(
    (consultation) =>
      consultation.use === 'AGENCY_RELEASE' &&
      blocksPublication(consultation.use, consultation.state, consultation.settlementDecision),
  );
  if (unsettled.length > 0) {
    const agencies = await manager.find(ExternalAgency, {
      where: { id: In(unsettled.map((consultation) => consultation.consulteeAgencyId as string)) },
      order: { name: 'ASC' },
    });
    return {
      reason: 'DOCUMENT.CONSULTATION_UNSETTLED',
      message: `其他行政机关尚未同意公开或分歧尚未由上级机关决定公开：${agencies.map((agency) => agency.name).join('、')}`,
    };
  }
  return null;
}
