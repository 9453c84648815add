/**
 * A message block's `mailto:` link that can be its sender's: one within the block's opening words.
 * Further in, a link is a quoted mail's ("…, Shop <shop@…> wrote:" over the quoted reply, which
 * links the address while the sender line writes it out plainly: Gmail's print view, 2026-12-07),
 * or an address the customer writes in the text; the sender's own address is then read from the
 * sender line (./generic-author.ts).
 */
import { MAILTO } from './generic-selectors';

/** How far into a block's text (white space collapsed) the sender's link may start. */
export const SENDER_LINK_CHARS = 120;
/** Text nodes looked at before the link: bounded work on any block. */
const MAX_NODES = 60;

export function senderLineLink(block: Element): Element | null {
  const link = block.querySelector(MAILTO);
  return link && textBefore(block, link) <= SENDER_LINK_CHARS ? link : null;
}

/** How many characters of text the block shows before `target` (more than the bound once past it). */
function textBefore(block: Element, target: Element): number {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  for (let nodes = 0; walker.nextNode(); nodes++) {
    const node = walker.currentNode;
    // Node.DOCUMENT_POSITION_FOLLOWING: the walk has reached the link or what comes after it.
    if (target.contains(node) || target.compareDocumentPosition(node) & 4) return length;
    length += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    if (length > SENDER_LINK_CHARS || nodes >= MAX_NODES) return SENDER_LINK_CHARS + 1;
  }
  return length;
}
