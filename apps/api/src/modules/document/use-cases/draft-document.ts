import type { EntityManager } from 'typeorm';
import {
  DomainError,
  badInput,
  departmentScopeOf,
  documentDraftSchema,
  proposeDocumentAttribute,
  type AttributeProposal,
  type DocumentDraft,
} from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { forbidden } from '../../../shared/errors/app-errors.js';
import { parseInput } from '../../../shared/validation/parse-input.js';
import { CatalogCategory } from '../../catalog/catalog-category.entity.js';
import { ExternalAgency } from '../../external-agency/external-agency.entity.js';
import { Department } from '../../organisation/department.entity.js';
import { documentReaderScope, mayReadDocument } from '../document.access.js';
import { assertContentEditable, createContentVersion } from '../document.content.js';
import { Document, DocumentContentVersion } from '../document.entity.js';
import { recordDocumentEvent, saveDocument } from '../document.steps.js';
import { loadForUpdate } from '../../../shared/persistence/versioned-update.js';
import { DOCUMENT_LABEL, findReadableDocument } from '../document.access.js';

/** Checks the records a draft refers to exist and may be used; field errors otherwise. */
async function assertReferences(
  context: RequestContext,
  manager: EntityManager,
  draft: DocumentDraft,
  departmentId: string,
) {
  const fields: Record<string, string[]> = {};
  if (draft.coDepartmentIds.includes(departmentId)) fields.coDepartmentIds = ['会办处室不能包括主办处室'];
  if (draft.coDepartmentIds.length > 0) {
    const found = await manager.countBy(
      Department,
      draft.coDepartmentIds.map((id) => ({ id, isActive: true })),
    );
    if (found !== draft.coDepartmentIds.length) fields.coDepartmentIds = ['会办处室不存在或已停用'];
  }
  if (draft.jointAgencyIds.length > 0) {
    const found = await manager.countBy(
      ExternalAgency,
      draft.jointAgencyIds.map((id) => ({ id, isActive: true })),
    );
    if (found !== draft.jointAgencyIds.length) fields.jointAgencyIds = ['联合发文机关不存在或已停用'];
  }
  if (draft.catalogCategoryId) {
    const category = await manager.findOneBy(CatalogCategory, { id: draft.catalogCategoryId });
    if (!category?.isActive) fields.catalogCategoryId = ['公开目录分类不存在或已停用'];
  }
  if (draft.forwardedFromId) {
    const source = await manager.findOneBy(Document, { id: draft.forwardedFromId });
    if (!source || !mayReadDocument(documentReaderScope(context.actor), source)) {
      fields.forwardedFromId = ['转发的公文不存在'];
    }
  }
  const first = Object.values(fields)[0]?.[0];
  if (first) throw badInput('DOCUMENT.INVALID_REFERENCE', first, fields);
}

/** The system's proposal for a document's attribute (type + purpose, or the forwarded one's) [seed §5-3]. */
export async function attributeProposalFor(
  manager: EntityManager,
  document: Pick<Document, 'type' | 'purpose' | 'forwardedFromId'>,
): Promise<AttributeProposal> {
  const source = document.forwardedFromId
    ? await manager.findOneBy(Document, { id: document.forwardedFromId })
    : null;
  return proposeDocumentAttribute({
    type: document.type,
    purpose: document.purpose,
    forwardedSource: source ? { attribute: source.attribute } : null,
  });
}

/** Starts a draft in a department the drafter drafts for, with its first original version. */
export async function createDocument(
  context: RequestContext,
  departmentId: string,
  rawInput: unknown,
): Promise<Document> {
  const { manager } = requireMutationScope(context);
  const draft = parseInput(documentDraftSchema, rawInput);
  if (context.actor.kind !== 'staff') throw forbidden();
  const scope = departmentScopeOf(context.actor.grants, 'DOCUMENT_DRAFT');
  if (scope !== 'ALL' && !scope.includes(departmentId)) {
    throw badInput('DOCUMENT.DEPARTMENT_NOT_ALLOWED', '只能为本处室起草公文', {
      departmentId: ['只能为本处室起草公文'],
    });
  }
  const department = await manager.findOneBy(Department, { id: departmentId });
  if (!department?.isActive)
    throw badInput('DOCUMENT.DEPARTMENT_NOT_ALLOWED', '主办处室不存在或已停用', {
      departmentId: ['主办处室不存在或已停用'],
    });
  await assertReferences(context, manager, draft, departmentId);

  const now = context.services.clock.now();
  const { body, ...fields } = draft;
  const document = manager.create(Document, {
    ...fields,
    departmentId,
    attribute: null,
    proposedAttribute: null,
    attributeRule: null,
    attributeReason: null,
    isAttributeDeviation: false,
    state: 'DRAFT',
    currentContentVersionId: null,
    drafterId: context.actor.userId,
    signedById: null,
    signedAt: null,
    formedDate: null,
    createdAt: now,
    updatedAt: now,
  });
  await manager.save(document);
  const version = await createContentVersion(context, manager, {
    documentId: document.id,
    kind: 'ORIGINAL',
    body,
  });
  document.currentContentVersionId = version.id;
  await manager.save(document);
  recordChange(context, 'Document', document.id, null, document);
  await recordDocumentEvent(manager, context, {
    documentId: document.id,
    action: 'CREATE',
    fromState: null,
    toState: 'DRAFT',
  });
  return document;
}

