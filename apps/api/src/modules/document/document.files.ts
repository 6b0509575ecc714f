import type { Request, Response } from 'express';
import { isDomainError, type Actor } from '@gdp/domain';
import type { AppServices } from '../../services.js';
import { httpErrorBody } from '../../shared/errors/app-errors.js';
import { isUuid } from '../../shared/persistence/query-helpers.js';
import { sendStoredFile } from '../catalog/public-files.js';
import { ReviewEvidenceFile } from '../review/review-evidence.entity.js';
import { findReadableReview } from '../review/review.queries.js';
import { documentReaderScope, mayReadDocument } from './document.access.js';
import { Document, DocumentAttachment, DocumentContentVersion } from './document.entity.js';

/**
 * GET /files/:attachmentId — a document's file for signed-in staff who read the document (any version,
 * the original of a redacted item included); removed state-secret content is gone. The evidence files of a
 * review (consent letters, leadership decisions) for staff who read the review. Anything else is one 404.
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
  if (!attachment && isUuid(id)) {
    const evidence = await manager.findOneBy(ReviewEvidenceFile, { id });
    const isReader =
      evidence !== null &&
      (await findReadableReview(manager, actor, evidence.reviewId).then(
        () => true,
        (error: unknown) => {
          if (isDomainError(error) && error.code === 'NOT_FOUND') return false;
          throw error;
        },
      ));
    if (!evidence || !isReader || !(await sendStoredFile(services, evidence, res, 'private, no-store'))) {
      notFound();
    }
    return;
  }
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
