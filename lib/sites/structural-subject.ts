/**
 * The subject of a conversation read structurally, from the surest place the page offers: a
 * subject field's value; an element named for the subject above the conversation; the heading
 * nearest above the conversation that is not a section label or page chrome; else the page title
 * without the site's name and ticket number.
 */
import { CHROME, HEADING, SUBJECT_FIELD, SUBJECT_NAMED } from './generic-selectors';
import { singleLine } from './text';

/** Headings that name a section, not the ticket. */
const SECTION_LABEL = /^(?:conversation|messages?|replies|comments?|thread|history|activity|timeline|verlauf|nachrichten|antworten|kommentare)$/i;
const MAX_HEADINGS = 100;
const MAX_NAMED = 20;
/** "Subject – Ticket #4821 – Helpdesk" in a page title: the site's name and the ticket number are not the subject. */
const TITLE_SEPARATOR = /\s+[|–—-]\s+/;
const TICKET_PART = /^(?:ticket|case|conversation|request|#)\s*#?\s*\d+$|@|^(?:inbox|mail|e-mail|outlook|gmail)$/i;
const TICKET_PREFIX = /^(?:\[#\d+\]\s*|(?:ticket|case)\s*#?\d+\s*:\s*)/i;

export function findSubject(doc: Document, firstBlock: Element): { text: string; score: number } {
  const field = fieldValue(doc, firstBlock);
  if (field) return { text: field, score: 0.9 };
  const named = namedSubject(doc, firstBlock);
  if (named) return { text: named, score: 0.85 };
  const headings = Array.from(doc.querySelectorAll(HEADING)).slice(0, MAX_HEADINGS);
  let subject = '';
  for (const heading of headings) {
    if (!isBefore(heading, firstBlock)) break;
    const text = singleLine(heading.textContent, 300);
    if (text.length >= 3 && !SECTION_LABEL.test(text) && !isChrome(heading) && !heading.closest('[hidden]')) subject = text;
  }
  if (subject) return { text: subject, score: 0.8 };
  const title = fromTitle(singleLine(doc.title, 300));
  return title ? { text: title, score: 0.4 } : { text: '', score: 0.2 };
}

function fieldValue(doc: Document, firstBlock: Element): string {
  for (const input of Array.from(doc.querySelectorAll(SUBJECT_FIELD)).slice(0, MAX_NAMED)) {
    // Above the conversation: a compose window's subject further down is a draft's.
    if (!isBefore(input, firstBlock) || input.closest('[hidden]') || isChrome(input)) continue;
    const value = singleLine((input as HTMLInputElement).value ?? input.getAttribute('value'), 300);
    if (value.length >= 3) return value;
  }
  return '';
}

/** An element the page names for the subject, above the conversation, outside lists and chrome. */
function namedSubject(doc: Document, firstBlock: Element): string {
  for (const element of Array.from(doc.querySelectorAll(SUBJECT_NAMED)).slice(0, MAX_NAMED)) {
    if (!isBefore(element, firstBlock) || element.closest('[hidden], li, tr, [role="option"], [role="row"]') || isChrome(element)) continue;
    if (element.localName === 'input' || element.getElementsByTagName('*').length > 5) continue;
    const text = singleLine(element.textContent, 301).replace(TICKET_PREFIX, '');
    if (text.length >= 3 && text.length <= 300) return text;
  }
  return '';
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
