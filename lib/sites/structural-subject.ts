/**
 * The subject of a conversation read structurally, from the surest place the page offers: a
 * subject field's value; an element named for the subject above the conversation; the heading
 * nearest above the conversation that is not a section label or page chrome; else the page title
 * without the site's name and ticket number.
 */
import { CHROME, HEADING, SUBJECT_FIELD, SUBJECT_NAMED } from './generic-selectors';
import { singleLine } from './text';
import { rememberedOutside } from './engine/outside-memo';

/** Headings that name a section, not the ticket. */
const SECTION_LABEL =
  /^(?:conversation|messages?|replies|comments?|thread|history|activity|timeline|verlauf|nachrichten|antworten|kommentare)$/i;
/** Subject candidates looked at, in document order, before the conversation. */
const MAX_CANDIDATES = 300;
/** "Subject – Ticket #4821 – Helpdesk" in a page title: the site's name and the ticket number are not the subject. */
const TITLE_SEPARATOR = /\s+[|–—-]\s+/;
const TICKET_PART = /^(?:ticket|case|conversation|request|#)\s*#?\s*\d+$|@|^(?:inbox|mail|e-mail|outlook|gmail)$/i;
const TICKET_PREFIX = /^(?:\[#\d+\]\s*|(?:ticket|case)\s*#?\d+\s*:\s*)/i;

const SUBJECT = {};

/**
 * Kept until the page outside the conversation changes, or its first message is another
 * (./engine/outside-memo.ts): the subject sits above the messages, or in the page's title.
 */
export function findSubject(doc: Document, firstBlock: Element): { text: string; score: number } {
  return rememberedOutside(doc, firstBlock.parentElement, SUBJECT, [firstBlock], () => subjectOf(doc, firstBlock));
}

function subjectOf(doc: Document, firstBlock: Element): { text: string; score: number } {
  // One pass over the candidates above the conversation (a 1 MB page has 30,000 elements).
  let field = '';
  let named = '';
  let heading = '';
  const candidates = doc.querySelectorAll(`${SUBJECT_FIELD}, ${SUBJECT_NAMED}, ${HEADING}`);
  for (let index = 0; index < candidates.length && index < MAX_CANDIDATES; index++) {
    const element = candidates[index]!;
    if (!isBefore(element, firstBlock)) break;
    if (element.closest('[hidden]') || isChrome(element)) continue;
    if (!field && element.matches(SUBJECT_FIELD))
      field = singleLine((element as HTMLInputElement).value ?? element.getAttribute('value'), 300);
    else if (!named && element.matches(SUBJECT_NAMED)) named = namedText(element);
    if (element.matches(HEADING)) {
      const text = singleLine(element.textContent, 300);
      if (text.length >= 3 && !SECTION_LABEL.test(text)) heading = text;
    }
  }
  if (field.length >= 3) return { text: field, score: 0.9 };
  if (named) return { text: named, score: 0.85 };
  if (heading) return { text: heading, score: 0.8 };
  const title = fromTitle(singleLine(doc.title, 300));
  return title ? { text: title, score: 0.4 } : { text: '', score: 0.2 };
}

/** An element the page names for the subject, outside lists: its short text. */
function namedText(element: Element): string {
  if (
    element.localName === 'input' ||
    element.closest('li, tr, [role="option"], [role="row"]') ||
    element.getElementsByTagName('*').length > 5
  )
    return '';
  const text = singleLine(element.textContent, 301).replace(TICKET_PREFIX, '');
  return text.length >= 3 && text.length <= 300 ? text : '';
}

function fromTitle(title: string): string {
  const parts = title.replace(TICKET_PREFIX, '').split(TITLE_SEPARATOR);
  // The last part is the site's name; ticket numbers and mailbox addresses before it go too.
  if (parts.length > 1) parts.pop();
  while (parts.length > 1 && TICKET_PART.test(parts.at(-1)!.trim())) parts.pop();
  return parts.join(' – ').trim();
}

/** Navigation and sidebars, or the page's own top bar (a ticket's header inside the page is not chrome). */
function isChrome(element: Element): boolean {
  return element.closest(CHROME) !== null || element.closest('header')?.parentElement === element.ownerDocument.body;
}

function isBefore(element: Element, block: Element): boolean {
  return (element.compareDocumentPosition(block) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}
