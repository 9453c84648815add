/**
 * The subject of a conversation read structurally, from the surest place the page offers: a
 * subject field's value; an element named for the subject above the conversation (not a list's
 * column); the first message's own subject line; the heading nearest above the conversation that
 * is not a section label or page chrome; the page's top bar when the page's title opens with it;
 * else the page title without the site's name and ticket number. Text is read as shown: a button's
 * or a hidden tooltip's words inside a title ("Summarise with Copilot") are not the subject, nor are
 * its label, icons and badges (./subject-text.ts). A heading that asks the user something is not a
 * subject; a heading linking to the item a marketplace thread is about comes before later headings, and a
 * link styled as the item's title (an item card's) before a heading the page marks as the other member
 * (`conversation__user`), that opens with a message's sender or says "Conversation with …"
 * (./structural-member-heading.ts): that heading says who the thread is with, not what it is about; the
 * line beside it, when there is one, says what.
 */
import { CHROME, HEADING, SUBJECT_FIELD, SUBJECT_NAMED } from './generic-selectors';
import { readableText } from './text';
import { singleLine } from './single-line';
import { rememberedOutside } from './engine/outside-memo';
import { asksTheUser, isItemHeading, titleText } from './subject-text';
import { namesAnAuthor, partnerIn } from './structural-member-heading';
import { namesAReadAuthor } from './structural-read-author-heading';
import { addressedInReplyBox } from './structural-addressed-heading';
import { lineUnderMember } from './structural-line-under-member';
import { insideSentence, itemLinkAbove } from './structural-item-link';
import { firstElements } from './first-elements';
import { isSubjectField, LABELLED_INPUT } from './structural-subject-field';
import { TICKET_PREFIX, titleSubject } from '@/lib/sites/structural-title-subject';
import { labelledSubject } from '@/lib/sites/structural-labelled-subject';
// Headings that name a section ("Messages", "Case log", "✨ Summary"), not the ticket.
import { isSectionLabel } from '@/lib/sites/structural-section-label';

/** Subject candidates looked at, in document order, before the conversation. */
const MAX_CANDIDATES = 300;
/**
 * A link styled as a title (`item-card__title`), or the first link of a card named for an item, listing
 * or product (`m2m-item-card`): a marketplace's card for the listing a thread is about (eBay-like, 2026-12-05).
 * A link whose class names it the title of an item, listing or product (`msg-item__title`) is one wherever
 * it leads (a script's `#`, Seller Hub-like 2026-12-06).
 */
const ITEM_LINK =
  'a[class*="title" i][href^="http"], a[class*="title" i][href^="/"], a[class*="title" i]:is([class*="item" i], [class*="listing" i], [class*="product" i]), :is([class*="item" i], [class*="listing" i], [class*="product" i])[class*="card" i] a[href]:first-of-type';
/** Rows of a list (an inbox beside the conversation): their subjects and titles are other conversations'. */
const LIST_ROW = 'li, tr, [role="option"], [role="row"]';
/** A heading marked as a person: the member a marketplace thread is with (`m2m-conversation__user`, `conversation-partner`). */
const MEMBER_HEADING = '[class*="user" i], [class*="partner" i], [data-testid*="partner" i]';

/** A topic chip above the thread stands for the subject where a helpdesk has none ("Onderwerp: …", Gladly-like, 2026-12-05). */
const TOPIC_CHIP = '[class*="topic" i]';

const SUBJECT = {};

/**
 * Kept until the page outside the conversation changes, or its first message is another
 * (./engine/outside-memo.ts): the subject sits above the messages, or in the page's title.
 * `authors`: the names the reader read on the conversation's messages. `oldestBlock`: the thread's
 * first message, the last block of a thread shown newest on top (./shown-order.ts).
 */
export function findSubject(
  doc: Document,
  firstBlock: Element,
  authors: readonly string[] = [],
  oldestBlock = firstBlock,
): { text: string; score: number } {
  return rememberedOutside(doc, firstBlock.parentElement, SUBJECT, [firstBlock, oldestBlock], () =>
    subjectOf(doc, firstBlock, authors, oldestBlock),
  );
}