/**
 * Edits a draft (or a correction being drafted): its fields and the text of its current original. While its
 * review is back at level 1 only the content changes: a sealed original is copied to a new version first.
 */
export async function updateDocument(
  context: RequestContext,
  id: string,
  expectedVersion: number,
  rawInput: unknown,
): Promise<Document> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  scope.subject = { entityType: 'Document', entityId: id };
  const draft = parseInput(documentDraftSchema, rawInput);
  // Readability first: a stale version of another department's document must not reveal that it exists.
  await findReadableDocument(manager, context.actor, id);
  const document = await loadForUpdate(manager, Document, id, expectedVersion, DOCUMENT_LABEL);
  const before = { ...document };
  const isDrafting = document.state === 'DRAFT' || document.state === 'REVISING';

  let current = await manager.findOneByOrFail(DocumentContentVersion, {
    id: document.currentContentVersionId as string,
  });
  if (!isDrafting && current.sealedAt && document.state === 'IN_REVIEW') {
    // A review returned to level 1: the drafter revises a copy; the sealed version stays as reviewed.
    // A removed state secret's version is replaced by the text now supplied (e.g. after declassification).
    await assertContentEditable(manager, context.actor, document, {
      ...current,
      sealedAt: null,
      contentRemovedAt: null,
    } as DocumentContentVersion);
    current = await createContentVersion(context, manager, {
      documentId: document.id,
      kind: 'ORIGINAL',
      body: current.body ?? '',
      copyAttachmentsFrom: current.id,
    });
    document.currentContentVersionId = current.id;
  } else {
    await assertContentEditable(manager, context.actor, document, current);
  }

  const { body, ...fields } = draft;
  if (isDrafting) {
    await assertReferences(context, manager, draft, document.departmentId);
    const classificationChanged =
      fields.type !== document.type ||
      fields.purpose !== document.purpose ||
      fields.forwardedFromId !== document.forwardedFromId;
    if (classificationChanged && document.attribute !== null && document.state === 'DRAFT') {
      // The confirmed attribute answered the old type and purpose: it must be confirmed anew [seed §5-3].
      Object.assign(document, {
        attribute: null,
        proposedAttribute: null,
        attributeRule: null,
        attributeReason: null,
        isAttributeDeviation: false,
      });
    }
    Object.assign(document, fields);
  } else if (!hasSameMetadata(document, fields)) {
    throw new DomainError('INVALID_TRANSITION', 'DOCUMENT.CONTENT_ONLY', '审查中只能修改正文和附件');
  }
  if (current.body !== body) {
    const versionBefore = { ...current };
    current.body = body;
    await manager.save(current);
    recordChange(context, 'DocumentContentVersion', current.id, versionBefore, current);
  }
  await saveDocument(context, manager, document, before);
  await recordDocumentEvent(manager, context, {
    documentId: document.id,
    action: 'EDIT',
    fromState: before.state,
    toState: document.state,
    fromAttribute: before.attribute,
    toAttribute: document.attribute,
  });
  return document;
}

const METADATA_FIELDS = [
  'title',
  'documentNumber',
  'type',
  'otherTypeName',
  'purpose',
  'summary',
  'catalogCategoryId',
  'forwardedFromId',
] as const;

function hasSameMetadata(document: Document, fields: Omit<DocumentDraft, 'body'>): boolean {
  const sameIds = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((id, index) => id === b[index]);
  return (
    METADATA_FIELDS.every((field) => (fields[field] ?? null) === (document[field] ?? null)) &&
    sameIds(fields.coDepartmentIds, document.coDepartmentIds) &&
    sameIds(fields.jointAgencyIds, document.jointAgencyIds)
  );
}

export const actorIdOrThrow = (context: RequestContext): string => {
  const id = staffIdOf(context);
  if (!id) throw forbidden();
  return id;
};
