import type { Request, Response } from 'express';
import type { Actor } from '@gdp/domain';
import type { AppServices } from '../../services.js';
import { httpErrorBody } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { sendStoredFile } from '../catalog/public-files.js';
import { documentReaderScope, mayReadDocument } from './document.access.js';
import { Document, DocumentAttachment, DocumentContentVersion } from './document.entity.js';

/**
 * GET /files/:attachmentId — a document's file for signed-in staff who read the document (any version,
 * the original of a redacted item included); removed state-secret content is gone. Anything else is one 404.
 */
export async function serveStaffFile(
  services: AppServices,
  actor: Actor,
  req: Request,
  res: Response,
): Promise<void> {
  const requestId = req.id as string;
  if (actor.kind !== 'staff' || actor.stage !== 'FULL') {
    res.status(401).json(httpErrorBody('UNAUTHENTICATED', 'AUTH.UNAUTHENTICATED', '请先登录', requestId));
    return;
  }
  const notFound = () =>
    res.status(404).json(httpErrorBody('NOT_FOUND', 'HTTP.NOT_FOUND', '请求的地址不存在', requestId));
  const manager = services.db.dataSource.manager;
  const id = String(req.params.attachmentId);
  const attachment = isUuid(id) ? await manager.findOneBy(DocumentAttachment, { id }) : null;
  const version = attachment
    ? await manager.findOneBy(DocumentContentVersion, { id: attachment.contentVersionId })
    : null;
  const document = version ? await manager.findOneBy(Document, { id: version.documentId }) : null;
  if (
    !attachment ||
    attachment.removedAt ||
    !document ||
    !mayReadDocument(documentReaderScope(actor), document)
  ) {
    notFound();
    return;
  }
  if (!(await sendStoredFile(services, attachment, res, 'private, no-store'))) notFound();
}
