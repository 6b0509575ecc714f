import type { Document, Element } from '@xmldom/xmldom';
import { attributesOf, childElements, descendants, detach, isElement, isNamed, unwrap } from './xml-tree.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Revision elements dropped with all they hold: deleted and moved-away content, and old formatting. */
const REMOVED_WITH_CONTENT = new Set([
  'del',
  'moveFrom',
  'delText',
  'delInstrText',
  'rPrChange',
  'pPrChange',
  'sectPrChange',
  'tblPrChange',
  'tblPrExChange',
  'tblGridChange',
  'tcPrChange',
  'trPrChange',
  'numberingChange',
  'moveFromRangeStart',
  'moveFromRangeEnd',
  'moveToRangeStart',
  'moveToRangeEnd',
  'customXmlInsRangeStart',
  'customXmlInsRangeEnd',
  'customXmlDelRangeStart',
  'customXmlDelRangeEnd',
  'customXmlMoveFromRangeStart',
  'customXmlMoveFromRangeEnd',
  'customXmlMoveToRangeStart',
  'customXmlMoveToRangeEnd',
  'cellIns',
]);
/** Revision elements whose content is the accepted text: they are replaced by what they hold. */
const UNWRAPPED = new Set(['ins', 'moveTo']);
const COMMENT_MARKERS = new Set(['commentRangeStart', 'commentRangeEnd', 'commentReference']);

/**
 * Accepts every tracked change in a WordprocessingML part, as Word's "accept all" does: inserted and
 * moved-to text stays, deleted and moved-from text goes, with the markers and the record of old formatting.
 * Returns whether anything changed.
 */
export function acceptTrackedChanges(document: Document): boolean {
  const root = document.documentElement;
  if (!root) return false;
  let changed = false;
  const joinedParagraphs: Element[] = [];
  for (const element of descendants(root)) {
    if (element.namespaceURI !== W) continue;
    const name = element.localName ?? '';
    const parent = element.parentNode;
    const isMark = isNamed(parent, W, 'rPr') || isNamed(parent, W, 'trPr');
    if (isMark && (name === 'del' || name === 'moveFrom')) {
      changed = true;
      acceptDeletedMark(element, joinedParagraphs);
    } else if (name === 'cellDel') {
      changed = true;
      // cellDel sits in w:tcPr: the deleted cell is the w:tc around it.
      const cell = parent?.parentNode;
      detach(isNamed(cell, W, 'tc') ? cell : element);
    } else if (REMOVED_WITH_CONTENT.has(name) || (isMark && UNWRAPPED.has(name))) {
      changed = true;
      detach(element);
    } else if (UNWRAPPED.has(name)) {
      changed = true;
      unwrap(element);
    }
  }
  for (const paragraph of joinedParagraphs) joinWithNext(paragraph);
  return changed;
}

/**
 * A deleted mark: in a table row's properties the row was deleted; in a paragraph mark's run properties
 * the paragraph was joined with the next one (done once all runs are settled).
 */
function acceptDeletedMark(marker: Element, joinedParagraphs: Element[]): void {
  const properties = marker.parentNode;
  detach(marker);
  if (isNamed(properties, W, 'trPr')) {
    const row = properties.parentNode;
    if (isNamed(row, W, 'tr')) detach(row);
    return;
  }
  const paragraph = properties?.parentNode?.parentNode;
  if (isNamed(properties?.parentNode, W, 'pPr') && isNamed(paragraph, W, 'p'))
    joinedParagraphs.push(paragraph);
}

function joinWithNext(paragraph: Element): void {
  let next = paragraph.nextSibling;
  while (next && !isElement(next)) next = next.nextSibling;
  if (!isNamed(next, W, 'p')) return;
  const anchor = childElements(next).find((child) => !isNamed(child, W, 'pPr')) ?? null;
  for (const child of childElements(paragraph)) {
    if (!isNamed(child, W, 'pPr')) next.insertBefore(child, anchor);
  }
  detach(paragraph);
}

/** Removes comment anchors and references (the comments themselves are separate parts). */
export function removeCommentMarkers(document: Document): boolean {
  const root = document.documentElement;
  if (!root) return false;
  let changed = false;
  for (const element of descendants(root)) {
    if (element.namespaceURI !== W || !COMMENT_MARKERS.has(element.localName ?? '')) continue;
    changed = true;
    const run = element.parentNode;
    detach(element);
    if (isNamed(run, W, 'r') && childElements(run).every((child) => isNamed(child, W, 'rPr'))) detach(run);
  }
  return changed;
}

/**
 * Removes the revision-save identifiers (w:rsid…) that tie each paragraph and run to an editing session,
 * and their table in settings.xml.
 */
export function removeEditingSessionIds(document: Document): boolean {
  const root = document.documentElement;
  if (!root) return false;
  let changed = false;
  for (const element of descendants(root)) {
    if (element.namespaceURI === W && element.localName === 'rsids') {
      changed = true;
      detach(element);
      continue;
    }
    for (const attribute of attributesOf(element)) {
      if (attribute.namespaceURI === W && attribute.localName?.startsWith('rsid')) {
        changed = true;
        element.removeAttributeNode(attribute);
      }
    }
  }
  return changed;
}
