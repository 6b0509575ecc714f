import { crc32, deflateSync } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function relationships(entries: [id: string, type: string, target: string][]): string {
  const items = entries.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${OFFICE_REL}/${type}" Target="${target}"/>`,
  );
  return `${DECLARATION}<Relationships xmlns="${RELS_NS}">${items.join('')}</Relationships>`;
}

function contentTypes(overrides: [part: string, type: string][]): string {
  const items = overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`);
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/><Default Extension="jpeg" ContentType="image/jpeg"/>' +
    `${items.join('')}</Types>`
  );
}

const CORE_PROPERTIES =
  `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<dc:title>公开标题</dc:title><dc:creator>张三</dc:creator><cp:lastModifiedBy>李四</cp:lastModifiedBy>' +
  '<cp:revision>7</cp:revision><cp:lastPrinted>2024-03-01T08:00:00Z</cp:lastPrinted>' +
  '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T08:00:00Z</dcterms:created></cp:coreProperties>';

const APP_PROPERTIES =
  `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  '<Template>Normal.dotm</Template><TotalTime>42</TotalTime><Company>某某局内部处室</Company>' +
  '<Manager>赵六</Manager><Application>Microsoft Office Word</Application></Properties>';

const PACKAGE_RELATIONSHIPS = (main: string) =>
  relationships([
    ['rId1', 'officeDocument', main],
    ['rId2', 'extended-properties', 'docProps/app.xml'],
    ['rId3', 'custom-properties', 'docProps/custom.xml'],
  ]).replace(
    '</Relationships>',
    `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );

const CUSTOM_PROPERTIES =
  `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="内部编号"><vt:lpwstr>SECRET-CUSTOM</vt:lpwstr></property></Properties>';

const DOCUMENT =
  `${DECLARATION}<w:document ${W_NS} ${R_NS}><w:body>` +
  '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3"><w:r w:rsidRPr="00A1B2C3"><w:t>正文保留</w:t></w:r>' +
  '<w:ins w:id="1" w:author="李四" w:date="2024-03-01T08:00:00Z"><w:r><w:t>新增文字</w:t></w:r></w:ins>' +
  '<w:del w:id="2" w:author="李四" w:date="2024-03-01T08:00:00Z"><w:r><w:delText>删除的机密</w:delText></w:r></w:del>' +
  '<w:commentRangeStart w:id="0"/><w:r><w:t>被批注</w:t></w:r><w:commentRangeEnd w:id="0"/>' +
  '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r></w:p>' +
  '<w:p><w:pPr><w:rPr><w:del w:id="3" w:author="李四" w:date="2024-03-01T08:00:00Z"/></w:rPr></w:pPr><w:r><w:t>合并前</w:t></w:r></w:p>' +
  '<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="4" w:author="李四" w:date="2024-03-01T08:00:00Z"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>合并后</w:t></w:r></w:p>' +
  '<w:tbl><w:tr><w:trPr><w:del w:id="5" w:author="李四" w:date="2024-03-01T08:00:00Z"/></w:trPr>' +
  '<w:tc><w:p><w:r><w:t>删除的行</w:t></w:r></w:p></w:tc></w:tr>' +
  '<w:tr><w:tc><w:p><w:r><w:t>保留的行</w:t></w:r></w:p></w:tc></w:tr></w:tbl>' +
  '<w:p><w:moveFromRangeStart w:id="6" w:name="move1" w:author="李四"/><w:moveFrom w:id="7" w:author="李四"><w:r><w:t>移走的旧位置</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="6"/></w:p>' +
  '<w:p><w:moveToRangeStart w:id="8" w:name="move1" w:author="李四"/><w:moveTo w:id="9" w:author="李四"><w:r><w:t>移到的新位置</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="8"/></w:p>' +
  '<w:p><w:r><w:drawing><a:blip xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" r:embed="rId4"/></w:drawing></w:r></w:p>' +
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:sectPrChange w:id="10" w:author="李四"><w:sectPr/></w:sectPrChange></w:sectPr>' +
  '</w:body></w:document>';

const HEADER =
  `${DECLARATION}<w:hdr ${W_NS}><w:p><w:ins w:id="11" w:author="李四"><w:r><w:t>页眉新增</w:t></w:r></w:ins>` +
  '<w:del w:id="12" w:author="李四"><w:r><w:delText>DELETED-IN-HEADER</w:delText></w:r></w:del></w:p></w:hdr>';

const COMMENTS =
  `${DECLARATION}<w:comments ${W_NS}><w:comment w:id="0" w:author="王五" w:initials="WW" w:date="2024-03-01T08:00:00Z">` +
  '<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>批注内容：机密</w:t></w:r></w:p></w:comment></w:comments>';

const PEOPLE =
  `${DECLARATION}<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">` +
  '<w15:person w15:author="王五"><w15:presenceInfo w15:providerId="None" w15:userId="王五"/></w15:person></w15:people>';

