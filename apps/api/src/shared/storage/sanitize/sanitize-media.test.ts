import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  encryptedPdf,
  JPEG_KEPT,
  jpegWithExif,
  pdfWithMetadata,
  PNG_SIGNATURE,
  pngChunks,
  pngWithText,
} from './fixtures.test-support.js';
import { sanitizeForPublication } from './index.js';

/** A text string as pdf-lib writes it into the document information: UTF-16BE in a hex string. */
function pdfTextString(text: string): string {
  return Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
}

function pdfText(data: Buffer): string {
  return data.toString('latin1');
}

describe('sanitizeForPublication — PDF', () => {
  const markers = [
    ...['张三', 'CREATOR-MARKER', 'PRODUCER-MARKER', 'SUBJECT-MARKER', 'KEYWORD-MARKER'].map(pdfTextString),
    'D:20240301080000Z',
    'XMP-AUTHOR-MARKER',
    'ORPHAN-MARKER',
  ];

  it('the fixture carries everything the test looks for', async () => {
    const text = pdfText(await pdfWithMetadata());
    for (const marker of markers) expect(text).toContain(marker);
  });

  it('removes the document information except the title, and the XMP stream', async () => {
    const result = await sanitizeForPublication({
      data: await pdfWithMetadata(),
      contentType: 'application/pdf',
    });

    for (const marker of markers) expect(pdfText(result.data)).not.toContain(marker);
    const reopened = await PDFDocument.load(result.data, { updateMetadata: false });
    expect(reopened.getTitle()).toBe('Public Title');
    expect(reopened.getAuthor()).toBeUndefined();
    expect(reopened.getCreator()).toBeUndefined();
    expect(reopened.getProducer()).toBeUndefined();
    expect(reopened.getSubject()).toBeUndefined();
    expect(reopened.getKeywords()).toBeUndefined();
    expect(reopened.getCreationDate()).toBeUndefined();
    expect(reopened.getModificationDate()).toBeUndefined();
    expect(reopened.catalog.has(PDFName.of('Metadata'))).toBe(false);
    expect(reopened.getPageCount()).toBe(1);
    expect(result.removed).toEqual(['文档属性（作者等）', 'XMP 元数据']);

    const twice = await sanitizeForPublication({ data: result.data, contentType: 'application/pdf' });
    expect(twice.data.equals(result.data)).toBe(true);
    expect(twice.removed).toEqual([]);
  });

  it('refuses an encrypted PDF', async () => {
    await expect(
      sanitizeForPublication({ data: await encryptedPdf(), contentType: 'application/pdf' }),
    ).rejects.toMatchObject({
      reason: 'STORAGE.CANNOT_SANITIZE',
      message: '无法清理该 PDF 的元数据（可能已加密），请上传未加密的版本',
    });
  });
});

describe('sanitizeForPublication — images', () => {
  it('drops EXIF, XMP, IPTC and comments from a JPEG and keeps every other byte', async () => {
    const original = jpegWithExif();
    expect(original.toString('latin1')).toContain('GPS-MARKER');
    const result = await sanitizeForPublication({ data: original, contentType: 'image/jpeg' });

    expect(result.data.equals(Buffer.concat(JPEG_KEPT))).toBe(true);
    expect(result.data.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(result.data.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    for (const marker of [
      'GPS-MARKER',
      'CAMERA-MARKER',
      'XMP-MARKER',
      'IPTC-MARKER',
      'COMMENT-MARKER',
      'TRAILER-MARKER',
    ]) {
      expect(result.data.toString('latin1')).not.toContain(marker);
    }
    expect(result.removed).toEqual(['EXIF 信息', 'XMP 元数据', 'IPTC 信息', '图片注释']);
    const twice = await sanitizeForPublication({ data: result.data, contentType: 'image/jpeg' });
    expect(twice.data.equals(result.data)).toBe(true);
    expect(twice.removed).toEqual([]);
  });

  it('refuses a truncated JPEG', async () => {
    await expect(
      sanitizeForPublication({ data: jpegWithExif().subarray(0, 30), contentType: 'image/jpeg' }),
    ).rejects.toMatchObject({ reason: 'STORAGE.CANNOT_SANITIZE' });
  });

  it('drops text, EXIF and time chunks from a PNG and keeps the rest with valid CRCs', async () => {
    const original = pngWithText();
    expect(original.includes(Buffer.from('张三'))).toBe(true);
    const result = await sanitizeForPublication({ data: original, contentType: 'image/png' });

    expect(result.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngChunks(result.data)).toEqual([
      ['IHDR', true],
      ['IDAT', true],
      ['IEND', true],
    ]);
    for (const marker of ['张三', 'Author', 'ITXT-MARKER', 'EXIF-MARKER']) {
      expect(result.data.includes(Buffer.from(marker))).toBe(false);
    }
    expect(result.removed).toEqual(['图片文本信息（作者等）', 'EXIF 信息', '图片修改时间']);
    const twice = await sanitizeForPublication({ data: result.data, contentType: 'image/png' });
    expect(twice.data.equals(result.data)).toBe(true);
  });
});

describe('sanitizeForPublication — other types', () => {
  it('returns plain text as it is', async () => {
    const data = Buffer.from('作者：张三\n正文');
    const result = await sanitizeForPublication({ data, contentType: 'text/plain' });
    expect(result.data.equals(data)).toBe(true);
    expect(result.removed).toEqual([]);
    expect(result.sizeBytes).toBe(data.length);
  });

  it('refuses a type it cannot clean rather than publish it as it is', async () => {
    await expect(
      sanitizeForPublication({ data: Buffer.from('x'), contentType: 'application/zip' }),
    ).rejects.toMatchObject({ reason: 'STORAGE.CANNOT_SANITIZE' });
  });
});
