/**
 * Reads one message block found by generic-blocks.ts: who wrote it (sender line, `mailto:` link,
 * an address in the header), when (`time`, `datetime`, date-named elements) and its text (the
 * element the page marks as the body, else the block without its header lines).
 */
import type { Person } from '@/lib/schemas/ticket';
import { leadingText } from './generic-blocks';
import { BODY, MAILTO, SENDER, TIMESTAMP } from './generic-selectors';
import { EMAIL_IN_TEXT, emailAddress, person } from './people';
import { readableText, singleLine } from './text';
import { isoTime } from './time';
import { sideOf, type Side } from './structural-side';
import { fallbackSender, fallbackTime } from './structural-sender-fallbacks';
import { remembered } from './engine/element-memo';
import { blockKind } from './structural-kinds';
import { messageLength, visibleLength } from './structural-bubble-body';
import { iconSaysOurs } from './structural-our-marks';
import { ROLE_LABEL } from './structural-role-label';
import { ADDRESSEE_LABEL } from './structural-header-row';
import { relayedAddress } from './form-relay';

export interface GenericMessage {
  author: Person;
  sentAt?: string;
  text: string;
  /** Class words of the block (agent, outgoing, customer, …) that may tell who wrote it. */
  classWords: Set<string>;
  /** The block's words above its text (sender line, labels such as "Internal note"), lower case. */
  header: string;
  /** The side the page's own markup puts the block on (chat layouts: outgoing on the end side). */
  side: Side;
  /** The block's kind (tag and first class word): a teammates' comment differs from a message. */
  kind: string;
  /** An icon marks it ours: a lock labelled "Private" (./structural-our-marks.ts). */
  ours?: boolean;
  /** The customer's address a shop's form mailer relays in it (./form-relay.ts), when it is such a message. */
  relayed?: string;
}

/** Words around a sender's name that are not the name: "Jane wrote:", "From: Jane", "by Jane" ("Jane via Web": name-extras.ts). */
const NOT_THE_NAME =
  /^(?:from|von|de|da|van|by|posted by|reply from|antwort von)\s*:?\s+|\s+(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|replied|said)\s*:?$|<[^>]*>|\([^)]*@[^)]*\)|[·•|]\s*$/gi;
