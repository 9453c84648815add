/**
 * The sender of a chat bubble whose build gives its parts no telling names (hashed classes, no `time`
 * element, no date): the bubble's first row is a name beside a bare time of day ("Špela Žagar ·
 * 4:18 PM", "08:14 Klaus Oberhuber"), or the name alone on the bubble's first row with the time on
 * a row of its own below the text. A time of day without a date is not read as the message's time,
 * but beside a name it marks the row as the sender's. A greeting alone on the first row ("Hello") is
 * the message's first line, not a sender. A date written with its year beside the name marks the
 * row as well (./structural-written-date.ts), and an avatar picture before the first row is passed.
 */
import { asciiDigits } from './ascii-digits';
import { firstElements } from './first-elements';
import { unwrapped } from './bare-wrapper';
import { fromWords } from './reader-words';
import { opening, readsAsName } from './structural-lead-name';
import { isWrittenDate } from './structural-written-date';

/** "4:18 PM", "08:14", "20.05", "9:02 a.m." */
const BARE_TIME = /^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?\s?m\.?)?$/i;
/** A sender row holds a few parts (name, time, a badge) in a few elements; the rows after the first looked at for the time. */
const MAX_ROW_LEAVES = 6;
const MAX_ROW_ELEMENTS = 12;
const MAX_ROWS = 8;
const PICTURE = 'img, svg, picture';
const GREETING_ALONE = fromWords((words) => new RegExp(`^(?:${words.greetings.join('|')})[,!]?$`, 'iu'));

export function timeRowName(block: Element, leading: string): string | undefined {
  // An avatar picture before the rows says nothing: the row after it is the first.
  const shown = block.firstElementChild?.matches(PICTURE) ? block.firstElementChild.nextElementSibling : block.firstElementChild;
  const first = shown && unwrapped(shown);
  if (!first) return undefined;
  if (first.childElementCount > 0) {
    // The name and the time in one row.
    // Walked by hand and bounded: a block may open with a deep nest (no recursion into it).
    const parts = firstElements(first, MAX_ROW_ELEMENTS + 1);
    if (parts.length > MAX_ROW_ELEMENTS) return undefined;
    const leaves = parts.filter((element) => element.childElementCount === 0 && textOf(element));
    // A name beside a time of day, or beside a date with its year (./structural-written-date.ts).
    const stamp = (leaf: Element) => isBareTime(leaf) || isWrittenDate(leaf);
    if (leaves.length < 2 || leaves.length > MAX_ROW_LEAVES || !leaves.some(stamp)) return undefined;
    const name = leaves.find((leaf) => !stamp(leaf))!;
    // A row that writes the time first ("08:14 Klaus Oberhuber") opens the block with it.
    const time = leaves.indexOf(name) > 0 ? textOf(leaves[0]!) : '';
    const words = leading.replace(/\s+/g, ' ').trimStart();
    return named(textOf(name), time && words.startsWith(time) ? words.slice(time.length) : leading);
  }
  // The name alone on the first row, the time on a row of its own (a paragraph is the message's text).
  if (first.localName === 'p') return undefined;
  const rows = Array.from(block.children).slice(1, MAX_ROWS);
  return rows.some((row) => row.childElementCount === 0 && isBareTime(row)) ? named(textOf(first), leading) : undefined;
}

function named(text: string, leading: string): string | undefined {
  return readsAsName(text) && !GREETING_ALONE().test(text) ? opening(text, leading) : undefined;
}

function isBareTime(element: Element): boolean {
  return BARE_TIME.test(asciiDigits(textOf(element)));
}

function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
