import { cannotSanitize, REMOVED, type Removals } from './removals.js';

const damagedImage = () => cannotSanitize('无法清理该图片的元数据，文件可能已损坏');

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;
const APP13 = 0xed;
const COM = 0xfe;
const EXIF_SIGNATURE = Buffer.from('Exif\0\0', 'latin1');

/**
 * Drops the JPEG segments that carry who, where and with what a photo was taken — APP1 (EXIF, XMP),
 * APP13 (IPTC) and COM — and anything after EOI (where some cameras append more); every other byte is
 * copied as it is, so the picture itself is untouched.
 */
export function sanitizeJpeg(data: Buffer, removals: Removals): Buffer {
  if (data.length < 4 || data[0] !== 0xff || data[1] !== SOI) throw damagedImage();
  const kept: Buffer[] = [data.subarray(0, 2)];
  let position = 2;
  for (;;) {
    if (position + 2 > data.length || data[position] !== 0xff) throw damagedImage();
    let markerAt = position;
    // Fill bytes (0xFF) may stand before a marker.
    while (data[markerAt + 1] === 0xff) markerAt += 1;
    const marker = data[markerAt + 1];
    if (marker === undefined) throw damagedImage();
    if (marker === EOI) {
      kept.push(data.subarray(position, markerAt + 2));
      return Buffer.concat(kept);
    }
    if (isStandaloneMarker(marker)) {
      kept.push(data.subarray(position, markerAt + 2));
      position = markerAt + 2;
      continue;
    }
    if (markerAt + 4 > data.length) throw damagedImage();
    const segmentEnd = markerAt + 2 + data.readUInt16BE(markerAt + 2);
    if (segmentEnd > data.length || segmentEnd < markerAt + 4) throw damagedImage();
    const end = marker === SOS ? endOfScan(data, segmentEnd) : segmentEnd;
    const removed = removedSegment(marker, data.subarray(markerAt + 4, segmentEnd));
    if (removed) removals.add(removed);
    else kept.push(data.subarray(position, end));
    position = end;
  }
}

/** Markers with no length field: TEM and the restart markers RST0–RST7. */
function isStandaloneMarker(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/** Where a scan's entropy-coded data ends: at the first marker that is neither a stuffed 0x00 nor RSTn. */
function endOfScan(data: Buffer, from: number): number {
  for (let index = from; index + 1 < data.length; index += 1) {
    if (data[index] !== 0xff) continue;
    const next = data[index + 1];
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return index;
  }
  throw damagedImage();
}

function removedSegment(marker: number, payload: Buffer): string | undefined {
  if (marker === APP1) {
    return payload.subarray(0, EXIF_SIGNATURE.length).equals(EXIF_SIGNATURE) ? REMOVED.exif : REMOVED.xmp;
  }
  if (marker === APP13) return REMOVED.iptc;
  if (marker === COM) return REMOVED.imageComment;
  return undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_REMOVED_CHUNKS = new Map<string, string>([
  ['tEXt', REMOVED.imageText],
  ['zTXt', REMOVED.imageText],
  ['iTXt', REMOVED.imageText],
  ['eXIf', REMOVED.exif],
  ['tIME', REMOVED.imageTime],
]);

/**
 * Drops the PNG chunks that carry text (author, software, comments), EXIF and the modification time, and
 * anything after IEND. Kept chunks are copied whole, their CRCs with them.
 */
export function sanitizePng(data: Buffer, removals: Removals): Buffer {
  if (!data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) throw damagedImage();
  const kept: Buffer[] = [PNG_SIGNATURE];
  let position = PNG_SIGNATURE.length;
  for (;;) {
    if (position + 12 > data.length) throw damagedImage();
    const chunkEnd = position + 12 + data.readUInt32BE(position);
    if (chunkEnd > data.length) throw damagedImage();
    const type = data.toString('latin1', position + 4, position + 8);
    const removed = PNG_REMOVED_CHUNKS.get(type);
    if (removed) removals.add(removed);
    else kept.push(data.subarray(position, chunkEnd));
    if (type === 'IEND') return Buffer.concat(kept);
    position = chunkEnd;
  }
}
