import { createHash } from 'node:crypto';
import { sanitizeJpeg, sanitizePng } from './images.js';
import { sanitizeOfficeDocument, type OfficeKind } from './ooxml.js';
import { sanitizePdf } from './pdf.js';
import { cannotSanitize, Removals } from './removals.js';

export interface SanitizedFile {
  data: Buffer;
  /** SHA-256 of `data`, hex. */
  sha256: string;
  sizeBytes: number;
  /** What was taken out, in zh-CN, each once (e.g. 修订记录、批注、文档属性（作者等）、EXIF 信息); empty if nothing. */
  removed: string[];
}

const OFFICE_KINDS = new Map<string, OfficeKind>([
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'wordprocessing'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'spreadsheet'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'presentation'],
]);

/**
 * The file as it may be published (SPEC M5): tracked changes accepted, comments and personal metadata
 * removed from Office files, document information and XMP removed from PDFs, EXIF and the like removed
 * from images; plain text is returned as it is. `contentType` is the type inspectUpload recognised.
 * Applying it to its own output changes nothing.
 */
export async function sanitizeForPublication(input: {
  data: Buffer;
  contentType: string;
}): Promise<SanitizedFile> {
  const removals = new Removals();
  const data = await sanitizeByType(input.data, input.contentType, removals);
  return {
    data,
    sha256: createHash('sha256').update(data).digest('hex'),
    sizeBytes: data.length,
    removed: removals.list(),
  };
}

async function sanitizeByType(data: Buffer, contentType: string, removals: Removals): Promise<Buffer> {
  const officeKind = OFFICE_KINDS.get(contentType);
  if (officeKind) return sanitizeOfficeDocument(data, officeKind, removals);
  switch (contentType) {
    case 'application/pdf':
      return sanitizePdf(data, removals);
    case 'image/jpeg':
      return sanitizeJpeg(data, removals);
    case 'image/png':
      return sanitizePng(data, removals);
    case 'text/plain':
      return data;
    default:
      // Publishing a type this does not know how to clean could leak what it carries.
      throw cannotSanitize('该文件类型无法清理元数据，不能公开');
  }
}
