/**
 * A detached copy of a page that a reader may rearrange without touching the page (./structural-unclosed.ts),
 * with the copies of the elements it names found by their place in the tree, and each frame's copy
 * still reading the frame's document (./frame-copies.ts).
 */
import { rememberFrameCopy } from './frame-copies';

export interface PageCopy {
  doc: Document;
  /** Each element asked for, to its copy. */
  found: Map<Element, Element>;
}

/** The copy, or null when the page has no root or an element asked for is not in it. */
export function copyOfPage(doc: Document, elements: Element[]): PageCopy | null {
  const root = doc.documentElement;
  if (!root) return null;
  // An empty document of the page's kind, then its tree (linkedom, extract's parser, has no `implementation`).
  const copy = doc.cloneNode(false) as Document;
  const top = copy.importNode(root, true);
  copy.append(top);
  const frames = root.getElementsByTagName('iframe');
  const copiedFrames = top.getElementsByTagName('iframe');
  for (let index = 0; index < frames.length && index < copiedFrames.length; index++)
    rememberFrameCopy(copiedFrames[index]!, frames[index]!);
  const found = new Map<Element, Element>();
  for (const element of elements) {
    const place = placeOf(element, root);
    const copied = place && at(top, place);
    if (!copied) return null;
    found.set(element, copied);
  }
  return { doc: copy, found };
}

/** The child indices from `root` down to `element`, or null when it is not under `root`. */
function placeOf(element: Element, root: Element): number[] | null {
  const place: number[] = [];
  for (let node: Element | null = element; node !== root; node = node.parentElement) {
    if (!node?.parentElement) return null;
    place.push(Array.prototype.indexOf.call(node.parentElement.children, node));
  }
  return place.reverse();
}

function at(root: Element, place: number[]): Element | null {
  let node: Element | undefined = root;
  for (const index of place) node = node?.children[index];
  return node ?? null;
}
