import { badInput } from '@gdp/domain';
import { staffIdOf, type RequestContext } from '../../context.js';
import { inspectUpload, type InspectedUpload } from './inspect-upload.js';
import { storeFileInMutation } from './stored-files.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes the upload strictly: Buffer.from would silently skip characters that are not base64. */
export function decodeBase64(content: string, maxBytes: number): Buffer {
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

/** The record of a stored upload, as the rows of files (attachments, evidence) keep it. */
export interface StoredUpload extends Pick<
  InspectedUpload,
  'fileName' | 'contentType' | 'sizeBytes' | 'sha256'
> {
  storageKey: string;
  uploadedById: string;
  uploadedAt: Date;
}

/**
 * An uploaded file (base64, as the API takes files) stored under `storageKey` in the running mutation:
 * within the size limit, its type judged by its content (inspectUpload), never by what the caller declared.
 */
export async function storeUploadInMutation(
  context: RequestContext,
  storageKey: string,
  fileName: string,
  contentBase64: string,
): Promise<StoredUpload> {
  const maxBytes = context.services.config.fileMaxBytes;
  const data = decodeBase64(contentBase64, maxBytes);
  const inspected = await inspectUpload({ fileName, data, maxBytes });
  await storeFileInMutation(context, storageKey, data, inspected.contentType);
  return {
    fileName: inspected.fileName,
    contentType: inspected.contentType,
    sizeBytes: inspected.sizeBytes,
    sha256: inspected.sha256,
    storageKey,
    uploadedById: staffIdOf(context) ?? '',
    uploadedAt: context.services.clock.now(),
  };
}
