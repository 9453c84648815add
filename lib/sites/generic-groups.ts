/**
 * Sibling groups: children of one parent that look alike (same tag, role and first class word,
 * digits ignored) — the shape a list of messages takes on almost any page. One pass over at most
 * MAX_ELEMENTS elements; children of inline and leaf elements are never looked at.
 */
import { MESSAGE_CLASS_WORDS } from './generic-selectors';
import { isBareWrapper } from './bare-wrapper';

/** Elements looked at, in document order: a 1 MB page holds about 15–25 thousand. */
const MAX_ELEMENTS = 30_000;
/** Attribute text looked at per element: a megabyte-long class must not cost a megabyte. */
const MAX_ATTRIBUTE = 200;
/** Bare wrappers looked through around one block. */
const MAX_WRAPPERS = 8;

/** Elements that never hold a message on their own. */
const NEVER_BLOCKS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'path',
  'g',
  'use',
  'img',
  'br',
  'hr',
  'a',
  'span',
  'b',
  'i',
  'em',
  'strong',
  'small',
  'input',
  'button',
  'select',
  'option',
  'label',
  'textarea',
  'iframe',
  'meta',
  'link',
  'td',
  'th',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'time',
  'abbr',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  // Table rows are records (an order list, an inbox list), not messages.
  'tr',
  'thead',
  'tbody',
  'tfoot',
]);
/** Elements whose children are never message blocks: the children of inline and leaf elements. */
const NO_BLOCK_CHILDREN = new Set([
  'p',
  'a',
  'span',
  'b',
  'i',
  'em',
  'strong',
  'small',
  'label',
  'button',
  'select',
  'svg',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'code',
  'tr',
  'head',
  'script',
  'style',
  'template',
  'noscript',
]);

/** Elements that may be hidden by their own markup. */
const MAYBE_HIDDEN = '[hidden], [style*="display" i]';

const LIST_ROLES = new Set(['listitem', 'article', 'row', 'comment']);

export type BlockKind = 'semantic' | 'named' | 'repeated';

export interface SiblingGroup {
  members: Element[];
  /** How the first member announces itself: roles/`article`, a message-like class, or only likeness. */
  kind: BlockKind;
}

/**
 * Groups of two or more alike siblings; with `lone`, instead the elements that stand alone and
 * announce themselves as a message (looked for only when no group qualifies, which keeps the
 * usual pass free of per-element class tests).
 */
export function siblingGroups(body: Element, lone = false): SiblingGroup[] {
  const groups: SiblingGroup[] = [];
  const minChildren = lone ? 1 : 2;
  const hidden = hiddenUnder(body);
  // A tree walker, not recursion: a page nested thousands of levels deep cannot overflow the stack.
  // Subtrees the page hides (Gmail's and Zendesk's stale copies of other views) are never entered.
  // (No filter callback: a call into script per element would cost more than the walk.)
  const walker = body.ownerDocument.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let hiddenRoot: Element | null = null;
  let parent: Element | null = body;
  for (let seen = 0; parent && seen < MAX_ELEMENTS; seen++, parent = walker.nextNode() as Element | null) {
    if (hiddenRoot !== null) {
      if (hiddenRoot.contains(parent)) continue;
      // The walk is in document order: once out of the hidden subtree, it never comes back in.
      hiddenRoot = null;
    }
    if (isHiddenIn(parent, hidden)) {
      hiddenRoot = parent;
      continue;
    }
    if (parent.childElementCount < minChildren || NO_BLOCK_CHILDREN.has(parent.localName)) continue;
    // Most parents hold one candidate or none: the map is made only for a second one.
    let first: Element | null = null;
    let firstKey = '';
    let bySignature: Map<string, Element[]> | null = null;
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      const inner = unwrapped(child);
      if (NEVER_BLOCKS.has(inner.localName) || isHiddenIn(child, hidden)) continue;
      const key = signature(inner);
      if (first === null) {
        first = child;
        firstKey = key;
        continue;
      }
      bySignature ??= new Map([[firstKey, [first]]]);
      const members = bySignature.get(key);
      if (members) members.push(child);
      else bySignature.set(key, [child]);
    }
    for (const members of bySignature?.values() ?? (first ? [[first]] : [])) {
      if (lone ? members.length > 1 : members.length < 2) continue;
      const kind = kindOf(unwrapped(members[0]!));
      if (!lone || kind !== 'repeated') groups.push({ members, kind });
    }
  }
  return groups;
}

