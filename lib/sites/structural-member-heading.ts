/**
 * A heading that opens with the name the conversation's messages are signed with ("brocante.mimi
 * (412 ★) · 99,8 % d'évaluations positives" over her bubbles, an eBay-like page 2026-12-05) names the
 * member a thread is with, whatever its class says: it says who, not what the thread is about.
 */
import { SENDER } from './generic-selectors';
import { singleLine } from './text';

/** The first blocks are enough: the member writes near the start, or the heading would not name them. */
const MAX_BLOCKS = 6;
const MAX_SENDERS = 12;
const MIN_NAME = 3;
const MAX_NAME = 120;

export function namesAnAuthor(heading: Element, firstBlock: Element): boolean {
  // The heading's own first words, before the badges and counts in its child elements.
  const lead = singleLine(heading.firstChild?.textContent, MAX_NAME).toLowerCase();
  if (lead.length < MIN_NAME) return false;
  let block: Element | null = firstBlock;
  for (let index = 0; block && index < MAX_BLOCKS; index++, block = block.nextElementSibling) {
    const senders = block.querySelectorAll(SENDER);
    for (let sender = 0; sender < senders.length && sender < MAX_SENDERS; sender++)
      if (singleLine(senders[sender]!.textContent, MAX_NAME + 1).toLowerCase() === lead) return true;
  }
  return false;
}