function subjectOf(doc: Document, firstBlock: Element, authors: readonly string[], oldestBlock: Element): { text: string; score: number } {
  const title = singleLine(doc.title, 300);
  // One pass over the candidates above the conversation (a 1 MB page has 30,000 elements).
  let field = '';
  let named = '';
  let heading = '';
  let item = '';
  let linked = '';
  let member = false;
  let beside = '';
  let card = '';
  const candidates = doc.querySelectorAll(`${SUBJECT_FIELD}, ${LABELLED_INPUT}, ${SUBJECT_NAMED}, ${TOPIC_CHIP}, ${HEADING}, ${ITEM_LINK}`);
  for (let index = 0; index < candidates.length && index < MAX_CANDIDATES; index++) {
    const element = candidates[index]!;
    if (!isBefore(element, firstBlock)) break;
    if (element.closest('[hidden]')) continue;
    if (isChrome(element)) {
      // The top bar heads the app, not the ticket, unless the page's title opens with it (a phone layout's
      // subject bar); a heading nearer the conversation still comes first.
      const text = heading || singleLine(readableText(element), 300);
      if (text.length >= 3 && title.startsWith(text)) heading = text;
    } else if (element.localName === 'input') {
      // A labelled input that is no subject field (a search box, an order number) says nothing of the subject.
      if (isSubjectField(element)) field ||= singleLine((element as HTMLInputElement).value ?? element.getAttribute('value'), 300);
    } else {
      if (!named && element.matches(`${SUBJECT_NAMED}, ${TOPIC_CHIP}`) && !recurs(element)) named = namedText(element);
      if (element.matches(ITEM_LINK) && !element.closest(LIST_ROW) && !insideSentence(element))
        linked = singleLine(element.textContent, 300);
      const text = element.matches(HEADING) ? titleText(element) : '';
      if (text.length < 3 || isSectionLabel(text) || asksTheUser(element)) continue;
      heading = text;
      member =
        element.matches(MEMBER_HEADING) ||
        partnerIn(text) !== null ||
        namesAnAuthor(element, firstBlock) ||
        namesAReadAuthor(text, authors) ||
        addressedInReplyBox(text, doc);
      beside = member ? lineUnderMember(element, firstBlock) : '';
      card = member ? itemLinkAbove(element, firstBlock) : '';
      if (isItemHeading(element, text)) item = text;
    }
  }
  if (field.length >= 3) return { text: field, score: 0.9 };
  if (named) return { text: named, score: 0.85 };
  // The first message's own subject line names the conversation; a heading over a chat may name the person.
  const line = oldestBlock.querySelector(SUBJECT_NAMED);
  // With no heading at all, the listing's card above a member chat names it (the page's title names the app).
  // A member heading names who the thread is with: the line beside it, if any, names what.
  const found =
    (line && namedText(line)) ||
    labelledSubject(firstBlock, oldestBlock) ||
    item ||
    (member && (linked || card || beside)) ||
    heading ||
    linked;
  if (found) return { text: found, score: 0.8 };
  const fromTitle = titleSubject(title);
  return fromTitle ? { text: fromTitle, score: 0.4 } : { text: '', score: 0.2 };
}

/** An element the page names for the subject, outside lists: its short text. */
function namedText(element: Element): string {
  if (element.localName === 'input' || element.closest(LIST_ROW) || firstElements(element, 6).length > 5) return '';
  const text = titleText(element, 301).replace(TICKET_PREFIX, '');
  return text.length >= 3 && text.length <= 300 ? text : '';
}

/** A subject shown with the same markup more than once is a list's column (an inbox beside the conversation). */
function recurs(element: Element): boolean {
  const name = element.className;
  return !!name && element.ownerDocument.getElementsByClassName(name).length > 1;
}

/** Navigation and sidebars, or the page's own top bar (a ticket's header inside the page is not chrome). */
function isChrome(element: Element): boolean {
  return element.closest(CHROME) !== null || element.closest('header')?.parentElement === element.ownerDocument.body;
}

function isBefore(element: Element, block: Element): boolean {
  return (element.compareDocumentPosition(block) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
}
