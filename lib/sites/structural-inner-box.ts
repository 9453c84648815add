/**
 * A message block that wraps all it shows in one element (`<div class="box"><div class="box-inner">…`,
 * a UI kit's padded box, Seller Central's AUI build 2026-12-06): its header row and text sit one level
 * further down than a bare block's. The date line of its header row (./structural-shown-time.ts) is looked for
 * inside that lone wrapper, as it would be in a bare block.
 */

/** Wrappers looked through, at most: a box inside a box inside a box. */
const MAX_WRAPPERS = 3;

/**
 * The element the block's rows sit in: its lone wrapper when that holds rows (two elements or more), else
 * the block (a single line of text wrapped in elements is no box of rows).
 */
export function innerBox(block: Element): Element {
  let inner = block;
  for (let depth = 0; depth < MAX_WRAPPERS && inner.childElementCount === 1 && !ownText(inner); depth++) inner = inner.firstElementChild!;
  return inner.childElementCount > 1 ? inner : block;
}

/** Text written right in the element, beside its children (a wrapper has none). */
function ownText(element: Element): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === 3 /* Node.TEXT_NODE */ && node.textContent?.trim());
}
