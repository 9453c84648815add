/**
 * The page as the browser composes it, open shadow roots included. Web components (Salesforce LWC,
 * 2026-12-06) render a conversation inside shadow roots, which querySelector, textContent, tree walkers
 * and parentElement do not cross: the structural reader saw only empty hosts. On a page holding open
 * roots it reads a detached copy of the composed tree instead: each host holds its root's content,
 * each <slot> the host's children assigned to it (a node goes to one slot only, so slotted text is
 * read once) or its fallback content, and host children no slot takes are left out, as unrendered.
 * Closed roots cannot be read: `host.shadowRoot` is null for them to every script, content scripts
 * included, so such a host reads as its light children, all a script can see of it.
 * Bounded: a root nested deeper than MAX_DEPTH roots reads as its host's light children, and a page
 * composing to more than MAX_NODES nodes is read as it is (light DOM only), never half-copied.
 */
import { rememberFrameCopy } from './frame-copies';

/** Shadow roots nested in one another that are opened; component trees seen are a few levels deep. */
const MAX_DEPTH = 16;
/**
 * Elements of a page, light and shadow, that it may hold to be copied: a page of thousands of
 * components (~8 elements each) is; past it the page is read as it is, before a copy is begun.
 */
const MAX_ELEMENTS = 30_000;
/** Nodes copied at most (elements, text, slotted nodes): the copy stays bounded whatever the scan missed. */
const MAX_NODES = 2 * MAX_ELEMENTS;

/** The open roots in a page and in one another, and the elements seen (up to MAX_ELEMENTS). */
type Scan = { doc: Document; roots: ShadowRoot[]; elements: number };
/** The scan of the page a watcher's check holds while it reads (withOpenShadowRoots); none outside a check. */
let held: Scan | undefined;

/**
 * Runs `work` given the page's open shadow roots, nested ones included, found by one walk of the page
 * that a read of that page inside `work` reuses: the watcher's check observes the roots and reads the
 * page with one walk, not two (issue 10). Only for synchronous work that does not change the page:
 * outside `work`, every read walks the page afresh, so no answer outlives the DOM it was taken from.
 */
export function withOpenShadowRoots<T>(doc: Document, work: (roots: ShadowRoot[]) => T): T {
  held = scan(doc);
  try {
    return work(held.roots);
  } finally {
    held = undefined;
  }
}

/** The composed copy of a page with open shadow roots; the page itself when it has none or is too big to copy. */
export function composedDocument(doc: Document): Document {
  try {
    const { roots, elements } = scan(doc);
    if (!doc.documentElement || roots.length === 0 || elements >= MAX_ELEMENTS) return doc;
    // An empty document of the page's kind (linkedom, extract's parser, has no `implementation`).
    const copy = doc.cloneNode(false) as Document;
    const html = composedCopy(doc.documentElement, copy);
    if (!html) return doc;
    copy.append(html);
    return copy;
  } catch {
    return doc; // A DOM that cannot be walked (a test DOM's recursion limit) is read as it is.
  }
}

/** The page's scan: the one its check holds, else a walk of the page. */
function scan(doc: Document): Scan {
  if (held?.doc === doc) return held;
  const roots: ShadowRoot[] = [];
  const scopes: Node[] = [doc];
  let elements = 0;
  while (scopes.length > 0 && elements < MAX_ELEMENTS) {
    // A tree walker, not querySelectorAll: happy-dom (eval, CLI) indexes a long NodeList in linear time.
    const walker = doc.createTreeWalker(scopes.pop()!, 1 /* NodeFilter.SHOW_ELEMENT */);
    while (walker.nextNode() && ++elements < MAX_ELEMENTS) {
      const root = (walker.currentNode as Element).shadowRoot;
      if (!root) continue;
      roots.push(root);
      scopes.push(root);
    }
  }
  return { doc, roots, elements };
}

/** A copy of `source` with shadow content in place; null past MAX_NODES. Iterative: a deep page cannot overflow the stack. */
function composedCopy(source: Element, into: Document): Element | null {
  let budget = MAX_NODES;
  const placed = new Set<Node>();
  const top = into.importNode(source, false);
  const pending: [Element, Node, number][] = [[source, top, 0]];
  while (pending.length > 0) {
    const [from, to, depth] = pending.pop()!;
    const root = depth < MAX_DEPTH ? from.shadowRoot : null;
    if ((root ?? from).childNodes.length > budget) return null;
    const children = rendered((root ?? from).childNodes, placed);
    budget -= children.length;
    if (budget < 0) return null;
    const copies = children.map((child) => to.appendChild(copyOf(child, into)));
    // Pushed last child first: elements are taken in tree order, so the first slot of a name takes its nodes.
    for (let index = children.length - 1; index >= 0; index--) {
      if (children[index]!.nodeType === 1) pending.push([children[index] as Element, copies[index]!, root ? depth + 1 : depth]);
    }
  }
  return top;
}

/** One node's copy; a frame's copy reads the frame's document (./frame-copies.ts), as a copied frame loads nothing. */
function copyOf(node: Node, into: Document): Node {
  const copy = into.importNode(node, false);
  if (node.nodeName === 'IFRAME') rememberFrameCopy(copy as Element, node as Element);
  return copy;
}

/** The nodes as rendered in place of `nodes`: a slot of a shadow tree gives way to what it shows. */
function rendered(nodes: Iterable<Node>, placed: Set<Node>, out: Node[] = []): Node[] {
  for (const node of Array.from(nodes)) {
    const host = slotHost(node);
    if (!host) {
      if (placed.has(node)) continue;
      placed.add(node);
      out.push(node);
      continue;
    }
    const name = (node as Element).getAttribute('name') ?? '';
    const assigned = Array.from(host.childNodes).filter((child) => !placed.has(child) && slotName(child) === name);
    rendered(assigned.length > 0 ? assigned : node.childNodes, placed, out);
  }
  return out;
}

/** The host whose children a <slot> shows, when the slot sits in a shadow tree (elsewhere it is an unknown element). */
function slotHost(node: Node): Element | null {
  if (node.nodeName !== 'SLOT') return null;
  return (node.getRootNode() as Partial<ShadowRoot>).host ?? null;
}

/** The slot a host's child goes to: its `slot` attribute; text and unnamed elements go to the default slot. */
function slotName(node: Node): string {
  return node.nodeType === 1 ? ((node as Element).getAttribute('slot') ?? '') : '';
}
