/**
 * A chat pane names its conversation in a header above the messages, not in a heading: the other
 * member's name over a marketplace thread ("Mia Hoffmann", then a caption "@miahoffmann_b ·
 * Berlin"), a topic over a chat. When the page offers no subject field, named element or heading
 * (the subject would fall back to the page's title, which names the app), the first line of the
 * element just before the messages' list names the conversation.
 */
import type { findSubject } from './structural-subject';
import { isTicketNumber } from '@/lib/sites/ticket-number-line';

type Subject = ReturnType<typeof findSubject>;

/** A subject this sure or surer is kept: a field, a named element or a heading. */
const KEEP_FROM = 0.5;
/** A header says little: longer, it is content, not a title bar. */
const MAX_HEADER = 200;
const MIN_TITLE = 3;
const MAX_TITLE = 120;

export function withPaneTitle(subject: Subject, list: Element | null): Subject {
  if (subject.score >= KEEP_FROM || !list) return subject;
  const header = list.previousElementSibling;
  if (!header || header.hasAttribute('hidden') || (header.textContent ?? '').trim().length > MAX_HEADER) return subject;
  const title = firstLine(header);
  return title ? { text: title, score: 0.6 } : subject;
}

/** The text of the header's first leaf element that shows text (a button's label, the ticket's number are no title). */
function firstLine(header: Element): string | undefined {
  const leaves = header.querySelectorAll('*');
  for (let index = 0; index < leaves.length && index < 30; index++) {
    const leaf = leaves[index]!;
    if (leaf.childElementCount > 0 || leaf.closest('button, [role="button"], [hidden]')) continue;
    const text = (leaf.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= MIN_TITLE && text.length <= MAX_TITLE && !isTicketNumber(text)) return text;
  }
  return undefined;
}
