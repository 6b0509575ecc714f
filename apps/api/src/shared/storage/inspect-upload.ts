import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import {
  ALLOWED_UPLOAD_TYPES,
  ALLOWED_UPLOAD_TYPES_TEXT,
  badInput,
  UPLOAD_FILE_NAME_MAX,
  type AllowedUploadType,
  type DomainError,
} from '@gdp/domain';

export interface InspectedUpload {
  /** The name as given, trimmed. */
  fileName: string;
  /** The MIME type of what the content is (never what the uploader declared). */
  contentType: string;
  /** The name's extension, lower case, without the dot. */
  extension: string;
  sizeBytes: number;
  /** SHA-256 of the bytes, hex. */
  sha256: string;
}

const refuse = (reason: string, message: string): DomainError =>
  badInput(`STORAGE.${reason}`, message, { file: [message] });

// Control characters, and the bidirectional overrides that can show "report‮fdp.exe" as "reportexe.pdf".
const UNSAFE_NAME_CHARACTER = /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Checks one uploaded file before it is stored: its type is recognised from its content, must be one the
 * bureau accepts (ALLOWED_UPLOAD_TYPES), and must match the name's extension — so a renamed executable or
 * an archive named .pdf is refused whatever the uploader declared.
 */
export async function inspectUpload(input: {
  fileName: string;
  data: Buffer;
  maxBytes: number;
}): Promise<InspectedUpload> {
  const fileName = checkFileName(input.fileName);
  const { data, maxBytes } = input;
  if (data.length === 0) throw refuse('EMPTY', '文件为空，请重新选择');
  if (data.length > maxBytes)
    throw refuse('TOO_LARGE', `文件超过 ${formatMegabytes(maxBytes)} MB 的大小上限`);

  const type = await sniffType(data);
  if (!type) throw refuse('TYPE_NOT_ALLOWED', `不支持此文件类型。允许的类型：${ALLOWED_UPLOAD_TYPES_TEXT}`);
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  if (!(type.extensions as readonly string[]).includes(extension)) {
    const expected = type.extensions.map((name) => `.${name}`).join(' 或 ');
    throw refuse(
      'EXTENSION_MISMATCH',
      `文件名的扩展名与文件内容不符：内容为 ${type.label}，扩展名应为 ${expected}`,
    );
  }
  return {
    fileName,
    contentType: type.mime,
    extension,
    sizeBytes: data.length,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}

function checkFileName(given: string): string {
  const fileName = given.trim();
  if (fileName.length === 0) throw refuse('INVALID_NAME', '请填写文件名');
  if (fileName.length > UPLOAD_FILE_NAME_MAX)
    throw refuse('INVALID_NAME', `文件名最多 ${UPLOAD_FILE_NAME_MAX} 个字符`);
  if (/[/\\]/.test(fileName) || UNSAFE_NAME_CHARACTER.test(fileName)) {
    throw refuse('INVALID_NAME', '文件名不能包含路径分隔符（/ 或 \\）或控制字符');
  }
  return fileName;
}

/** The allowed type the content is, if any. Plain text has no signature: it is UTF-8 that nothing else claims. */
async function sniffType(data: Buffer): Promise<AllowedUploadType | undefined> {
  const detected = await fileTypeFromBuffer(data);
  if (detected) return ALLOWED_UPLOAD_TYPES.find((type) => type.mime === detected.mime);
  return isPlainText(data) ? ALLOWED_UPLOAD_TYPES.find((type) => type.mime === 'text/plain') : undefined;
}

function isPlainText(data: Buffer): boolean {
  if (data.includes(0)) return false;
  try {
    utf8.decode(data);
    return true;
  } catch {
    return false;
  }
}

function formatMegabytes(bytes: number): string {
  return String(Math.round((bytes / (1024 * 1024)) * 10) / 10);
}
