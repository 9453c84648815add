/**
 * A message block's text (./generic-message.ts): the element the page marks as the body, else the
 * block's text without the header lines above the message (sender, time, "From:"/"To:" rows, buttons).
 */
import type { Person } from '@/lib/schemas/ticket';
import { BODY } from './generic-selectors';
import { readableText } from './text';
import { singleLine } from './single-line';
import { messageLength, visibleLength } from './structural-bubble-body';
import { withoutOwnEnds, withoutOwnHeader } from './generic-own-header';
import { tooltipStamp } from './structural-tooltip-time';
import { withoutReceipt } from './structural-receipt';
import { recipientRows } from './structural-recipient-row';
import { ownHeading } from './structural-block-heading';
import { isHeaderRow } from '@/lib/sites/generic-header-row-body';
import { isDateLine } from './generic-date-line';
import { isHeaderLine } from './generic-header-line';

const HEADER_LINES = 10;
/** Body candidates looked at in a block. */
const MAX_BODIES = 20;
const BUTTONS = 'button, [role="button"]';
/** Ticks and marks after a time, no letter or digit among them. */
const TRAILING_GLYPHS = /[^\p{L}\p{N}]+$/u;

/**
 * The element the page marks as the body when it holds most of the block's words; otherwise the
 * block's text without the header lines that repeat the sender and the time.
 */
export function bodyText(block: Element, sender: Element | null, author: Person, stamps: NodeListOf<Element>): string {
  // A receipt under the message ("Seen 14:02") is the page's status, not its words (./structural-receipt.ts).
  return withoutReceipt(shownText(block, sender, author, stamps), block);
}

function shownText(block: Element, sender: Element | null, author: Person, stamps: NodeListOf<Element>): string {
  const total = messageLength(block, sender, stamps);
  let best: Element | null = null;
  let bestLength = 0;
  const header = headerLines(block, sender, author, stamps);
  const candidates = block.querySelectorAll(BODY);
  for (let index = 0; index < candidates.length && index < MAX_BODIES; index++) {
    const candidate = candidates[index]!;
    if (sender && (candidate.contains(sender) || sender.contains(candidate))) continue;
    // Quoted history is inside the body, never the body itself.
    if (/quot/i.test(candidate.getAttribute('class') ?? '') || candidate.closest('blockquote')) continue;
    if (isHeaderRow(candidate, author.name, stamps, (line) => isHeaderLine(line, header))) continue;
    const length = visibleLength(candidate);
    if (length > bestLength) [best, bestLength] = [candidate, length];
  }
  if (best && bestLength >= total * 0.4) {
    // The shown time ("4h") whose tooltip dates the block is a header line too, when the body holds it.
    const own = [...header, singleLine(tooltipStamp(block)?.textContent)];
    return withoutOwnHeader(readableText(best), own, isDateLine) || readableText(best);
  }
  return withoutHeader(readableText(block), block, header, stamps) || toggleText(sender, stamps);
}

/** The lines that repeat the block's sender, its address, its time elements' text and its recipient rows. */
function headerLines(block: Element, sender: Element | null, author: Person, stamps: NodeListOf<Element>): string[] {
  const header = [sender?.textContent, author.name, author.email].map((line) => singleLine(line)).filter((line) => line.length >= 2);
  const heading = ownHeading(block);
  return [...header, ...stampLines(stamps), ...recipientRows(block), ...(heading.length >= 2 ? [heading] : [])];
}

function stampLines(stamps: NodeListOf<Element>): string[] {
  return Array.from(stamps)
    .slice(0, 5)
    .map((stamp) => singleLine(stamp.textContent))
    .filter((line) => line.length >= 2);
}

/**
 * A collapsed message drawn as one toggle button holding its sender, a one-line preview and the date
 * (Help Scout's long threads, 2026-12-06): a button is a control to the text reader, yet this one's
 * words other than the sender and the date are the message as the page shows it.
 */
function toggleText(sender: Element | null, stamps: NodeListOf<Element>): string {
  const toggle = sender?.closest(BUTTONS);
  if (!toggle) return '';
  const parts = Array.from(toggle.children).filter((part) => !part.contains(sender) && !Array.from(stamps).includes(part));
  return parts
    .map((part) => readableText(part))
    .filter(Boolean)
    .join('\n');
}

/**
 * The block's text without the header lines above the message: the sender, the time, avatar
 * initials, icon glyphs, "to me" lines and "From:"/"Sent:" rows — judged line by line, only among
 * the first HEADER_LINES, and only while every line before was a header line too.
 */
function withoutHeader(text: string, block: Element, header: string[], stamps: NodeListOf<Element>): string {
  const times = stampLines(stamps);
  // The header's buttons ("Reply", "More") are chrome, never the message's first words.
  const buttons = Array.from(block.querySelectorAll(BUTTONS), (button) => singleLine(button.textContent, 100)).slice(0, 8);
  const lines = text.split('\n');
  // A chat row shows its time under the text ("Hier, 21 h 47"): a line of the block's own time, not the message's words.
  let end = lines.length;
  while (end > 1 && (!lines[end - 1]!.trim() || isOwnTime(singleLine(lines[end - 1]), times))) end--;
  // The last line above that time is the message, however short: a reply "3" to a bot's numbered menu (blind set 16).
  let start = 0;
  while (start < Math.min(end - 1, HEADER_LINES)) {
    const line = singleLine(lines[start]);
    if (!buttons.includes(line) && !isHeaderLine(line, header)) break;
    start++;
  }
  const rest = withoutOwnEnds(lines.slice(start, end).join('\n').trim(), header, times);
  // A folded message shows only its sender, a recalled one only the page's notice about it
  // (role="status": "The sender recalled this message"): nothing of it to read.
  const shown = singleLine(rest);
  return header.includes(shown) ||
    Array.from(block.querySelectorAll('[role=status]'), (notice) => singleLine(readableText(notice))).includes(shown)
    ? ''
    : rest;
}

/** The block's own time, maybe with a read receipt's ticks glued to it ("5 dic 10:02✓✓": a Zendesk WhatsApp bubble, 2026-12-07). */
function isOwnTime(line: string, times: string[]): boolean {
  return times.includes(line) || times.includes(line.replace(TRAILING_GLYPHS, ''));
}
