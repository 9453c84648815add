/**
 * A chat pane names its conversation in a header above the messages, not in a heading: the other
 * member's name over a marketplace thread ("Mia Hoffmann", then a caption "@miahoffmann_b ·
 * Berlin"), a topic over a chat. When the page offers no subject field, named element or heading
 * (the subject would fall back to the page's title, which names the app), the first line of the
 * element just before the messages' list names the conversation. When that line is the name of a
 * read message's author (the member), the listing's title link in the pane names what the thread is
 * about (./structural-item-link.ts), as it would beside a member heading. A bare wrapper around the
 * list (../bare-wrapper.ts) stands for it: the header is the element before the wrapper.
 */
import type { findSubject } from './structural-subject';
import { isBareWrapper } from '@/lib/sites/bare-wrapper';
import { isTicketNumber } from '@/lib/sites/ticket-number-line';
import { itemLinkAbove } from './structural-item-link';
import { namesAReadAuthor } from './structural-read-author-heading';

type Subject = ReturnType<typeof findSubject>;

/** A subject this sure or surer is kept: a field, a named element or a heading. */
const KEEP_FROM = 0.5;
/** A header says little: longer, it is content, not a title bar. */
const MAX_HEADER = 200;
const MIN_TITLE = 3;
const MAX_TITLE = 120;
/** Bare wrappers looked through above the list. */
const MAX_WRAPPERS = 4;

/** `authors`: the names the reader read on the conversation's messages. */
export function withPaneTitle(subject: Subject, list: Element | null, authors: readonly string[] = []): Subject {
  if (subject.score >= KEEP_FROM || !list) return subject;
  const header = elementBefore(list);
  if (!header || header.hasAttribute('hidden') || (header.textContent ?? '').trim().length > MAX_HEADER) return subject;
  const title = firstLine(header);
  if (!title) return subject;
  const listing = namesAReadAuthor(title.text, authors) ? itemLinkAbove(title.leaf, list.firstElementChild ?? list) : '';
  return { text: listing || title.text, score: 0.6 };
}

/** The element shown just before the list, through the bare wrappers a build may set around it. */
function elementBefore(list: Element): Element | null {
  let node = list;
  for (let depth = 0; depth < MAX_WRAPPERS && !node.previousElementSibling; depth++) {
    const parent = node.parentElement;
    if (!parent || !isBareWrapper(parent)) break;
    node = parent;
  }
  return node.previousElementSibling;
}

/** The text of the header's first leaf element that shows text (a button's label, the ticket's number are no title). */
function firstLine(header: Element): { text: string; leaf: Element } | undefined {
  const leaves = header.querySelectorAll('*');
  for (let index = 0; index < leaves.length && index < 30; index++) {
    const leaf = leaves[index]!;
    if (leaf.childElementCount > 0 || leaf.closest('button, [role="button"], [hidden]')) continue;
    const text = (leaf.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= MIN_TITLE && text.length <= MAX_TITLE && !isTicketNumber(text)) return { text, leaf };
  }
  return undefined;
}
