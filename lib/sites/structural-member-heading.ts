/**
 * A heading that opens with the name the conversation's messages are signed with ("brocante.mimi
 * (412 ★) · 99,8 % d'évaluations positives" over her bubbles, an eBay-like page 2026-12-05) names the
 * member a thread is with, whatever its class says: it says who, not what the thread is about. So does
 * a heading that says so in words ("Conversación con beto.gdl77 (214 ★)", "kim_88님과의 대화"; the
 * words are data, structural-subject-words.json), whether or not a message shows its sender. The line
 * the page shows beside such a heading says what (`lineBeside`).
 */
import { SENDER } from './generic-selectors';
import { fromWords } from './reader-words';
import { singleLine } from './single-line';
import { isoTime } from './time';

/** The first blocks are enough: the member writes near the start, or the heading would not name them. */
const MAX_BLOCKS = 6;
const MAX_SENDERS = 12;
const MIN_NAME = 3;
const MAX_NAME = 120;
const PARTNER_HEADING = fromWords(
  ({ partnerBefore, partnerAfter }) => new RegExp(`^(?:${partnerBefore})\\s+(\\S.*)$|^(\\S.*?)\\s*(?:${partnerAfter})$`, 'iu'),
);
/**
 * Two words at least: a subject line, not a handle or a badge. Chinese and Japanese write words without
 * spaces between them: four letters of theirs in a row are words ("名入れの木製ウェルカムボード", 2026-12-05).
 */
const WORDS = /\p{L}{2,}\s+\S*\p{L}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{4}/u;
/**
 * A handle ("@leabernard92"), a badge or count ("(214 ★)", "· 99 %") beside the name, or facts listed
 * with dots ("Tokyo, Japan · Last active 1 hour ago", "Order #… · Dispatched 27 Nov"): about the member
 * or the order, not what the thread is about.
 */
const ABOUT_MEMBER = /^[@([·•|★]|\s[·•|]\s/u;

/** The feedback score, badges and counts a heading shows after the member's name: "(214 ★)", "· 99 % positive". */
const AFTER_NAME = /\s*[([·•|].*$/u;

/**
 * A user id with its feedback score ("noa.levi_tlv (58)", "brocante.mimi (412 ★)"): how a marketplace names a
 * member. Lower case, one token, as user ids are: a label with a count ("Inbox (3)") is none.
 */
const SCORED_HANDLE = /^@?((?=[\p{Ll}\p{N}._-]*\p{Ll})[\p{Ll}\p{N}._-]{2,40})\s*\(\s*\d[\d.,]*\s*★?\s*\)/u;

/**
 * The member a "Conversation with <member>" heading, or a user id shown with its feedback score, names,
 * without the badges after it; null for any other text.
 */
export function partnerIn(headingText: string): string | null {
  const text = singleLine(headingText, MAX_NAME);
  const match = PARTNER_HEADING().exec(text);
  const name = (match?.[1] ?? match?.[2])?.replace(AFTER_NAME, '').trim();
  return name || (SCORED_HANDLE.exec(text)?.[1] ?? null);
}

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

/**
 * The line a member heading's header shows beside it, which names the conversation ("Set 2 căni
 * personalizate – glazură verde salvie" under the buyer's name, an Etsy-like pane 2026-12-06); '' when
 * the next element is a handle, a badge, a list of facts, a time, links or more than a line.
 */
export function lineBeside(heading: Element): string {
  const next = heading.nextElementSibling;
  // A box of links or controls beside the name (a card, a toolbar) is no line of text.
  if (!next || next.childElementCount > 2 || next.querySelector('a, button, input, img')) return '';
  const text = singleLine(next.textContent, MAX_NAME * 3);
  return WORDS.test(text) && !ABOUT_MEMBER.test(text) && !isoTime(text) ? text : '';
}
