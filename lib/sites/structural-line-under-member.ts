/**
 * The line that names a thread under the heading naming its member, found past what the page shows
 * between them: the member's handle ("camilleduret34", one word, Etsy-like 2026-12-05), or the end of
 * the title bar that holds the heading with its back arrow and badges (eBay's phone layout, 2026-12-04).
 * Classes are not asked, so this holds on a build that hashes them. A line about the member ("Antwortet
 * meist innerhalb eines Tages", "Last active 2 hours ago"; structural-subject-words.json) says nothing
 * of what the thread is about.
 */
import { lineBeside } from './structural-member-heading';
import { singleLine } from './single-line';
import { fromWords } from './reader-words';

/** A title bar says little: longer, it holds content, not a name and its badges. */
const MAX_BAR = 200;
/** A handle: one word, no spaces. */
const HANDLE = /^\S{3,40}$/u;
const MEMBER_STATUS = fromWords(({ memberStatus }) => new RegExp(`^(?:${memberStatus})(?![\\p{L}\\p{N}])`, 'iu'));

export function lineUnderMember(heading: Element, firstBlock: Element): string {
  const line = lineOf(heading, firstBlock);
  return MEMBER_STATUS().test(line) ? '' : line;
}

function lineOf(heading: Element, firstBlock: Element): string {
  const beside = lineBeside(heading);
  if (beside) return beside;
  const next = heading.nextElementSibling;
  if (next && HANDLE.test(singleLine(next.textContent, 42)) && before(next.nextElementSibling, firstBlock)) return lineBeside(next);
  const bar = heading.parentElement;
  if (!bar || (bar.textContent ?? '').length > MAX_BAR || !before(bar.nextElementSibling, firstBlock)) return '';
  return lineBeside(bar);
}

/** An element before the first message that is not it and does not hold it. */
function before(element: Element | null, firstBlock: Element): boolean {
  return !!element && element !== firstBlock && !element.contains(firstBlock) && (element.compareDocumentPosition(firstBlock) & 4) !== 0;
}
