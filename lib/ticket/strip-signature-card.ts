/**
 * A company signature card at the end of a message, without a closing formula above it: a name
 * line, then short lines of title, phone, mail, web and address (maybe over a few paragraphs),
 * maybe a legal notice below. Read from the end, a bounded number of lines.
 */
import { DISCLAIMER, MAX_MARKER_LINE } from '@/lib/ticket/reply-patterns';

/** Lines a card may take, and how far from the end it is looked for. */
const MAX_CARD_LINES = 15;
const MAX_CARD_SCAN = 60;
/** A card line is short; a notice paragraph is long (a customer's "keep this confidential" is not one). */
const MAX_CARD_LINE = 120;
const MIN_NOTICE_CHARS = 150;
/** Phone numbers, mail and web addresses: what tells a card from a few short lines of text. */
const CONTACT = /https?:\/\/|www\.|\S@\S|\d(?:[\s()./-]{0,2}\d){6}/;
const MIN_CONTACT_LINES = 2;
/** "Karen Green", "*Richard Lindhout* | *Owner*", "Jan de Smit, Sales": a name, maybe with a title after "|" or ",". */
const NAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}$/u;
const isBlankLine = (line: string) => line.trim() === '';

function isNameLine(line: string): boolean {
  const name = (line.replace(/[*_]/g, '').split(/\s[|,–-]\s|,\s/)[0] ?? '').trim();
  return NAME.test(name);
}

/** Short, and not a sentence the sender finished ("Can you help?", "It arrived broken."). */
function isCardLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_CARD_LINE) return false;
  return CONTACT.test(text) || !/[.!?]\s*$/.test(text.replace(/[*_]+$/, ''));
}

const isNotice = (paragraph: readonly string[]) =>
  paragraph.join(' ').length >= MIN_NOTICE_CHARS && paragraph.some((line) => line.length <= MAX_MARKER_LINE * 4 && DISCLAIMER.test(line));

/**
 * Where a trailing signature card (or a legal notice alone) of `lines[0, end)` starts, or -1. Not when the text
 * above it ends with a colon: "Please ship to:" above a name, an address and a phone is the message.
 */
export function signatureCardStart(lines: readonly string[], end = lines.length): number {
  let i = end - 1;
  let contacts = 0;
  let cardLines = 0;
  let start = -1;
  const stop = Math.max(0, end - MAX_CARD_SCAN);
  while (i >= stop) {
    while (i >= stop && isBlankLine(lines[i] ?? '')) i--;
    const paragraphEnd = i;
    while (i >= stop && !isBlankLine(lines[i] ?? '')) i--;
    if (paragraphEnd < stop || i < stop) break;
    const paragraph = lines.slice(i + 1, paragraphEnd + 1);
    if (isNotice(paragraph)) {
      if (cardLines === 0) start = i + 1;
      continue;
    }
    if (!paragraph.every(isCardLine)) break;
    cardLines += paragraph.length;
    if (cardLines > MAX_CARD_LINES) break;
    contacts += paragraph.filter((line) => CONTACT.test(line)).length;
    if (contacts >= MIN_CONTACT_LINES && isNameLine(paragraph[0] ?? '')) start = i + 1;
  }
  if (start <= 0) return -1;
  let above = start - 1;
  while (above >= 0 && isBlankLine(lines[above] ?? '')) above--;
  return above >= 0 && !/[:：]\s*$/.test(lines[above] ?? '') ? start : -1;
}
