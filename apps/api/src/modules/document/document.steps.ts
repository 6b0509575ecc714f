import type { EntityManager } from 'typeorm';
import {
  transitionDocument,
  type DocumentCommand,
  type DocumentState,
  type DocumentTransition,
  type DisclosureAttribute,
} from '@gdp/domain';
import type { RequestContext } from '../../context.js';
import { requireMutationScope, staffIdOf } from '../../context.js';
import { recordChange } from '../../shared/audit/record-change.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { loadForUpdate } from '../../shared/persistence/versioned-update.js';
import { hasOpenAgencyConsultation } from '../consultation/consultation.steps.js';
import { openReviewOf } from '../review/review.service.js';
import { DOCUMENT_LABEL, findReadableDocument } from './document.access.js';
import { needsDeclassification } from './document.declassification.js';
import { Document, DocumentEvent } from './document.entity.js';

export interface DocumentStep {
  manager: EntityManager;
  document: Document;
  before: Document;
  transition: DocumentTransition;
}

/**
 * Loads the document for a step at the version the caller saw (row-locked; stale → CONFLICT; another
 * department's → NOT_FOUND) and checks the step with the domain's workflow.
 */
export async function beginDocumentStep(
  context: RequestContext,
  id: string,
  version: number,
  command: DocumentCommand,
): Promise<DocumentStep> {
  const scope = requireMutationScope(context);
  if (isUuid(id)) scope.subject = { entityType: 'Document', entityId: id };
  // Readability first: a stale version of another department's document must not reveal that it exists.
  await findReadableDocument(scope.manager, context.actor, id);
  const document = await loadForUpdate(scope.manager, Document, id, version, DOCUMENT_LABEL);
  const actor =
    context.actor.kind === 'staff'
      ? { userId: context.actor.userId, grants: context.actor.grants }
      : { userId: '', grants: [] };
  const transition = transitionDocument(
    {
      state: document.state,
      departmentId: document.departmentId,
      attribute: document.attribute,
      hasOpenConsultation: await hasOpenAgencyConsultation(scope.manager, document.id),
      needsDeclassification: await needsDeclassification(scope.manager, document),
    },
    actor,
    command,
  );
  return { manager: scope.manager, document, before: { ...document }, transition };
}

/** Saves the document in its next state, with its audit record and a line of its history. */
export async function finishDocumentStep(
  context: RequestContext,
  step: DocumentStep,
  note: string | null = null,
): Promise<Document> {
  const { manager, document, before, transition } = step;
  document.state = transition.state;
  document.attribute = transition.attribute;
  await saveDocument(context, manager, document, before);
  await recordDocumentEvent(manager, context, {
    documentId: document.id,
    action: transition.action,
    fromState: before.state,
    toState: document.state,
    fromAttribute: before.attribute,
    toAttribute: document.attribute,
    note,
  });
  return document;
}

export async function saveDocument(
  context: RequestContext,
  manager: EntityManager,
  document: Document,
  before: Document,
): Promise<void> {
  document.updatedAt = context.services.clock.now();
  document.version = before.version + 1;
  await manager.save(document);
  recordChange(context, 'Document', document.id, before, document);
}

export async function recordDocumentEvent(
  manager: EntityManager,
  context: RequestContext,
  event: {
    documentId: string;
    action: DocumentEvent['action'];
    fromState: DocumentState | null;
    toState: DocumentState;
    fromAttribute?: DisclosureAttribute | null;
    toAttribute?: DisclosureAttribute | null;
    note?: string | null;
  },
): Promise<void> {
  await manager.insert(DocumentEvent, {
    documentId: event.documentId,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    fromAttribute: event.fromAttribute ?? null,
    toAttribute: event.toAttribute ?? null,
    note: event.note ?? null,
    actorId: staffIdOf(context),
    at: context.services.clock.now(),
  });
}

/** The document's open review, if one is running (its level decides who may edit the content). */
export const openDocumentReview = (manager: EntityManager, documentId: string) =>
  openReviewOf(manager, 'DOCUMENT', documentId);