/** A sender line written out: `Jane Doe <jane@example.com>` (the name is what precedes the address). */
const NAME_BEFORE_ADDRESS = /(?:^|[·|•:])\s*"?([^"<>·|•:@\s][^"<>·|•:@]{1,79}?)"?\s*<[^<>\s@]{1,64}@[^<>\s]{1,190}>/;
const HEADER_LINES = 10;
/** How far into a block the sender's own address may appear (further in, it is a quoted one). */
const SENDER_LINE_CHARS = 120;
/** "To: …", and "to"/"an"/"à" without a colon ("Maaike replied to daan@…"): the address after it is a recipient's. */
const RECIPIENT_BEFORE = /(?:^|\s)(?:(?:to|an|à|a|para|aan|cc|bcc|per)\s*:|to|an|à|para|aan)\s*(?:[^:]{0,30}<)?\s*$/i;
const DATE_LINE =
  /^(?:\p{L}{2,10}\.?,?\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|uhr|h)?|\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,10}\.?)(?:,?\s+\d{4})?(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?$/iu;
/** Header rows a message view writes above the text: recipients, "From:"/"Sent:" rows (several languages). */
const HEADER_ROW =
  /^(?:(?:to|an|à|a|para|aan|cc)\s+[^.!?]{1,60}$|(?:from|to|sent|date|von|an|gesendet|de|para|enviado|envoyé|da|inviato|a|van|verzonden|aan)\s*:\s*\S.{0,120}$)/i;
const MAX_CANDIDATES = 20;
const DECORATION = '[aria-hidden="true"]';
const BUTTONS = 'button, [role="button"]';
const AGO_IN_BRACKETS = /\s*\([^()]{0,28}\d[^()]{0,28}\)$/;
/** Yes/no attributes that say who wrote a block (`data-from-agent="true"`). */
const FLAG_ATTRIBUTES: Array<[string, string]> = [
  ['data-from-agent', 'agent'],
  ['data-is-agent', 'agent'],
  ['data-agent', 'agent'],
  ['data-outgoing', 'outgoing'],
  ['data-is-outgoing', 'outgoing'],
  ['data-from-customer', 'customer'],
  ['data-incoming', 'incoming'],
];
const CLASS_ATTRIBUTES = [
  'class',
  'type',
  'aria-label',
  'data-role',
  'data-type',
  'data-direction',
  'data-author-role',
  'data-sender-role',
  'data-sender-type',
  'data-author-type',
  'data-sender',
  'data-from',
  'data-actor',
];

/** The generic reading's key in the element memo (../engine/element-memo.ts). */
const GENERIC_READ = {};

/**
 * What a message block says, read once while nothing inside it changes: the content script reads
 * the page again after every change of it, and a 1 MB page's 200 messages cost ~10 ms to read
 * (issue 12). The answer is shared between reads: callers must not change it.
 */
export function readGenericMessage(block: Element): GenericMessage | null {
  return remembered(block, GENERIC_READ, () => readBlock(block));
}

function readBlock(block: Element): GenericMessage | null {
  const sender = senderOf(block);
  const mailto = block.querySelector(MAILTO);
  stampsFor = null;
  const author = readAuthor(block, sender, mailto);
  const text = bodyText(block, sender, author);
  if (!text) return null;
  const sentAt = readTime(block);
  stampsFor = null;
  return {
    author,
    ...(sentAt ? { sentAt } : {}),
    text,
    classWords: classWordsOf(block),
    header: headerOf(block, text),
    side: sideOf(block),
    kind: blockKind(block),
    ...(iconSaysOurs(block) ? { ours: true } : {}),
    relayed: relayedAddress(author, text),
  };
}

function readAuthor(block: Element, sender: Element | null, mailto: Element | null): Person {
  const fromLink = emailAddress(mailto?.getAttribute('href')?.slice(7, 300).split('?')[0]);
  const senderText = singleLine(sender?.getAttribute('name') || sender?.getAttribute('data-author') || withoutTimes(sender), 300);
  const email =
    emailAddress(sender?.getAttribute('email')) ??
    emailAddress(sender?.getAttribute('data-email')) ??
    emailAddress(EMAIL_IN_TEXT.exec(senderText)?.[0]) ??
    emailAddress(sender?.getAttribute('title')?.slice(0, 300)) ??
    emailAddress(sender?.querySelector('[title]')?.getAttribute('title')?.slice(0, 300)) ??
    fromLink ??
    senderAddress(leadingText(block).slice(0, SENDER_LINE_CHARS));
  let name = senderText.replace(NOT_THE_NAME, ' ').replace(EMAIL_IN_TEXT, ' ').replace(ROLE_LABEL, '');
  if (!singleLine(name) && mailto) name = singleLine(mailto.textContent).replace(EMAIL_IN_TEXT, ' ');
  if (!singleLine(name) && !sender) name = NAME_BEFORE_ADDRESS.exec(leadingText(block))?.[1] ?? '';
  const fallback = !singleLine(name) && !email ? fallbackSender(block, leadingText(block)) : null;
  return fallback ? person(fallback.name, fallback.email) : person(name, email);
}

/**
 * The first sender element that names someone: an avatar whose initials the page hides from screen
 * readers (`<div class="persona"><span aria-hidden="true">JM</span>`, new Outlook 2026-12-05) is
 * decoration, and the sender line after it names the person.
 */
function senderOf(block: Element): Element | null {
  const first = block.querySelector(SENDER);
  const hidden = first?.querySelector(DECORATION);
  if (!first || hidden?.textContent?.trim() !== first.textContent?.trim()) return first;
  return block.querySelectorAll(SENDER)[1] ?? first;
}

/** A sender row's text without the message's time written in it ("Camille Duret 27 nov., 19:12"). */
function withoutTimes(sender: Element | null): string | undefined {
  let text = sender?.textContent ?? undefined;
  for (const stamp of Array.from(sender?.querySelectorAll(TIMESTAMP) ?? []).slice(0, 3)) text = text?.replace(stamp.textContent ?? '', ' ');
  return text;
}

/** The first address in a block's header that is not a recipient's ("To: …"). */
function senderAddress(header: string): string | undefined {
  const all = new RegExp(EMAIL_IN_TEXT.source, 'gi');
  for (let match = all.exec(header); match; match = all.exec(header)) {
    if (!RECIPIENT_BEFORE.test(header.slice(Math.max(0, match.index - 40), match.index))) return emailAddress(match[0]);
  }
  return undefined;
}

/**
 * The block's time elements, looked up once per read of a block (the time and the header
 * stripping both use them); never kept past the read, as the page changes.
 */
let stampsFor: { block: Element; stamps: NodeListOf<Element> } | null = null;
function stampsOf(block: Element): NodeListOf<Element> {
  if (stampsFor?.block !== block) stampsFor = { block, stamps: block.querySelectorAll(TIMESTAMP) };
  return stampsFor.stamps;
}

function readTime(block: Element): string | undefined {
  const stamps = stampsOf(block);
  // The page's language says how it writes a date ("04/12/2026" is in December on an Italian page).
  const lang = block.closest('[lang]')?.getAttribute('lang')?.slice(0, 20) ?? '';
  for (let index = 0; index < stamps.length && index < MAX_CANDIDATES; index++) {
    const stamp = stamps[index]!;
    const title = stamp.getAttribute('title')?.slice(0, 100);
    // A full date in the tooltip ("Wed, 2 Dec 2026 at 19:58") before the shown "2 days ago": it orders chat and mail alike.
    const sentAt =
      isoTime(stamp.getAttribute('datetime')?.slice(0, 100), lang) ??
      isoTime(title, lang) ??
      // A full date this reader cannot read ("3 dez 2026 às 21:18") beside "15 hours ago": neither, or the two kinds of time would be compared.
      (/\d{4}/.test(title ?? '') ? undefined : isoTime(singleLine(stamp.textContent, 100), lang));
    if (sentAt) return sentAt;
  }
  return fallbackTime(block, leadingText(block));
}

/**
 * The element the page marks as the body when it holds most of the block's words; otherwise the
 * block's text without the header lines that repeat the sender and the time.
 */
function bodyText(block: Element, sender: Element | null, author: Person): string {
  const total = messageLength(block, sender, stampsOf(block));
  let best: Element | null = null;
  let bestLength = 0;
  const candidates = block.querySelectorAll(BODY);
  for (let index = 0; index < candidates.length && index < MAX_CANDIDATES; index++) {
    const candidate = candidates[index]!;
    if (sender && (candidate.contains(sender) || sender.contains(candidate))) continue;
    // Quoted history is inside the body, never the body itself.
    if (/quot/i.test(candidate.getAttribute('class') ?? '') || candidate.closest('blockquote')) continue;
    const length = visibleLength(candidate);
    if (length > bestLength) [best, bestLength] = [candidate, length];
  }
  if (best && bestLength >= total * 0.4) return readableText(best);
  return withoutHeader(readableText(block), block, sender, author);
}

/** A line that is only a date or a time ("Nov 18", "8:41 AM", "19:48 (hace 16 horas)"). */
function isDateLine(line: string): boolean {
  // Mail clients add how long ago in brackets: "8:41 AM (2 hours ago)".
  const time = line.replace(AGO_IN_BRACKETS, '');
  if (time.length > 40) return false;
  return isoTime(time) !== undefined || DATE_LINE.test(time);
}

/**
 * The block's text without the header lines above the message: the sender, the time, avatar
 * initials, icon glyphs, "to me" lines and "From:"/"Sent:" rows — judged line by line, only among
 * the first HEADER_LINES, and only while every line before was a header line too.
 */
function withoutHeader(text: string, block: Element, sender: Element | null, author: Person): string {
  const header = [
    sender?.textContent,
    author.name,
    author.email,
    ...Array.from(stampsOf(block))
      .slice(0, 5)
      .map((stamp) => stamp.textContent),
  ]
    .map((line) => singleLine(line))
    .filter((line) => line.length >= 2);
  // The header's buttons ("Reply", "More") are chrome, never the message's first words.
  const buttons = Array.from(block.querySelectorAll(BUTTONS), (button) => singleLine(button.textContent, 100)).slice(0, 8);
  const lines = text.split('\n');
  let start = 0;
  while (start < Math.min(lines.length - 1, HEADER_LINES)) {
    const line = singleLine(lines[start]);
    if (!buttons.includes(line) && !isHeaderLine(line, header)) break;
    start++;
  }
  const rest = lines.slice(start).join('\n').trim();
  // A folded message shows only its sender: nothing of it to read.
  return header.includes(singleLine(rest)) ? '' : rest;
}

function isHeaderLine(line: string, header: string[]): boolean {
  if (line.length <= 3 || !/\p{L}/u.test(line) || HEADER_ROW.test(line) || ADDRESSEE_LABEL.exec(line)?.index === 0 || isDateLine(line))
    return true;
  return header.some((part) => line === part || (line.includes(part) && line.length <= part.length + 60));
}

/** The block's leading words up to where its text begins. */
function headerOf(block: Element, text: string): string {
  const lead = singleLine(leadingText(block)).toLowerCase();
  const start = lead.indexOf(singleLine(text, 30).toLowerCase());
  return start > 0 ? lead.slice(0, start) : start === 0 ? '' : lead.slice(0, 120);
}

/** Lower-case words of the block's (and its sender line's) class and data-role/type attributes. */
function classWordsOf(block: Element): Set<string> {
  const words = new Set<string>();
  for (const element of [block, block.firstElementChild]) {
    // Most blocks' first child (a header row, a text) carries no attribute at all.
    if (!element?.hasAttributes()) continue;
    for (const name of CLASS_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) addClassWords(value.slice(0, 200), words);
    }
    for (const [name, word] of FLAG_ATTRIBUTES) if (element.getAttribute(name) === 'true') words.add(word);
  }
  return words;
}

/**
 * Parts of `message--agent` or `private-note` count; `ticket_note` is one word (a kind, not an author).
 * A bubble's direction modifier (`bubble--in`, `bubble--out`) is read as incoming/outgoing: only as a
 * modifier, as `sign-in` or `fade-out` say nothing of who wrote it. A CSS-module class
 * (`fromAgent_3Jc8q`, `isCustomer_x81`) counts by its camelCase words, its hash left aside.
 */
function addClassWords(value: string, words: Set<string>): void {
  for (const cased of value.split(/\s+/)) {
    const token = cased.toLowerCase();
    if (/^[a-z]+[A-Z][a-zA-Z]*_/.test(cased)) for (const part of cased.split('_', 1)[0]!.split(/(?=[A-Z])/)) words.add(part.toLowerCase());
    const whole = token.replace(/[^a-z]/g, '');
    if (whole) words.add(whole);
    if (/--(in|out)$/.test(token)) words.add(token.endsWith('in') ? 'incoming' : 'outgoing');
    if (!/-|__/.test(token)) continue;
    for (const part of token.split(/-+|__+/)) {
      const word = part.replace(/[^a-z]/g, '');
      if (word) words.add(word);
    }
  }
}