const SETTINGS = `${DECLARATION}<w:settings ${W_NS}><w:zoom w:percent="100"/><w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00A1B2C3"/></w:rsids></w:settings>`;

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** A DOCX as Word writes one with tracking on, a comment, personal properties and a photo with EXIF. */
export function docxWithHistory(): Buffer {
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        contentTypes([
          ['/word/document.xml', `${WORD_MAIN}.document.main+xml`],
          ['/word/header1.xml', `${WORD_MAIN}.header+xml`],
          ['/word/comments.xml', `${WORD_MAIN}.comments+xml`],
          ['/word/people.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml'],
          ['/word/settings.xml', `${WORD_MAIN}.settings+xml`],
          ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
          ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
          ['/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml'],
        ]),
      ),
      '_rels/.rels': strToU8(PACKAGE_RELATIONSHIPS('word/document.xml')),
      'word/document.xml': strToU8(DOCUMENT),
      'word/_rels/document.xml.rels': strToU8(
        relationships([
          ['rId1', 'comments', 'comments.xml'],
          ['rId2', 'header', 'header1.xml'],
          ['rId3', 'settings', 'settings.xml'],
          ['rId4', 'image', 'media/image1.jpeg'],
        ]).replace(
          '</Relationships>',
          `<Relationship Id="rId5" Type="http://schemas.microsoft.com/office/2011/relationships/people" Target="people.xml"/></Relationships>`,
        ),
      ),
      'word/header1.xml': strToU8(HEADER),
      'word/comments.xml': strToU8(COMMENTS),
      'word/people.xml': strToU8(PEOPLE),
      'word/settings.xml': strToU8(SETTINGS),
      'word/media/image1.jpeg': jpegWithExif(),
      'docProps/core.xml': strToU8(CORE_PROPERTIES),
      'docProps/app.xml': strToU8(APP_PROPERTIES),
      'docProps/custom.xml': strToU8(CUSTOM_PROPERTIES),
    }),
  );
}

