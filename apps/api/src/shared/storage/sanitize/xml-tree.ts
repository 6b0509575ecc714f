import type { Attr, Element, Node } from '@xmldom/xmldom';

const ELEMENT_NODE = 1;

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** The element and every element below it, in document order, as a list that later edits don't change. */
export function descendants(root: Element): Element[] {
  const found: Element[] = [];
  const pending: Element[] = [root];
  while (pending.length > 0) {
    const element = pending.pop() as Element;
    found.push(element);
    const children = childElements(element);
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push(children[index]);
  }
  return found;
}

export function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (isElement(child)) children.push(child);
  }
  return children;
}

export function detach(node: Node): void {
  node.parentNode?.removeChild(node);
}

/** Replaces the element by its children. */
export function unwrap(element: Element): void {
  const parent = element.parentNode;
  if (!parent) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

export function isNamed(
  node: Node | null | undefined,
  namespace: string,
  localName: string,
): node is Element {
  return isElement(node) && node.namespaceURI === namespace && node.localName === localName;
}

export function attributesOf(element: Element): Attr[] {
  const attributes: Attr[] = [];
  for (let index = 0; index < element.attributes.length; index += 1) {
    const attribute = element.attributes.item(index);
    if (attribute) attributes.push(attribute);
  }
  return attributes;
}
