import { In } from 'typeorm';
import {
  CONSULTATION_POLICIES,
  CONSULTATION_USE_LABELS,
  DOCUMENT_STATE_LABELS,
  DomainError,
  badInput,
  consultationLetterSchema,
  consultationTaskKindOf,
  isConsultationOpen,
  maySendConsultation,
  type ConsultationUse,
  type DocumentState,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { startCaseDeadline } from '../../deadline/deadline.service.js';
import { findReadableDocument } from '../../document/document.access.js';
import { Document } from '../../document/document.entity.js';
import { ExternalAgency } from '../../external-agency/external-agency.entity.js';
import { openTask, taskAuditOf } from '../../task/index.js';
import { Consultation } from '../consultation.entity.js';
import {
  SENT_CONSULTATION,
  consultationTitle,
  deadlineActorOf,
  recordConsultationEvent,
} from '../consultation.steps.js';
import { recordAgencyLetter } from './agency-letters.js';

/** The uses the API takes now; the application module adds its two when applications exist (M6). */
export const DOCUMENT_CONSULTATION_USES = ['AGENCY_RELEASE', 'CO_DEPARTMENT_CONSENT'] as const;

/**
 * When a document may be consulted on: an agency before the information is formed or changed
 * [seed §3-2(1)]; a co-department any time before publication [seed §4-8].
 */
const SENDABLE_IN: Record<(typeof DOCUMENT_CONSULTATION_USES)[number], readonly DocumentState[]> = {
  AGENCY_RELEASE: ['DRAFT', 'REVISING'],
  CO_DEPARTMENT_CONSENT: ['DRAFT', 'SIGNED', 'IN_REVIEW', 'REVISING'],
};

export interface SendConsultationInput {
  documentId: string;
  use: ConsultationUse;
  consulteeIds: string[];
  basicFacts: string;
  opinion: string;
  basis: string;
}

/**
 * Sends one consultation per consultee: the letter checked [seed §3-2(2)], a reply deadline and a task each
 * (an agency's reply is recorded by the owning department; a co-department's consent waits in that
 * department's queue for its head), and for an agency the letter recorded as sent.
 */
export async function sendConsultation(
  context: RequestContext,
  raw: SendConsultationInput,
): Promise<Consultation[]> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  if (context.actor.kind !== 'staff') throw forbidden();
  const use = raw.use as (typeof DOCUMENT_CONSULTATION_USES)[number];
  if (!(DOCUMENT_CONSULTATION_USES as readonly string[]).includes(use)) {
    throw badInput(
      'CONSULTATION.USE_NOT_AVAILABLE',
      `“${CONSULTATION_USE_LABELS[raw.use] ?? raw.use}”随依申请公开办理`,
      {
        use: ['公文只能征求其他行政机关意见或会办处室同意'],
      },
    );
  }
  const letter = parseInput(consultationLetterSchema, raw);
  const readable = await findReadableDocument(manager, context.actor, raw.documentId);
  if (isUuid(readable.id)) scope.subject = { entityType: 'Document', entityId: readable.id };
  // The document's row lock orders this step against 签发 of the same document.
  const document = await manager
    .getRepository(Document)
    .createQueryBuilder('document')
    .setLock('pessimistic_write')
    .where('document.id = :id', { id: readable.id })
    .getOneOrFail();
  const actor = { userId: context.actor.userId, grants: context.actor.grants };
  if (!maySendConsultation(document.departmentId, actor)) {
    throw new DomainError('FORBIDDEN', 'CONSULTATION.NOT_ENTITLED', '只有主办处室可以发出征求意见');
  }
  if (!SENDABLE_IN[use].includes(document.state)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'CONSULTATION.DOCUMENT_STATE',
      use === 'AGENCY_RELEASE'
        ? `征求其他行政机关意见须在公文成文（签发）或变更之前；公文状态为“${DOCUMENT_STATE_LABELS[document.state]}”`
        : `公文状态为“${DOCUMENT_STATE_LABELS[document.state]}”，不能再征求会办处室同意`,
    );
  }
  const consulteeIds = [...new Set(Array.isArray(raw.consulteeIds) ? raw.consulteeIds : [])];
  if (consulteeIds.length === 0) {
    throw badInput('CONSULTATION.CONSULTEE_REQUIRED', '请选择被征求意见的单位', {
      consulteeIds: ['至少选择一个'],
    });
  }
  const isAgency = CONSULTATION_POLICIES[use].consulteeKind === 'AGENCY';
  const agencies = new Map<string, ExternalAgency>();
  if (isAgency) {
    const ids = consulteeIds.filter(isUuid);
    const found = ids.length ? await manager.findBy(ExternalAgency, { id: In(ids), isActive: true }) : [];
    for (const agency of found) agencies.set(agency.id, agency);
    if (agencies.size !== consulteeIds.length) {
      throw badInput('CONSULTATION.UNKNOWN_AGENCY', '所选机关不存在或已停用', {
        consulteeIds: ['机关不存在或已停用'],
      });
    }
  } else if (consulteeIds.some((id) => !document.coDepartmentIds.includes(id))) {
    throw badInput('CONSULTATION.NOT_CO_DEPARTMENT', '只能征求本公文会办处室的同意', {
      consulteeIds: ['所选处室不是本公文的会办处室'],
    });
  }
  const existing = await manager.findBy(Consultation, {
    subjectKind: 'DOCUMENT',
    subjectId: document.id,
    use,
  });
  const pending = existing.filter(
    (consultation) =>
      isConsultationOpen(consultation.use, consultation.state) &&
      consulteeIds.includes((consultation.consulteeAgencyId ?? consultation.consulteeDepartmentId) as string),
  );
  if (pending.length > 0) {
    throw new DomainError(
      'CONFLICT',
      'CONSULTATION.ALREADY_OPEN',
      '对所选单位的征求意见尚未办结，不能重复发出',
    );
  }

  const now = context.services.clock.now();
  const by = deadlineActorOf(context);
  const policy = CONSULTATION_POLICIES[use];
  const title = consultationTitle(use, document.title);
  const sent: Consultation[] = [];
  for (const consulteeId of consulteeIds) {
    const consultation = manager.create(Consultation, {
      subjectKind: 'DOCUMENT',
      subjectId: document.id,
      use,
      departmentId: document.departmentId,
      consulteeAgencyId: isAgency ? consulteeId : null,
      consulteeDepartmentId: isAgency ? null : consulteeId,
      consulteeThirdParty: null,
      ...letter,
      ...SENT_CONSULTATION,
      sentById: staffIdOf(context) as string,
      sentAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await manager.save(consultation);
    const handlingDepartmentId = isAgency ? document.departmentId : consulteeId;
    const deadline = await startCaseDeadline(manager, by, {
      kind: policy.deadlineKind,
      caseId: consultation.id,
      title,
      departmentId: handlingDepartmentId,
    });
    consultation.deadlineId = deadline.id;
    await manager.save(consultation);
    await openTask(
      manager,
      context.services.clock,
      {
        kind: consultationTaskKindOf(use),
        caseId: consultation.id,
        title,
        departmentId: handlingDepartmentId,
        deadlineId: deadline.id,
        actorId: by.actorId,
      },
      taskAuditOf(context),
    );
    recordChange(context, 'Consultation', consultation.id, null, consultation);
    await recordConsultationEvent(manager, context, consultation.id, 'SEND', null, 'SENT', null);
    if (isAgency) {
      await recordAgencyLetter(context, consultation, agencies.get(consulteeId) as ExternalAgency, {
        subject: `征求意见函：${document.title}`,
        content: `拟公开政府信息基本情况：${letter.basicFacts}\n本机关的意见：${letter.opinion}\n依据：${letter.basis}`,
      });
    }
    sent.push(consultation);
  }
  return sent;
}
