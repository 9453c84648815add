/**
 * Who wrote a message block (./generic-message.ts): the sender line (its name, or the address it
 * carries), a `mailto:` link, an address at the top of the block that is not a recipient's, the
 * name before a written-out address, else the fallbacks of ./structural-sender-fallbacks.ts.
 */
import type { Person } from '@/lib/schemas/ticket';
import { leadingText } from './generic-blocks';
import { BODY, NAME_CLASS, SENDER, TIMESTAMP } from './generic-selectors';
import { EMAIL_IN_TEXT, EVERY_EMAIL_IN_TEXT, emailAddress, person } from './people';
import { singleLine } from './single-line';
import { fallbackSender } from './structural-sender-fallbacks';
import { ROLE_LABEL } from './structural-role-label';
import { BARE_FROM_LABEL, FROM_LABEL } from './from-label';
import { wholeName } from './whole-name';
import { fromWords, phraseAlternation } from './reader-words';

/**
 * Words around a sender's name that are not the name: "Jane wrote:", "From: Jane", "by Jane" ("Jane via Web": name-extras.ts).
 * The "From" label is ./from-label.ts's: "Von:", "De:" with their colon only, as "Van Dijk" and "Da Silva" are names.
 */
const NOT_THE_NAME = new RegExp(
  `${FROM_LABEL.source}|${BARE_FROM_LABEL.source}|${/^(?:by|posted by|reply from|antwort von)\s*:?\s+|\s+(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef|escreveu|replied|said)\s*:?$|<[^>]*>|\([^)]*@[^)]*\)|[·•|]\s*$/.source}`,
  'giu',
);
/** A sender line written out: `Jane Doe <jane@example.com>` (the name is what precedes the address). */
const NAME_BEFORE_ADDRESS = /(?:^|[·|•:])\s*"?([^"<>·|•:@\s][^"<>·|•:@]{1,79}?)"?\s*<[^<>\s@]{1,64}@[^<>\s]{1,190}>/;
/** How far into a block the sender's own address may appear (further in, it is a quoted one). */
const SENDER_LINE_CHARS = 120;
/**
 * "To: …" in any language the readers know ("do:", "komu:", "宛先：", structural-header-row-words.json), and
 * "to"/"an"/"à" without a colon ("Maaike replied to daan@…"): the address after it is a recipient's.
 */
const RECIPIENT_BEFORE = fromWords(
  ({ addresseeLabels }) =>
    new RegExp(`(?:^|\\s)(?:(?:${phraseAlternation(addresseeLabels)})\\s*[:：]|to|an|à|para|aan)\\s*(?:[^:]{0,30}<)?\\s*$`, 'iu'),
);
/** Sender elements looked at in a block. */
const MAX_SENDERS = 20;
const DECORATION = '[aria-hidden="true"]';
/** Text elements looked at before a `-name` element. */
const MAX_TEXTS = 12;

/** The block's author: `sender` is the element senderOf chose, `mailto` the block's first `mailto:` link. */
export function readAuthor(block: Element, sender: Element | null, mailto: Element | null): Person {
  const fromLink = emailAddress(mailto?.getAttribute('href')?.slice(7, 300).split('?')[0]);
  // A name shown cut short ("Ana Sil…") is completed from the attribute that keeps it whole (./whole-name.ts).
  const senderText = wholeName(
    singleLine(sender?.getAttribute('name') || sender?.getAttribute('data-author') || withoutTimes(sender), 300),
    sender,
  );
  const email =
    emailAddress(sender?.getAttribute('email')) ??
    emailAddress(sender?.getAttribute('data-email')) ??
    emailAddress(EMAIL_IN_TEXT.exec(senderText)?.[0]) ??
    emailAddress(sender?.getAttribute('title')?.slice(0, 300)) ??
    emailAddress(sender?.querySelector('[title]')?.getAttribute('title')?.slice(0, 300)) ??
    fromLink ??
    senderAddress(wholeWords(leadingText(block), SENDER_LINE_CHARS));
  let name = senderText.replace(NOT_THE_NAME, ' ').replace(EMAIL_IN_TEXT, ' ').replace(ROLE_LABEL(), '');
  if (!singleLine(name) && mailto) name = singleLine(mailto.textContent).replace(EMAIL_IN_TEXT, ' ');
  // Only in the header: further in, "<name> <address> wrote:" opens a quoted mail, not this one.
  if (!singleLine(name) && !sender) name = NAME_BEFORE_ADDRESS.exec(wholeWords(leadingText(block), SENDER_LINE_CHARS))?.[1] ?? '';
  // An address alone in the header ("from eszter@…") leaves the name to the dated row that opens it ("Szabó Eszter").
  const found = !singleLine(name) ? fallbackSender(block, leadingText(block)) : null;
  // The sender line's own text, left out as a role label ("Comprador"), is no name when a fallback finds it again.
  const fallback = found && found.name !== singleLine(senderText) ? found : null;
  return fallback ? person(fallback.name, email ?? fallback.email) : person(name, email);
}

/**
 * The first sender element that names someone, else the first sender element. A sender row holding
 * the sender's name with more (a collapsed message's preview, Outlook's pop-out, 2026-12-06) gives
 * way to the name inside it: the row's words would be taken for the name and left out of the text.
 */
export function senderOf(block: Element): Element | null {
  const senders = Array.from(block.querySelectorAll(SENDER))
    .slice(0, MAX_SENDERS)
    .filter((sender) => !namesAThing(sender, block));
  return senders.find((sender, index) => !isDecoration(sender) && !sender.contains(senders[index + 1] ?? null)) ?? senders[0] ?? null;
}

/**
 * A class ending in -name marks a header's sender line (`bubble-name`), and a thing the message names
 * too (`product-name` in a sentence, an attachment chip's `file-name` under the text): one inside or
 * after the block's text is no sender line. An element that holds the time, or opens with the name,
 * wraps the whole message (`text-sm`, `msg-content`): it is not the text.
 */
function namesAThing(sender: Element, block: Element): boolean {
  if (!sender.matches(NAME_CLASS)) return false;
  const name = singleLine(sender.textContent);
  const texts = block.querySelectorAll(`p, blockquote, ${BODY}`);
  for (let index = 0; index < texts.length && index < MAX_TEXTS; index++) {
    const text = texts[index]!;
    if (text.querySelector(TIMESTAMP) || singleLine(text.textContent).startsWith(name)) continue;
    if (text.compareDocumentPosition(sender) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING, inside it too */) return true;
  }
  return false;
}

/**
 * An avatar whose initials the page hides from screen readers (`<div class="persona"><span
 * aria-hidden="true">JM</span>`, new Outlook 2026-12-05) names nobody: the sender line after it does.
 */
function isDecoration(sender: Element): boolean {
  const hidden = sender.querySelector(DECORATION);
  return !!hidden && hidden.textContent?.trim() === sender.textContent?.trim();
}

/** A sender row's text without the message's time written in it ("Camille Duret 27 nov., 19:12"). */
function withoutTimes(sender: Element | null): string | undefined {
  let text = sender?.textContent ?? undefined;
  for (const stamp of Array.from(sender?.querySelectorAll(TIMESTAMP) ?? []).slice(0, 3)) text = text?.replace(stamp.textContent ?? '', ' ');
  return text;
}

/** The text's first `length` characters, and the rest of the word they end in: an address across the cut is read whole. */
function wholeWords(text: string, length: number): string {
  return text.slice(0, length) + /^\S*/.exec(text.slice(length))![0];
}

/** The first address in a block's header that is not a recipient's ("To: …"). */
function senderAddress(header: string): string | undefined {
  for (const match of header.matchAll(EVERY_EMAIL_IN_TEXT)) {
    if (!RECIPIENT_BEFORE().test(header.slice(Math.max(0, match.index - 40), match.index))) return emailAddress(match[0]);
  }
  return undefined;
}
