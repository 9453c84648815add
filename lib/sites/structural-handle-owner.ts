/**
 * The name of a customer the messages know only by a social handle ("woodline.pierre"): a profile
 * card beside the conversation writes the person's name on the line right above the "@handle" line,
 * or as the card's name beside it ("Woodline Pierre" over "@woodline.pierre · Instagram", Gorgias's
 * Instagram ticket, blind set 19, 2026-12-07; an X or TikTok card the same). The "@handle" line counts
 * outside the conversation and a list's rows only (an @mention in a message names someone else),
 * and the name line is a few words with no "@", digit or label colon, and no channel's name.
 */
import { readerWords } from '@/lib/sites/reader-words';
import { singleLine } from '@/lib/sites/single-line';

/** Text nodes looked at (a 1 MB page holds tens of thousands). */
const MAX_TEXT_NODES = 5000;
const MAX_LINE = 80;
/** A person's name: one to four words, letters in any script, no digits, "@" or label colon. */
const NAME_LINE = /^[\p{L}\p{M}'’.-]+(?:\s[\p{L}\p{M}'’.-]+){0,3}$/u;
/** How far up from the "@handle" line its card reaches, looking for the card's name. */
const CARD_LEVELS = 2;
const CARD_NAME = 'h1, h2, h3, h4, h5, h6, [role="heading"], strong, b, [class*="name" i]';
const LIST_ROW = 'li, [role="option"], [role="row"], [role="listitem"]';

export function handleOwnerName(doc: Document, handle: string, conversation?: Element | null): string | undefined {
  if (!doc.body) return undefined;
  const at = `@${handle.toLowerCase()}`;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let seen = 0; seen < MAX_TEXT_NODES && walker.nextNode(); seen++) {
    const text = singleLine(walker.currentNode.nodeValue, MAX_LINE + 1).toLowerCase();
    // "@woodline.pierre", "@woodline.pierre · Instagram": the handle whole, not the start of a longer one.
    if (!text.startsWith(at) || /[\p{L}\p{N}._-]/u.test(text.charAt(at.length))) continue;
    const line = walker.currentNode.parentElement;
    if (!line || conversation?.contains(line) || line.closest(`${LIST_ROW}, [hidden], script, style, template`)) continue;
    const name = nameAbove(line, handle) ?? cardName(line, handle);
    if (name) return name;
  }
  return undefined;
}

/** The line right above: the element before, or before the line's wrapper when it is the first in it. */
function nameAbove(line: Element, handle: string): string | undefined {
  let node: Element | null = line;
  while (node && !node.previousElementSibling && node.parentElement?.childElementCount === 1) node = node.parentElement;
  const above = node?.previousElementSibling;
  return above ? asName(above.textContent, handle) : undefined;
}

/** The card's name (a heading, a bold line, an element named for the name) before the handle line in the same card. */
function cardName(line: Element, handle: string): string | undefined {
  let card = line.parentElement;
  for (let level = 0; card && level < CARD_LEVELS; level++, card = card.parentElement) {
    for (const named of card.querySelectorAll(CARD_NAME)) {
      if (named.contains(line) || (named.compareDocumentPosition(line) & 4) === 0) continue; // 4: the line follows
      const name = asName(named.textContent, handle);
      if (name) return name;
    }
  }
  return undefined;
}

function asName(raw: string | null, handle: string): string | undefined {
  const text = singleLine(raw, MAX_LINE + 1);
  const channels = readerWords().labelChannels;
  if (text.length < 2 || !NAME_LINE.test(text) || text.toLowerCase() === handle.toLowerCase()) return undefined;
  return text.split(/\s/).some((word) => channels.includes(word.toLowerCase())) ? undefined : text;
}
