/**
 * The subject of a conversation read structurally: the heading nearest above the conversation that
 * is not a section label or page chrome; else the page title without the site's name.
 */
import { isPageChrome } from './generic-blocks';
import { HEADING } from './generic-selectors';
import { singleLine } from './text';

/** Headings that name a section, not the ticket. */
const SECTION_LABEL = /^(?:conversation|messages?|replies|comments?|thread|history|activity|timeline|verlauf|nachrichten|antworten|kommentare)$/i;
const MAX_HEADINGS = 100;
/** "Subject | Helpdesk name" in a page title: the site's name is not the subject. */
const TITLE_SUFFIX = /\s+[|–—-]\s+[^|–—-]{1,60}$/;

export function findSubject(doc: Document, firstBlock: Element): { text: string; score: number } {
  const headings = Array.from(doc.querySelectorAll(HEADING)).slice(0, MAX_HEADINGS);
  let subject = '';
  for (const heading of headings) {
    const before = (heading.compareDocumentPosition(firstBlock) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
    if (!before) break;
    const text = singleLine(heading.textContent, 300);
    if (text.length >= 3 && !SECTION_LABEL.test(text) && !isPageChrome(heading)) subject = text;
  }
  if (subject) return { text: subject, score: 0.8 };
  const title = singleLine(doc.title, 300).replace(TITLE_SUFFIX, '');
  return title ? { text: title, score: 0.4 } : { text: '', score: 0.2 };
}
