/**
 * The listing a marketplace thread is about, told by place and shape where the page's classes say
 * nothing (a new build hashes them; eBay- and Etsy-like pages 2026-12-07): in the part of the page that
 * holds both the heading naming the member and the messages, the first link above the first message
 * that stands as a line of its own (no words of its parent's beside it, as a link inside a sentence
 * has) and reads as a title, not as an action ("Mehr erfahren", "View order" are short). Lists, page
 * chrome and banners hold other things.
 */
import { CHROME } from './generic-selectors';
import { singleLine } from './single-line';

/** Links looked at above the conversation. */
const MAX_LINKS = 40;
/** A listing's title is several words long; an action's label is a few. */
const MIN_WORDS = 3;
const MIN_LENGTH = 20;
const MAX_LENGTH = 300;
const ELSEWHERE = `li, tr, [role="option"], [role="row"], [role="note"], [role="alert"], [role="status"], [hidden], ${CHROME}`;

export function itemLinkAbove(heading: Element, firstBlock: Element): string {
  let region = heading.parentElement;
  while (region && !region.contains(firstBlock)) region = region.parentElement;
  const links = region?.querySelectorAll('a[href]') ?? [];
  for (let index = 0; index < links.length && index < MAX_LINKS; index++) {
    const link = links[index]!;
    if (!follows(link, firstBlock) || link.contains(firstBlock)) break;
    if (link.closest(ELSEWHERE) || insideSentence(link)) continue;
    const text = singleLine(link.textContent, MAX_LENGTH + 1);
    if (text.length >= MIN_LENGTH && text.length <= MAX_LENGTH && text.split(' ').length >= MIN_WORDS) return text;
  }
  return '';
}

/**
 * A link with words of its parent's own beside it is part of a sentence, or of a labelled line ("Acheteur : <member>"
 * on an item card): not the card's title.
 */
export function insideSentence(link: Element): boolean {
  for (let node = link.parentElement?.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && /\p{L}/u.test(node.nodeValue ?? '')) return true;
  return false;
}

function follows(earlier: Element, later: Element): boolean {
  return (earlier.compareDocumentPosition(later) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}
