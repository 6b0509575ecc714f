import type { RequestContext } from '../../../context.js';
import { requireMutationScope } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { storeUploadInMutation } from '../../../shared/storage/store-upload.js';
import { deleteFileInMutation } from '../../../shared/storage/stored-files.js';
import { documentReaderScope, mayReadDocument } from '../document.access.js';
import {
  CONTENT_VERSION_LABEL,
  assertContentEditable,
  attachmentStorageKey,
  loadContentVersionForUpdate,
} from '../document.content.js';
import { DocumentAttachment } from '../document.entity.js';

const ATTACHMENT_LABEL = '附件';

/** Adds a file to a content version still being prepared; its type is judged by its content. */
export async function uploadDocumentAttachment(
  context: RequestContext,
  contentVersionId: string,
  fileName: string,
  contentBase64: string,
): Promise<DocumentAttachment> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  const { version, document } = await loadContentVersionForUpdate(manager, contentVersionId);
  if (!mayReadDocument(documentReaderScope(context.actor), document)) throw notFound(CONTENT_VERSION_LABEL);
  scope.subject = { entityType: 'Document', entityId: document.id };
  await assertContentEditable(manager, context.actor, document, version);
  const storageKey = attachmentStorageKey(document.id);
  const stored = await storeUploadInMutation(context, storageKey, fileName, contentBase64);
  const attachment = manager.create(DocumentAttachment, {
    contentVersionId: version.id,
    ...stored,
    removedAt: null,
  });
  await manager.save(attachment);
  recordChange(context, 'DocumentAttachment', attachment.id, null, attachment);
  return attachment;
}

/** Takes a file off a version still being prepared (a sealed version's files never change). */
export async function removeDocumentAttachment(context: RequestContext, id: string): Promise<boolean> {
  const scope = requireMutationScope(context);
  const { manager } = scope;
  if (!isUuid(id)) throw notFound(ATTACHMENT_LABEL);
  const attachment = await manager.findOneBy(DocumentAttachment, { id });
  if (!attachment) throw notFound(ATTACHMENT_LABEL);
  const { version, document } = await loadContentVersionForUpdate(manager, attachment.contentVersionId);
  if (!mayReadDocument(documentReaderScope(context.actor), document)) throw notFound(ATTACHMENT_LABEL);
  scope.subject = { entityType: 'Document', entityId: document.id };
  await assertContentEditable(manager, context.actor, document, version);
  await manager.delete(DocumentAttachment, { id });
  await deleteFileInMutation(context, attachment.storageKey);
  recordChange(context, 'DocumentAttachment', attachment.id, attachment, null);
  return true;
}
