import { DISCLOSURE_ATTRIBUTE_LABELS, type DisclosureAttribute } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { todayOf } from '../../deadline/deadline.service.js';
import { openReview } from '../../review/review.service.js';
import { createContentVersion } from '../document.content.js';
import { Document, DocumentContentVersion } from '../document.entity.js';
import { beginDocumentStep, finishDocumentStep } from '../document.steps.js';
import { attributeProposalFor } from './draft-document.js';
import { closePublicationClock, startPublicationClock } from '../document.publication-clock.js';
import { recordAssessment } from '../document.reassessment.js';

/** Confirms (or changes) the disclosure attribute while drafting, beside the system's proposal [seed §5-3]. */
export async function setDocumentAttribute(
  context: RequestContext,
  id: string,
  version: number,
  attribute: DisclosureAttribute,
  reason: string | null | undefined,
): Promise<Document> {
  const { manager } = requireMutationScope(context);
  const source = isUuid(id) ? await manager.findOneBy(Document, { id }) : null;
  const proposal = source
    ? await attributeProposalFor(manager, source)
    : { attribute: null, rule: null, isForwardedSourceUnset: false };
  const step = await beginDocumentStep(context, id, version, {
    action: 'SET_ATTRIBUTE',
    proposal,
    attribute,
    reason: reason ?? null,
  });
  const decision = step.transition.attributeDecision!;
  Object.assign(step.document, {
    proposedAttribute: decision.proposedAttribute,
    attributeRule: decision.rule,
    attributeReason: decision.reason,
    isAttributeDeviation: decision.isDeviation,
  });
  const note = decision.isDeviation
    ? `系统建议“${DISCLOSURE_ATTRIBUTE_LABELS[decision.proposedAttribute!]}”，确定为“${DISCLOSURE_ATTRIBUTE_LABELS[decision.attribute]}”：${decision.reason}`
    : decision.reason;
  return finishDocumentStep(context, step, note);
}

/** 签发: the document is formed (成文) on the day it is signed. */
export async function signDocument(context: RequestContext, id: string, version: number): Promise<Document> {
  const step = await beginDocumentStep(context, id, version, { action: 'SIGN' });
  const now = context.services.clock.now();
  step.document.signedById = staffIdOf(context);
  step.document.signedAt = now;
  step.document.formedDate = todayOf(context.services.clock);
  if (step.document.attribute === 'PROACTIVE') {
    await startPublicationClock(context, step.document, '签发（信息形成）', step.document.formedDate);
  }
  return finishDocumentStep(context, step);
}

export async function discardDocument(
  context: RequestContext,
  id: string,
  version: number,
): Promise<Document> {
  return finishDocumentStep(context, await beginDocumentStep(context, id, version, { action: 'DISCARD' }));
}

/** Sends the formed 主动公开 document (or its correction) to the confidentiality review, level 1 its drafter. */
export async function submitDocumentForReview(
  context: RequestContext,
  id: string,
  version: number,
): Promise<Document> {
  const step = await beginDocumentStep(context, id, version, { action: 'SUBMIT_FOR_REVIEW' });
  const { document } = step;
  await openReview(context, {
    kind: 'DOCUMENT',
    subjectId: document.id,
    title: document.title,
    owningDepartmentId: document.departmentId,
    contentVersionId: document.currentContentVersionId as string,
    levelOneUserId: document.drafterId,
    isRevision: step.before.state === 'REVISING',
  });
  return finishDocumentStep(context, step);
}

/** A recorded re-determination of the attribute after signing, with its reason (条例 art. 18, 44). */
export async function redetermineDocumentAttribute(
  context: RequestContext,
  id: string,
  version: number,
  attribute: DisclosureAttribute,
  reason: string,
): Promise<Document> {
  const step = await beginDocumentStep(context, id, version, {
    action: 'REDETERMINE_ATTRIBUTE',
    attribute,
    reason,
  });
  const { reason: redeterminationReason, to } = step.transition.redetermination!;
  step.document.attributeReason = redeterminationReason;
  await recordAssessment(context, step.document);
  if (to === 'PROACTIVE') {
    await startPublicationClock(context, step.document, `重新确定为主动公开：${redeterminationReason}`);
  } else {
    await closePublicationClock(context, id, {
      met: false,
      reason: `重新确定公开属性：${redeterminationReason}`,
    });
  }
  return finishDocumentStep(context, step, redeterminationReason);
}

/** The periodic re-assessment (条例 art. 18) keeps the attribute: recorded with its reason. */
export async function confirmDocumentAttribute(
  context: RequestContext,
  id: string,
  version: number,
  reason: string,
): Promise<Document> {
  const step = await beginDocumentStep(context, id, version, { action: 'CONFIRM_ATTRIBUTE', reason });
  await recordAssessment(context, step.document);
  return finishDocumentStep(context, step, step.transition.reassessment!.reason);
}

/** The declassification (解密手续) of information review found to be a state secret, before it is published. */
export async function recordDocumentDeclassification(
  context: RequestContext,
  id: string,
  version: number,
  reference: string,
): Promise<Document> {
  const step = await beginDocumentStep(context, id, version, {
    action: 'RECORD_DECLASSIFICATION',
    reference,
  });
  step.document.declassifiedAt = context.services.clock.now();
  step.document.declassifiedById = staffIdOf(context);
  step.document.declassificationReference = step.transition.declassificationReference ?? null;
  return finishDocumentStep(context, step, step.document.declassificationReference);
}

/**
 * Opens a correction of a published document: a new original (copied from the published one's original)
 * to edit and review again; the published version stays public until the correction is published.
 */
export async function reviseDocument(
  context: RequestContext,
  id: string,
  version: number,
): Promise<Document> {
  const step = await beginDocumentStep(context, id, version, { action: 'REVISE' });
  const { manager, document } = step;
  const current = await manager.findOneByOrFail(DocumentContentVersion, {
    id: document.currentContentVersionId as string,
  });
  const copy = await createContentVersion(context, manager, {
    documentId: document.id,
    kind: 'ORIGINAL',
    body: current.body ?? '',
    copyAttachmentsFrom: current.contentRemovedAt ? null : current.id,
  });
  document.currentContentVersionId = copy.id;
  await startPublicationClock(context, document, '信息变更（更正）');
  return finishDocumentStep(context, step);
}