const SHEET_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** An XLSX with a cell comment (and the VML drawing Excel shows it with), a creator and its saved path. */
export function xlsxWithComment(): Buffer {
  const sheetNs = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        contentTypes([
          ['/xl/workbook.xml', `${SHEET_MAIN}.sheet.main+xml`],
          ['/xl/worksheets/sheet1.xml', `${SHEET_MAIN}.worksheet+xml`],
          ['/xl/comments1.xml', `${SHEET_MAIN}.comments+xml`],
          ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
          ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
        ]).replace(
          '</Types>',
          '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
        ),
      ),
      '_rels/.rels': strToU8(PACKAGE_RELATIONSHIPS('xl/workbook.xml')),
      'xl/workbook.xml': strToU8(
        `${DECLARATION}<workbook ${sheetNs} ${R_NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
          'xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac">' +
          '<fileSharing userName="张三"/>' +
          '<mc:AlternateContent><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\张三\\Desktop\\"/></mc:Choice></mc:AlternateContent>' +
          '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(relationships([['rId1', 'worksheet', 'worksheets/sheet1.xml']])),
      'xl/worksheets/sheet1.xml': strToU8(
        `${DECLARATION}<worksheet ${sheetNs} ${R_NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>公开数据</t></is></c></row></sheetData>` +
          '<legacyDrawing r:id="rId2"/></worksheet>',
      ),
      'xl/worksheets/_rels/sheet1.xml.rels': strToU8(
        relationships([
          ['rId1', 'comments', '../comments1.xml'],
          ['rId2', 'vmlDrawing', '../drawings/vmlDrawing1.vml'],
        ]),
      ),
      'xl/comments1.xml': strToU8(
        `${DECLARATION}<comments ${sheetNs}><authors><author>王五</author></authors><commentList>` +
          '<comment ref="A1" authorId="0"><text><r><t>表格批注机密</t></r></text></comment></commentList></comments>',
      ),
      'xl/drawings/vmlDrawing1.vml': strToU8(
        '<xml><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><x:ClientData xmlns:x="urn:schemas-microsoft-com:office:excel" ObjectType="Note"/></v:shape></xml>',
      ),
      'docProps/core.xml': strToU8(CORE_PROPERTIES),
      'docProps/app.xml': strToU8(APP_PROPERTIES),
    }),
  );
}

/** Every part of a ZIP archive, as text. */
export function unzipText(data: Buffer): Map<string, string> {
  return new Map(
    Object.entries(unzipSync(data)).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]),
  );
}

/** A PDF with every document information entry filled, an XMP stream and an object nothing refers to. */
export async function pdfWithMetadata(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  document.setTitle('Public Title');
  document.setAuthor('张三');
  document.setCreator('CREATOR-MARKER');
  document.setProducer('PRODUCER-MARKER');
  document.setSubject('SUBJECT-MARKER');
  document.setKeywords(['KEYWORD-MARKER']);
  document.setCreationDate(new Date('2024-03-01T08:00:00Z'));
  document.setModificationDate(new Date('2024-03-02T08:00:00Z'));
  const xmp = document.context.stream(
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>XMP-AUTHOR-MARKER</dc:creator></x:xmpmeta>',
    { Type: 'Metadata', Subtype: 'XML' },
  );
  document.catalog.set(PDFName.of('Metadata'), document.context.register(xmp));
  document.context.register(PDFString.of('ORPHAN-MARKER'));
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

export async function encryptedPdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([200, 200]);
  document.context.trailerInfo.Encrypt = document.context.obj({ Filter: 'Standard', V: 2, R: 3 });
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const header = Buffer.from([0xff, marker, 0, 0]);
  header.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([header, payload]);
}

/** The parts of a JPEG that must survive, in order (SOI … EOI), and what stands between them. */
export const JPEG_KEPT = [
  Buffer.from([0xff, 0xd8]),
  jpegSegment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
  jpegSegment(0xdb, Buffer.alloc(65, 1)),
  jpegSegment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
  jpegSegment(0xc4, Buffer.concat([Buffer.from([0]), Buffer.alloc(16, 0), Buffer.from([])])),
  // A scan with a stuffed 0xFF00 and a restart marker inside its entropy-coded data.
  jpegSegment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
  Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]),
  Buffer.from([0xff, 0xd9]),
];

export function jpegWithExif(): Buffer {
  const [soi, app0, ...rest] = JPEG_KEPT;
  return Buffer.concat([
    soi,
    app0,
    jpegSegment(0xe1, Buffer.from('Exif\0\0GPS-MARKER 31.2304N Canon EOS CAMERA-MARKER', 'latin1')),
    jpegSegment(
      0xe1,
      Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>XMP-MARKER</x:xmpmeta>', 'latin1'),
    ),
    jpegSegment(0xed, Buffer.from('Photoshop 3.0\0IPTC-MARKER', 'latin1')),
    jpegSegment(0xfe, Buffer.from('COMMENT-MARKER', 'latin1')),
    ...rest,
    Buffer.from('TRAILER-MARKER', 'latin1'),
  ]);
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A 1×1 PNG with an author text chunk, international text, EXIF and a modification time. */
export function pngWithText(): Buffer {
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from('Author\0张三')),
    pngChunk('iTXt', Buffer.from('Comment\0\0\0\0\0ITXT-MARKER')),
    pngChunk('eXIf', Buffer.from('MM\0*EXIF-MARKER', 'latin1')),
    pngChunk('tIME', Buffer.from([0x07, 0xe8, 3, 1, 8, 0, 0])),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The chunks of a PNG as [type, CRC valid], for checking a sanitized one. */
export function pngChunks(data: Buffer): [type: string, crcValid: boolean][] {
  const chunks: [string, boolean][] = [];
  for (let position = 8; position < data.length;) {
    const length = data.readUInt32BE(position);
    const typeAndData = data.subarray(position + 4, position + 8 + length);
    chunks.push([
      typeAndData.toString('latin1', 0, 4),
      data.readUInt32BE(position + 8 + length) === crc32(typeAndData),
    ]);
    position += 12 + length;
  }
  return chunks;
}
