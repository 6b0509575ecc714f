import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  DOCX,
  docxWithHistory,
  JPEG_KEPT,
  unzipText,
  XLSX,
  xlsxWithComment,
} from './fixtures.test-support.js';
import { sanitizeForPublication } from './index.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Asserts no marker is in the archive's bytes nor in any of its unpacked parts. */
function expectNoneOf(archive: Buffer, markers: string[]): void {
  const everything = [
    archive.toString('utf8'),
    archive.toString('latin1'),
    ...unzipText(archive).values(),
  ].join('\n');
  for (const marker of markers) expect(everything, marker).not.toContain(marker);
}

function textOfParts(archive: Buffer): string {
  return [...unzipText(archive).values()].join('\n');
}

describe('sanitizeForPublication — DOCX', () => {
  const hidden = [
    '张三',
    '李四',
    '王五',
    '赵六',
    '删除的机密',
    'DELETED-IN-HEADER',
    '批注内容',
    '某某局内部处室',
    'SECRET-CUSTOM',
    '移走的旧位置',
    '删除的行',
    '00A1B2C3',
    'GPS-MARKER',
    'XMP-MARKER',
  ];

  it('the fixture carries everything the test looks for', () => {
    const parts = textOfParts(docxWithHistory());
    for (const marker of hidden.filter((text) => !text.endsWith('-MARKER'))) expect(parts).toContain(marker);
  });

  it('accepts tracked changes and removes comments, personal properties, rsids and photo EXIF', async () => {
    const result = await sanitizeForPublication({ data: docxWithHistory(), contentType: DOCX });

    expectNoneOf(result.data, hidden);
    const parts = unzipText(result.data);
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/header1.xml',
      'word/media/image1.jpeg',
      'word/settings.xml',
    ]);
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/_rels/document.xml.rels']) {
      expect(parts.get(name)).not.toMatch(/comments|people|custom/);
    }

    const document = new DOMParser().parseFromString(parts.get('word/document.xml') ?? '', 'application/xml');
    for (const name of [
      'ins',
      'del',
      'delText',
      'moveFrom',
      'moveTo',
      'rPrChange',
      'sectPrChange',
      'commentReference',
      'commentRangeStart',
    ]) {
      expect(document.getElementsByTagNameNS(W, name).length, name).toBe(0);
    }
    const paragraphs = Array.from(
      { length: document.getElementsByTagNameNS(W, 'p').length },
      (_, index) => document.getElementsByTagNameNS(W, 'p').item(index)?.textContent,
    );
    expect(paragraphs).toContain('正文保留新增文字被批注');
    // The paragraph whose mark was deleted is joined with the next one.
    expect(paragraphs).toContain('合并前合并后');
    expect(paragraphs).toContain('保留的行');
    expect(paragraphs).toContain('移到的新位置');
    expect(document.getElementsByTagNameNS(W, 'b').length).toBe(1);
    expect(document.getElementsByTagNameNS(W, 'pgSz').length).toBe(1);
    expect(parts.get('word/header1.xml')).toContain('页眉新增');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>公开标题</dc:title>');
    expect(parts.get('docProps/core.xml')).not.toMatch(/revision|lastPrinted|created/);
    expect(parts.get('docProps/app.xml')).not.toMatch(/Company|Manager|Template|TotalTime/);
    expect(parts.get('docProps/app.xml')).toContain('<Application>Microsoft Office Word</Application>');
    expect(
      Buffer.from(unzipSync(result.data)['word/media/image1.jpeg']).equals(Buffer.concat(JPEG_KEPT)),
    ).toBe(true);
    expect(result.removed).toEqual([
      '批注',
      '文档属性（作者等）',
      '修订记录',
      '编辑会话标识',
      'EXIF 信息',
      'XMP 元数据',
      'IPTC 信息',
      '图片注释',
    ]);
    expect(result.sizeBytes).toBe(result.data.length);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('sanitizing the sanitized file changes nothing', async () => {
    const once = await sanitizeForPublication({ data: docxWithHistory(), contentType: DOCX });
    const twice = await sanitizeForPublication({ data: once.data, contentType: DOCX });
    expect(twice.data.equals(once.data)).toBe(true);
    expect(twice.sha256).toBe(once.sha256);
    expect(twice.removed).toEqual([]);
  });

  it('refuses a file that is not a ZIP archive', async () => {
    await expect(
      sanitizeForPublication({ data: Buffer.from('not a zip at all'), contentType: DOCX }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'STORAGE.CANNOT_SANITIZE',
      fields: { file: [expect.stringContaining('无法清理')] },
    });
  });
});

describe('sanitizeForPublication — XLSX', () => {
  const hidden = ['张三', '李四', '王五', '表格批注机密', '某某局内部处室', 'Desktop'];

  it('removes the comment with its drawing, the creator and the saved path', async () => {
    expect(textOfParts(xlsxWithComment())).toContain('表格批注机密');
    const result = await sanitizeForPublication({ data: xlsxWithComment(), contentType: XLSX });

    expectNoneOf(result.data, hidden);
    const parts = unzipText(result.data);
    expect(parts.has('xl/comments1.xml')).toBe(false);
    expect(parts.has('xl/drawings/vmlDrawing1.vml')).toBe(false);
    expect(parts.get('xl/worksheets/sheet1.xml')).toContain('公开数据');
    expect(parts.get('xl/worksheets/sheet1.xml')).not.toContain('legacyDrawing');
    expect(parts.get('xl/worksheets/_rels/sheet1.xml.rels')).not.toMatch(/comments|vmlDrawing/);
    expect(parts.get('[Content_Types].xml')).not.toContain('comments1');
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="Sheet1"');
    expect(result.removed).toEqual(['批注', '文档属性（作者等）']);

    const twice = await sanitizeForPublication({ data: result.data, contentType: XLSX });
    expect(twice.data.equals(result.data)).toBe(true);
  });
});
