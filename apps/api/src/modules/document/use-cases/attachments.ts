import { badInput } from '@gdp/domain';
import type { RequestContext } from '../../../context.js';
import { requireMutationScope, staffIdOf } from '../../../context.js';
import { recordChange } from '../../../shared/audit/record-change.js';
import { notFound } from '../../../shared/errors/app-errors.js';
import { isUuid } from '../../../shared/persistence/query-helpers.js';
import { inspectUpload } from '../../../shared/storage/inspect-upload.js';
import { deleteFileInMutation, storeFileInMutation } from '../../../shared/storage/stored-files.js';
import { documentReaderScope, mayReadDocument } from '../document.access.js';
import {
  CONTENT_VERSION_LABEL,
  assertContentEditable,
  attachmentStorageKey,
  loadContentVersionForUpdate,
} from '../document.content.js';
import { DocumentAttachment } from '../document.entity.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const ATTACHMENT_LABEL = '附件';

/** Decodes the upload strictly: Buffer.from would silently skip characters that are not base64. */
function decodeBase64(content: string, maxBytes: number): Buffer {
  const compact = typeof content === 'string' ? content.replace(/\s+/g, '') : '';
  if (compact.length > Math.ceil(maxBytes / 3) * 4 + 4) {
    const limit = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
    throw badInput('STORAGE.TOO_LARGE', `文件不能超过 ${limit} MB`, { file: [`文件不能超过 ${limit} MB`] });
  }
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw badInput('STORAGE.INVALID_ENCODING', '文件内容编码无效', { file: ['文件内容编码无效'] });
  }
  return Buffer.from(compact, 'base64');
}

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
  const maxBytes = context.services.config.fileMaxBytes;
  const data = decodeBase64(contentBase64, maxBytes);
  const inspected = await inspectUpload({ fileName, data, maxBytes });
  const storageKey = attachmentStorageKey(document.id);
  await storeFileInMutation(context, storageKey, data, inspected.contentType);
  const attachment = manager.create(DocumentAttachment, {
    contentVersionId: version.id,
    fileName: inspected.fileName,
    contentType: inspected.contentType,
    sizeBytes: inspected.sizeBytes,
    sha256: inspected.sha256,
    storageKey,
    uploadedById: staffIdOf(context) ?? '',
    uploadedAt: context.services.clock.now(),
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
