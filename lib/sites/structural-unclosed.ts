/**
 * A message block holding the next message: a page that leaves one tag unclosed (a missing `</div>`,
 * a Gmail-like thread on 2026-12-05) makes the browser nest every later message inside the one
 * before, so the reader saw one message where there were two, the later one's words lost or merged.
 * A block holding an element of its own kind (same tag and the same role, class word or test id)
 * that shows a sender, outside any quote, holds another message: the structural reader then reads
 * a copy of the page with those put after their block, as the page would stand with the tag closed.
 */
import { hasSenderCue } from './generic-blocks';
import { unwrapped } from './bare-wrapper';
import { signature } from './generic-block-signature';
import { siblingGroups } from './generic-groups';
import { copyOfPage } from './page-copy';
import { remembered } from './engine/element-memo';

/** Elements of the block's tag looked at inside one block: a message holds a few dozen. */
const MAX_LOOKED_AT = 2_000;
/** Messages found nested in one block at most (a thread nested message in message). */
const MAX_NESTED = 200;
/** Lone message blocks looked at for a chain's first message. */
const MAX_LONE = 50;
/** This file's key in the element memo (./engine/element-memo.ts). */
const NESTED = {};

/**
 * The messages nested in `block` by a tag left unclosed, in page order (each nested in the one
 * before it, or side by side): elements of the block's own distinctive kind that show a sender.
 */
export function nestedMessages(block: Element): Element[] {
  const inner = unwrapped(block);
  const kind = signature(inner);
  // A kind named by nothing (a bare `div`) is every layout box, not a message's kind.
  if (kind.endsWith('[].')) return [];
  const alike = inner.getElementsByTagName(inner.localName);
  const nested: Element[] = [];
  for (let index = 0; index < alike.length && index < MAX_LOOKED_AT && nested.length < MAX_NESTED; index++) {
    const element = alike[index]!;
    // A message quoted in a reply is its history, not a message of the thread.
    if (signature(element) === kind && !quoted(element, inner) && hasSenderCue(element)) nested.push(element);
  }
  return nested;
}

/**
 * A copy of the page with each block's nested messages put right after it in page order, or null when
 * no block holds one (the page is read as it is, with no copy made).
 */
export function withNestedMessagesOut(doc: Document, blocks: Element[]): Document | null {
  // Looked for once per block while nothing inside it changes: the watcher reads the page after every change.
  const moves = blocks.map((block) => [block, ...remembered(block, NESTED, () => nestedMessages(block))]).filter((run) => run.length > 1);
  if (moves.length === 0) return null;
  const copy = copyOfPage(doc, moves.flat());
  if (!copy) return null;
  for (const run of moves) {
    const placed = run.map((element) => copy.found.get(element)!);
    // Each after the one before: a message nested in the one before comes out, one beside it stays in order.
    for (let index = 1; index < placed.length; index++) placed[index - 1]!.after(placed[index]!);
  }
  return copy.doc;
}

/**
 * A page whose every message is nested in the one before (the template that renders each leaves its tag
 * unclosed) shows no group of alike blocks: the first lone message block that shows a sender and holds
 * messages of its kind is the chain's first message, and the copy puts the rest after it.
 */
export function withChainOut(doc: Document): Document | null {
  if (!doc.body) return null;
  for (const { members } of siblingGroups(doc.body, true).slice(0, MAX_LONE)) {
    const first = members[0]!;
    if (hasSenderCue(first) && nestedMessages(first).length > 0) return withNestedMessagesOut(doc, [first]);
  }
  return null;
}

function quoted(element: Element, block: Element): boolean {
  const quote = element.parentElement?.closest('blockquote');
  return quote != null && block.contains(quote);
}
