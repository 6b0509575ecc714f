import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRef,
  PDFStream,
  type PDFContext,
  type PDFObject,
} from 'pdf-lib';
import { cannotSanitize, REMOVED, type Removals } from './removals.js';

const TITLE = PDFName.of('Title');
const METADATA = PDFName.of('Metadata');
const TYPE = PDFName.of('Type');

/**
 * Removes a PDF's document information (author, creator, producer, subject, keywords, dates — the title
 * stays, it is what readers see in their window) and every XMP metadata stream. The file is written anew
 * whole, and objects nothing refers to any more — older revisions' metadata left by incremental saves —
 * are not written at all.
 */
export async function sanitizePdf(data: Buffer, removals: Removals): Promise<Buffer> {
  let document: PDFDocument;
  try {
    // updateMetadata: false, or pdf-lib would stamp its own Producer and dates in.
    document = await PDFDocument.load(data, { updateMetadata: false });
  } catch {
    throw cannotSanitize('无法清理该 PDF 的元数据（可能已加密），请上传未加密的版本');
  }
  const { context } = document;
  stripInformation(context, removals);
  stripMetadataStreams(context, removals);
  deleteUnreachable(context);
  const saved = await document.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  return Buffer.from(saved);
}

function stripInformation(context: PDFContext, removals: Removals): void {
  const info = context.lookupMaybe(context.trailerInfo.Info, PDFDict);
  if (!info) return;
  for (const key of info.keys()) {
    if (key === TITLE) continue;
    info.delete(key);
    removals.add(REMOVED.documentProperties);
  }
}

function stripMetadataStreams(context: PDFContext, removals: Removals): void {
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = asDict(object);
    if (!dict) continue;
    if (dict.lookup(TYPE) === METADATA) {
      context.delete(ref);
      removals.add(REMOVED.xmp);
    } else if (dict.has(METADATA)) {
      dict.delete(METADATA);
      removals.add(REMOVED.xmp);
    }
  }
}

/** Deletes the indirect objects that cannot be reached from the trailer's Root and Info. */
function deleteUnreachable(context: PDFContext): void {
  const reached = new Set<PDFRef>();
  const pending: (PDFObject | undefined)[] = [context.trailerInfo.Root, context.trailerInfo.Info];
  while (pending.length > 0) {
    const object = pending.pop();
    if (object instanceof PDFRef) {
      if (reached.has(object)) continue;
      reached.add(object);
      pending.push(context.lookup(object));
    } else if (object instanceof PDFArray) {
      for (const item of object.asArray()) pending.push(item);
    } else {
      const dict = asDict(object);
      if (dict) for (const value of dict.values()) pending.push(value);
    }
  }
  let largestObjectNumber = 0;
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reached.has(ref)) context.delete(ref);
    else largestObjectNumber = Math.max(largestObjectNumber, ref.objectNumber);
  }
  // The trailer's /Size is derived from this; stale, it would count the deleted objects.
  context.largestObjectNumber = largestObjectNumber;
}

function asDict(object: PDFObject | undefined): PDFDict | undefined {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream) return object.dict;
  return undefined;
}
