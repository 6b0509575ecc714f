import type { Request, Response } from 'express';
import { ACCESS_RULES, DomainError, decideAccess, type Actor } from '@gdp/domain';
import type { AppServices } from '../../services.js';
import { httpErrorBody } from '../../shared/errors/app-errors.js';
import type { DocumentAttachment } from '../document/document.entity.js';
import { findPublicAttachment } from './catalog-entry.queries.js';

/** RFC 5987/6266 file name: any character survives, and no quote or newline can break the header. */
export const attachmentDisposition = (fileName: string): string =>
  `attachment; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;

/**
 * GET /public/files/:attachmentId — the bytes of an attachment of a currently published catalog entry,
 * for the callers who may read the public catalog (same rule as publicCatalogEntry). Any other file is
 * the same 404 whether it exists or not, so unpublished attachments cannot be probed.
 */
export async function servePublicFile(
  services: AppServices,
  actor: Actor,
  req: Request,
  res: Response,
): Promise<void> {
  const requestId = req.id as string;
  const decision = decideAccess(ACCESS_RULES['Query.publicCatalogEntry'], actor);
  if (decision === 'UNAUTHENTICATED') {
    res.status(401).json(httpErrorBody('UNAUTHENTICATED', 'AUTH.UNAUTHENTICATED', '请先登录', requestId));
    return;
  }
  if (decision === 'FORBIDDEN') {
    res.status(403).json(httpErrorBody('FORBIDDEN', 'ACCESS.FORBIDDEN', '您无权执行此操作', requestId));
    return;
  }
  if (actor.kind === 'token') services.tokenUsage.count(actor.tokenId, 'read', services.clock.now());
  const notFound = () =>
    res.status(404).json(httpErrorBody('NOT_FOUND', 'HTTP.NOT_FOUND', '请求的地址不存在', requestId));
  const manager = services.db.dataSource.manager;
  const attachment = await findPublicAttachment(manager, String(req.params.attachmentId));
  if (!attachment) {
    notFound();
    return;
  }
  if (!(await sendStoredFile(services, attachment, res, 'no-store'))) {
    services.logger.warn(
      { requestId, attachmentId: attachment.id },
      'published attachment has no stored bytes',
    );
    notFound();
  }
}

/**
 * Answers with a stored file's bytes as a download (never rendered inline by the browser); false, with
 * nothing sent, when the storage has no bytes under its key.
 */
export async function sendStoredFile(
  services: AppServices,
  file: Pick<DocumentAttachment, 'storageKey' | 'contentType' | 'fileName'>,
  res: Response,
  cacheControl: string,
): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await services.fileStorage.get(services.db.dataSource.manager, file.storageKey);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return false;
    throw error;
  }
  res.setHeader('content-type', file.contentType);
  res.setHeader('content-length', String(bytes.length));
  res.setHeader('content-disposition', attachmentDisposition(file.fileName));
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', cacheControl);
  res.end(bytes);
  return true;
}
