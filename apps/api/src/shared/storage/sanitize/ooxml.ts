// fflate rather than JSZip: synchronous, no dependencies, typed, and its output depends only on the input
// and the options we pass (fixed times), which keeps sanitizing repeatable byte for byte.
import { unzipSync, zipSync, type Zippable } from 'fflate';
// An XML DOM rather than regular expressions: tracked changes nest (w:ins around w:del, runs inside
// hyperlinks and fields) and namespace prefixes vary, which only a real parse handles reliably.
import { DOMParser, onErrorStopParsing, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { sanitizeJpeg, sanitizePng } from './images.js';
import { cannotSanitize, REMOVED, Removals } from './removals.js';
import { acceptTrackedChanges, removeCommentMarkers, removeEditingSessionIds } from './wordprocessing.js';
import { attributesOf, childElements, descendants, detach, isElement, isNamed } from './xml-tree.js';

export type OfficeKind = 'wordprocessing' | 'spreadsheet' | 'presentation';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DC = 'http://purl.org/dc/elements/1.1/';
const ABSOLUTE_PATH = 'http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac';
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Unpacked, an upload of at most tens of megabytes is far below this; a zip bomb is far above. */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
/** Entries get one fixed time, so the archive tells nothing of when it was made and repeats exactly. */
const ENTRY_TIME = new Date(1980, 0, 1);
/** Of the document properties, only what a reader should see stays. */
const KEPT_CORE_PROPERTIES = new Set(['title', 'language']);
const REMOVED_APP_PROPERTIES = new Set(['Company', 'Manager', 'Template', 'TotalTime', 'HyperlinkBase']);

const damaged = () => cannotSanitize('无法清理该文件的元数据，文件可能已损坏，请另存后重新上传');

/** Parts removed whole, by kind, with what the publisher is told. */
function removedPartLabel(name: string, kind: OfficeKind): string | undefined {
  if (name === 'docProps/custom.xml') return REMOVED.documentProperties;
  if (/^docProps\/thumbnail\.[^/]+$/.test(name)) return REMOVED.thumbnail;
  if (kind === 'wordprocessing' && /^word\/(comments\w*|people)\.xml$/.test(name)) return REMOVED.comments;
  if (kind === 'spreadsheet') {
    if (/^xl\/(comments\d*\.xml$|threadedComments\/|persons\/)/.test(name)) return REMOVED.comments;
    if (/^xl\/revisions\//.test(name)) return REMOVED.trackedChanges;
  }
  if (kind === 'presentation' && /^ppt\/(comments\/|commentAuthors\.xml$|authors\.xml$)/.test(name)) {
    return REMOVED.comments;
  }
  return undefined;
}

/**
 * Strips an Office Open XML file (DOCX, XLSX, PPTX) of what its authors did not mean to publish: tracked
 * changes (accepted), comments, personal document properties, editing-session ids, the saved thumbnail
 * (which can show all of these) and the camera metadata of embedded photos.
 */
export function sanitizeOfficeDocument(data: Buffer, kind: OfficeKind, removals: Removals): Buffer {
  const officePackage = OfficePackage.open(data);
  const removedParts = new Set<string>();
  for (const name of officePackage.names()) {
    const label = removedPartLabel(name, kind);
    if (!label) continue;
    removedParts.add(name);
    removals.add(label);
  }
  if (kind === 'spreadsheet') addCommentDrawings(officePackage, removedParts);
  dropRelationshipsTo(officePackage, removedParts);
  dropContentTypeOverrides(officePackage, removedParts);
  for (const name of removedParts) officePackage.remove(name);

  officePackage.edit(
    'docProps/core.xml',
    (document) => stripCoreProperties(document),
    () => removals.add(REMOVED.documentProperties),
  );
  officePackage.edit(
    'docProps/app.xml',
    (document) => stripAppProperties(document),
    () => removals.add(REMOVED.documentProperties),
  );
  if (kind === 'wordprocessing') {
    for (const name of officePackage.names().filter((part) => /^word\/(glossary\/)?[^/]+\.xml$/.test(part))) {
      officePackage.edit(name, acceptTrackedChanges, () => removals.add(REMOVED.trackedChanges));
      officePackage.edit(name, removeCommentMarkers, () => removals.add(REMOVED.comments));
      officePackage.edit(name, removeEditingSessionIds, () => removals.add(REMOVED.editingSessionIds));
    }
  }
  if (kind === 'spreadsheet') {
    officePackage.edit('xl/workbook.xml', stripWorkbookUser, () => removals.add(REMOVED.documentProperties));
  }
  sanitizeEmbeddedImages(officePackage, removals);
  return officePackage.toZip();
}

/** Excel draws comments in a legacy VML drawing next to the comments part: it goes with them. */
function addCommentDrawings(officePackage: OfficePackage, removedParts: Set<string>): void {
  for (const { targets } of officePackage.relationshipFiles()) {
    if (!targets.some(({ target }) => removedParts.has(target))) continue;
    for (const { element, target } of targets) {
      if (element.getAttribute('Type')?.endsWith('/vmlDrawing')) removedParts.add(target);
    }
  }
}

/** Removes the relationships that point at removed parts, and the elements that used them. */
function dropRelationshipsTo(officePackage: OfficePackage, removedParts: Set<string>): void {
  for (const { relationships, source, targets } of officePackage.relationshipFiles()) {
    if (removedParts.has(source)) {
      removedParts.add(relationships);
      continue;
    }
    const removedIds = new Set<string>();
    for (const { element, target } of targets) {
      if (!removedParts.has(target)) continue;
      removedIds.add(element.getAttribute('Id') ?? '');
      detach(element);
      officePackage.changed(relationships);
    }
    if (removedIds.size > 0 && officePackage.has(source) && source.endsWith('.xml')) {
      officePackage.edit(source, (document) => dropReferences(document, removedIds));
    }
  }
}

function dropReferences(document: Document, removedIds: Set<string>): boolean {
  const root = document.documentElement;
  if (!root) return false;
  let changed = false;
  for (const element of descendants(root)) {
    if (
      !attributesOf(element).some(
        (attribute) => attribute.namespaceURI === R && removedIds.has(attribute.value),
      )
    )
      continue;
    changed = true;
    const parent = element.parentNode;
    detach(element);
    // An extension (a:ext, p:ext) left empty would only confuse readers.
    if (isElement(parent) && parent.localName === 'ext' && childElements(parent).length === 0) detach(parent);
  }
  return changed;
}

function dropContentTypeOverrides(officePackage: OfficePackage, removedParts: Set<string>): void {
  const lowerCased = new Set([...removedParts].map((name) => name.toLowerCase()));
  officePackage.edit('[Content_Types].xml', (document) => {
    let changed = false;
    for (const element of childElements(document.documentElement as Element)) {
      const partName = element.getAttribute('PartName')?.replace(/^\//, '').toLowerCase();
      if (element.localName === 'Override' && partName && lowerCased.has(partName)) {
        detach(element);
        changed = true;
      }
    }
    return changed;
  });
}

function stripCoreProperties(document: Document): boolean {
  let changed = false;
  for (const element of childElements(document.documentElement as Element)) {
    if (element.namespaceURI === DC && KEPT_CORE_PROPERTIES.has(element.localName ?? '')) continue;
    detach(element);
    changed = true;
  }
  return changed;
}

function stripAppProperties(document: Document): boolean {
  let changed = false;
  for (const element of childElements(document.documentElement as Element)) {
    if (!REMOVED_APP_PROPERTIES.has(element.localName ?? '')) continue;
    detach(element);
    changed = true;
  }
  return changed;
}

/** The workbook's saved folder path (C:\Users\<name>\…) and the name of whoever reserved it. */
function stripWorkbookUser(document: Document): boolean {
  let changed = false;
  for (const element of descendants(document.documentElement as Element)) {
    if (element.localName === 'fileSharing' && element.hasAttribute('userName')) {
      element.removeAttribute('userName');
      changed = true;
    }
    if (!isNamed(element, ABSOLUTE_PATH, 'absPath')) continue;
    changed = true;
    const choice = element.parentNode;
    detach(element);
    const alternate = choice?.parentNode;
    if (isNamed(alternate, MARKUP_COMPATIBILITY, 'AlternateContent') && isElement(choice)) {
      if (childElements(choice).length === 0) detach(alternate);
    }
  }
  return changed;
}

/** Photos pasted into a document keep their EXIF; one that can't be read is left as Office stored it. */
function sanitizeEmbeddedImages(officePackage: OfficePackage, removals: Removals): void {
  for (const name of officePackage.names()) {
    const sanitize = /\.jpe?g$/i.test(name) ? sanitizeJpeg : /\.png$/i.test(name) ? sanitizePng : undefined;
    if (!sanitize || !/^(word|xl|ppt)\/media\//.test(name)) continue;
    const imageRemovals = new Removals();
    try {
      officePackage.replace(name, sanitize(Buffer.from(officePackage.bytes(name)), imageRemovals));
    } catch {
      continue;
    }
    for (const description of imageRemovals.list()) removals.add(description);
  }
}

interface RelationshipFile {
  relationships: string;
  /** The part the relationships belong to ('' for the package's own). */
  source: string;
  targets: { element: Element; target: string }[];
}

/** The parts of an unpacked package, with the XML ones parsed on first use and written back if changed. */
class OfficePackage {
  private readonly documents = new Map<string, Document>();
  private readonly changedParts = new Set<string>();

  private constructor(private readonly parts: Map<string, Uint8Array>) {}

  static open(data: Buffer): OfficePackage {
    let unpackedBytes = 0;
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(data, {
        filter: (file) => {
          unpackedBytes += file.originalSize;
          if (unpackedBytes > MAX_UNPACKED_BYTES) throw new Error('unpacks too large');
          return true;
        },
      });
    } catch {
      throw damaged();
    }
    const parts = new Map(Object.entries(files).filter(([name]) => !name.endsWith('/')));
    if (!parts.has('[Content_Types].xml')) throw damaged();
    return new OfficePackage(parts);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  bytes(name: string): Uint8Array {
    return this.parts.get(name) ?? new Uint8Array();
  }

  replace(name: string, bytes: Uint8Array): void {
    this.parts.set(name, bytes);
  }

  remove(name: string): void {
    this.parts.delete(name);
    this.documents.delete(name);
    this.changedParts.delete(name);
  }

  changed(name: string): void {
    this.changedParts.add(name);
  }

  /** Runs an edit on a part, if the package has it; `onChange` is called when the edit changed something. */
  edit(name: string, change: (document: Document) => boolean, onChange?: () => void): void {
    const document = this.xml(name);
    if (!document?.documentElement || !change(document)) return;
    this.changedParts.add(name);
    onChange?.();
  }

  relationshipFiles(): RelationshipFile[] {
    const files: RelationshipFile[] = [];
    for (const relationships of this.names()) {
      const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relationships);
      const root = match ? this.xml(relationships)?.documentElement : undefined;
      if (!match || !root) continue;
      const [, folder, sourceName] = match;
      const targets = childElements(root)
        .filter(
          (element) =>
            element.localName === 'Relationship' && element.getAttribute('TargetMode') !== 'External',
        )
        .map((element) => ({
          element,
          target: resolvePartName(folder, element.getAttribute('Target') ?? ''),
        }));
      files.push({ relationships, source: sourceName === '' ? '' : folder + sourceName, targets });
    }
    return files;
  }

  toZip(): Buffer {
    const entries: Zippable = {};
    for (const [name, bytes] of this.parts) {
      const document = this.changedParts.has(name) ? this.documents.get(name) : undefined;
      const data = document
        ? new TextEncoder().encode(new XMLSerializer().serializeToString(document))
        : bytes;
      entries[name] = [data, { mtime: ENTRY_TIME }];
    }
    return Buffer.from(zipSync(entries, { level: 6 }));
  }

  private xml(name: string): Document | undefined {
    const cached = this.documents.get(name);
    if (cached) return cached;
    const bytes = this.parts.get(name);
    if (!bytes) return undefined;
    let document: Document;
    try {
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
      document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'application/xml');
    } catch {
      throw damaged();
    }
    this.documents.set(name, document);
    return document;
  }
}

/** A relationship's target as a part name: relative to the source part's folder unless it starts with '/'. */
function resolvePartName(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const segment of decodeURIComponentSafely(target).split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