/**
 * Tag, and what the page names the element by: its test id, else its role and first class word
 * (digits ignored: `msg-1`, `msg-2` are alike). A test id or list role outranks the class, which
 * often says more about state (expanded, collapsed, first) than about kind.
 */
export function signature(element: Element): string {
  const testId =
    attribute(element, 'data-testid') ||
    attribute(element, 'data-test-id') ||
    attribute(element, 'data-qa') ||
    attribute(element, 'data-selector');
  if (testId) return `${element.localName}@${testId.replace(/\d+/g, '#')}`;
  const role = attribute(element, 'role');
  if (LIST_ROLES.has(role)) return `${element.localName}[${role}]`;
  return `${element.localName}[${role}].${firstClass(element).replace(/\d+/g, '#')}`;
}

/** Hidden by the page's own markup (attribute or inline style): never a style computation. */
export function isHidden(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style.slice(0, MAX_ATTRIBUTE));
}

/**
 * The elements under `root` (itself included) hidden by their own markup, found by one native query
 * instead of three attribute reads per element; `undefined` when the page cannot be asked in one
 * query (happy-dom's selector engine overflows on a page nested thousands of levels deep), and each
 * element is then looked at as it is walked.
 */
function hiddenUnder(root: Element): Set<Element> | undefined {
  try {
    const hidden = new Set<Element>();
    if (isHidden(root)) hidden.add(root);
    for (const element of Array.from(root.querySelectorAll(MAYBE_HIDDEN))) if (isHidden(element)) hidden.add(element);
    return hidden;
  } catch {
    return undefined;
  }
}

function isHiddenIn(element: Element, hidden: Set<Element> | undefined): boolean {
  return hidden ? hidden.size > 0 && hidden.has(element) : isHidden(element);
}

/** A block's own kind, or that of the one element it wraps (`<li><article>…</article></li>`). */
function kindOf(element: Element): BlockKind {
  const own = ownKind(element);
  const only = element.childElementCount === 1 ? element.firstElementChild : null;
  return own === 'repeated' && only ? ownKind(unwrapped(only)) : own;
}

/** What a bare wrapper (./bare-wrapper.ts) stands for: siblings wrapped and not wrapped are alike. */
export function unwrapped(element: Element): Element {
  let inner = element;
  for (let depth = 0; depth < MAX_WRAPPERS && isBareWrapper(inner); depth++) inner = inner.firstElementChild!;
  return inner;
}

/** An element that names itself a message: by its role or tag, or by a class, label or test id of MESSAGE_CLASS_WORDS. */
export function announcesMessage(element: Element): boolean {
  return ownKind(element) !== 'repeated' || MESSAGE_CLASS_WORDS.test(attribute(element, 'data-testid'));
}

function ownKind(element: Element): BlockKind {
  const role = attribute(element, 'role');
  if (
    element.localName === 'article' ||
    role === 'article' ||
    role === 'listitem' ||
    /Comment|Message/.test(attribute(element, 'itemtype'))
  ) {
    return 'semantic';
  }
  return MESSAGE_CLASS_WORDS.test(attribute(element, 'class')) || MESSAGE_CLASS_WORDS.test(attribute(element, 'aria-label'))
    ? 'named'
    : 'repeated';
}

function firstClass(element: Element): string {
  return attribute(element, 'class').trim().split(/\s+/, 1)[0] ?? '';
}

function attribute(element: Element, name: string): string {
  return (element.getAttribute(name) ?? '').slice(0, MAX_ATTRIBUTE);
}
