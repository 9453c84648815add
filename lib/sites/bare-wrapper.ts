/** Bare wrappers looked through around one block. */
const MAX_WRAPPERS = 8;

/**
 * A bare wrapper: a div with no attributes, no text of its own and one element inside. It adds
 * nothing a reader sees (a build's layout or observer wrapper), so readers look through it.
 */
export function isBareWrapper(element: Element): boolean {
  if (element.localName !== 'div' || element.childElementCount !== 1 || element.hasAttributes()) return false;
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && node.nodeValue?.trim()) return false;
  return true;
}

/** What a bare wrapper stands for: siblings wrapped and not wrapped are alike. */
export function unwrapped(element: Element): Element {
  let inner = element;
  for (let depth = 0; depth < MAX_WRAPPERS && isBareWrapper(inner); depth++) inner = inner.firstElementChild!;
  return inner;
}
