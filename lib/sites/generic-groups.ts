/**
 * Sibling groups: children of one parent that look alike (same tag, role and first class word,
 * digits ignored) — the shape a list of messages takes on almost any page. One pass over at most
 * MAX_ELEMENTS elements; children of inline and leaf elements are never looked at.
 */
import { unwrapped } from './bare-wrapper';
import { NEVER_BLOCKS, NO_BLOCK_CHILDREN } from './generic-block-tags';
import { type BlockKind, kindOf } from './generic-block-kind';
import { signature } from './generic-block-signature';
import { hiddenUnder, isHiddenIn } from './markup-hidden';
import { isMessageRow } from './generic-message-row';

/** Elements looked at, in document order: a 1 MB page holds about 15–25 thousand. */
const MAX_ELEMENTS = 30_000;

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
      if ((NEVER_BLOCKS.has(inner.localName) && !isMessageRow(inner)) || isHiddenIn(child, hidden)) continue;
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
