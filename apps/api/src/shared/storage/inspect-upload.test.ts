import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectUpload } from './inspect-upload.js';

const MB = 1024 * 1024;

/** An uncompressed ZIP archive with the given entries, as OOXML documents and plain archives are. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(text);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

/** An Office Open XML package whose main part has the given content type. */
const ooxml = (folder: string, mainContentType: string) =>
  zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${folder}/main.xml" ContentType="${mainContentType}"/></Types>`,
    [`${folder}/main.xml`]: '<main/>',
  });

const DOCX = ooxml(
  'word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
);
const XLSX = ooxml('xl', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml');
const PPTX = ooxml(
  'ppt',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
);
const DOCM = ooxml('word', 'application/vnd.ms-word.document.macroEnabled.main+xml');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  pngChunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])),
  pngChunk('IEND', Buffer.alloc(0)),
]);
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(32),
  Buffer.from([0xff, 0xd9]),
]);
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(126)]);
const TEXT = Buffer.from('关于做好 2026 年政务公开工作的通知\n第一条 ……\n');

const inspect = (fileName: string, data: Buffer, maxBytes = 20 * MB) =>
  inspectUpload({ fileName, data, maxBytes });
const refusal = (reason: string) => ({
  code: 'BAD_USER_INPUT',
  reason,
  fields: { file: [expect.any(String)] },
});

describe('inspectUpload', () => {
  it.each([
    ['公告.pdf', PDF, 'application/pdf', 'pdf'],
    ['通知.docx', DOCX, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['统计表.XLSX', XLSX, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    ['汇报.pptx', PPTX, 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
    ['照片.jpg', JPEG, 'image/jpeg', 'jpg'],
    ['照片.jpeg', JPEG, 'image/jpeg', 'jpeg'],
    ['截图.png', PNG, 'image/png', 'png'],
    ['说明.txt', TEXT, 'text/plain', 'txt'],
  ])('accepts %s by its content', async (fileName, data, contentType, extension) => {
    await expect(inspect(`  ${fileName} `, data)).resolves.toEqual({
      fileName,
      contentType,
      extension,
      sizeBytes: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
  });

  it('refuses executables and archives whatever their name says', async () => {
    await expect(inspect('年报.pdf', ELF)).rejects.toMatchObject(refusal('STORAGE.TYPE_NOT_ALLOWED'));
    await expect(inspect('年报.pdf', EXE)).rejects.toMatchObject(refusal('STORAGE.TYPE_NOT_ALLOWED'));
    await expect(inspect('年报.pdf', zip({ 'report.pdf': '%PDF-1.4' }))).rejects.toMatchObject(
      refusal('STORAGE.TYPE_NOT_ALLOWED'),
    );
    // A macro-enabled Word document is an OOXML package too, but not an allowed one.
    await expect(inspect('通知.docx', DOCM)).rejects.toMatchObject(refusal('STORAGE.TYPE_NOT_ALLOWED'));
  });

  it('lists the allowed types when it refuses one', async () => {
    await expect(inspect('a.exe', EXE)).rejects.toThrow(
      'PDF、Word（.docx）、Excel（.xlsx）、PowerPoint（.pptx）、JPEG、PNG、纯文本',
    );
  });

  it('refuses an allowed type under another type’s extension', async () => {
    await expect(inspect('公告.pdf', PNG)).rejects.toMatchObject(refusal('STORAGE.EXTENSION_MISMATCH'));
    await expect(inspect('通知.xlsx', DOCX)).rejects.toMatchObject(refusal('STORAGE.EXTENSION_MISMATCH'));
    await expect(inspect('说明.pdf', TEXT)).rejects.toMatchObject(refusal('STORAGE.EXTENSION_MISMATCH'));
    await expect(inspect('说明', TEXT)).rejects.toMatchObject(refusal('STORAGE.EXTENSION_MISMATCH'));
  });

  it('refuses text with NUL bytes or invalid UTF-8', async () => {
    await expect(inspect('a.txt', Buffer.from('abc\0def'))).rejects.toMatchObject(
      refusal('STORAGE.TYPE_NOT_ALLOWED'),
    );
    await expect(inspect('a.txt', Buffer.from([0x61, 0xc3, 0x28, 0x62]))).rejects.toMatchObject(
      refusal('STORAGE.TYPE_NOT_ALLOWED'),
    );
  });

  it('refuses empty files and files over the limit, naming the limit in MB', async () => {
    await expect(inspect('a.txt', Buffer.alloc(0))).rejects.toMatchObject(refusal('STORAGE.EMPTY'));
    await expect(inspect('a.pdf', PDF, PDF.length)).resolves.toMatchObject({ sizeBytes: PDF.length });
    await expect(inspect('a.pdf', PDF, PDF.length - 1)).rejects.toMatchObject(refusal('STORAGE.TOO_LARGE'));
    await expect(inspect('a.txt', Buffer.alloc(20 * MB + 1, 0x61))).rejects.toThrow('20 MB');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    [`${'长'.repeat(197)}.txt`, '201 characters'],
    ['../etc/passwd.txt', 'a path'],
    ['folder\\a.txt', 'a Windows path'],
    ['a\nb.txt', 'a line break'],
    ['report\u202Etxt.exe', 'a bidirectional override'],
  ])('refuses the name %j (%s)', async (fileName) => {
    await expect(inspect(fileName, TEXT)).rejects.toMatchObject(refusal('STORAGE.INVALID_NAME'));
  });

  it('accepts a name of exactly 200 characters', async () => {
    await expect(inspect(`${'长'.repeat(196)}.txt`, TEXT)).resolves.toMatchObject({ extension: 'txt' });
  });
});
