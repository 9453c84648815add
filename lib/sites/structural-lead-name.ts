/**
 * The sender named at the start of a message's header when the page gives the name no element of
 * its own: in bold ("**Andrés Molina** replied 10 minutes ago", "**Paul** · 2 days ago"), the way
 * helpdesks and forums write a sender line, or as the first element of the block's own `<header>`
 * that also holds its time ("Lukas Brunner · Mo., 1. Dez., 07:48", a link to the user's profile).
 * Only a short run that opens the block's first line counts (after the message's time, when the
 * row writes that first: floated to the row's end, or on a right-to-left page); words inside the
 * message say something else.
 */
import { namesSomeone } from './structural-title-name';
import { tooltipStamp } from './structural-tooltip-time';
import { shownTime } from './structural-shown-time';
import { withoutOwnHeading } from './structural-block-heading';

/** Bold text in the block's header or first child. */
const LEAD = ':scope > header b, :scope > header strong, :scope > :first-child > b, :scope > :first-child > strong';
/** A dated header row's first element; not the time itself, nor an avatar's initials (hidden from readers). */
const HEADER_LEAD = ':scope > header:has(time, [datetime]) > :first-child:not(time, [datetime], [aria-hidden="true"])';
const MAX_NAME = 60;
const STAMP = 'time, [datetime]';
/** A row's elements that never hold the name: the time, an address link; and decoration such as an avatar (`aria-hidden`). */
const NOT_THE_NAME = 'time, [datetime], a[href^="mailto:" i]';
/** How far up from the time its row may sit, and how many of the row's elements are looked at. */
const MAX_ROW_DEPTH = 3;
const MAX_ROW_LEAVES = 12;
/** An avatar's initials ("RT"), not a name. */
const INITIALS = /^\p{Lu}{1,3}$/u;
/**
 * Arabic and Hebrew have no capitals: in a dated row, two or three words of their letters are a
 * name ("سارة العتيبي"). Not for a conversation's title (structural-title-name.ts), where a short subject reads the same.
 */
const CASELESS_NAME = /^[\p{Script=Arabic}\p{Script=Hebrew}]{2,15}(?:\s[\p{Script=Arabic}\p{Script=Hebrew}]{2,15}){1,2}$/u;
/** Korean has no capitals either, and spaces its words, some of one syllable: a shop's bot ("모닥불 리빙 봇"), a name with a title. */
const HANGUL_NAME = /^\p{Script=Hangul}{1,15}(?:\s\p{Script=Hangul}{1,15}){1,2}$/u;

/** The name that opens the block's header, or undefined. */
export function leadName(block: Element, opened: string): string | undefined {
  const leading = withoutTimeFirst(block, withoutOwnHeading(block, opened));
  const plain = textOf(block.querySelector(HEADER_LEAD));
  // Not bold, it must read as a person's name or handle ("Status updated" is a label).
  return (
    opening(textOf(block.querySelector(LEAD)), leading) ??
    (namesSomeone(plain) ? opening(plain, leading) : undefined) ??
    datedRowName(block, leading)
  );
}

/**
 * The name in the row that holds the message's time (a `time` element, or a date in a tooltip),
 * however the build names its elements
 * (hashed classes, divs for headers): the row's first leaf with text, when it reads as a person's
 * name or handle and opens the block ("Aria Chen aria@… · 9:05am", "Lena Hoffmann replied · Nov 22").
 */
function datedRowName(block: Element, leading: string): string | undefined {
  const stamp = block.querySelector(STAMP) ?? tooltipStamp(block) ?? shownTime(block)?.stamp;
  let row = stamp?.parentElement ?? null;
  // Up to the row that holds something beside the time (an empty icon slot beside it is nothing).
  for (let depth = 0; row && row !== block && wordedChildren(row) < 2 && depth < MAX_ROW_DEPTH; depth++) row = row.parentElement;
  if (!stamp || !row || !block.contains(row)) return undefined;
  // A time set right in the block (`<div actor>…</div><time>`): its row is what comes just before it.
  const scope = row === block ? before(block, stamp) : [row];
  const leaves = scope.flatMap((part) => (part.childElementCount === 0 ? [part] : Array.from(part.querySelectorAll('*'))));
  for (const leaf of leaves.slice(0, MAX_ROW_LEAVES)) {
    const named = leaf.childElementCount === 0 && leaf !== stamp && !leaf.matches(NOT_THE_NAME) && !leaf.closest('[aria-hidden="true"]');
    const text = named ? textOf(leaf) : '';
    if (!text || INITIALS.test(text)) continue;
    return readsAsName(text) ? opening(text, leading) : undefined;
  }
  return undefined;
}

/** A person's name or handle as a message's row writes it, in scripts with capitals or without. */
export function readsAsName(text: string): boolean {
  return namesSomeone(text) || CASELESS_NAME.test(text) || HANGUL_NAME.test(text);
}

function wordedChildren(row: Element): number {
  return Array.from(row.children).filter((child) => textOf(child) !== '').length;
}

/** The block's elements just before the one that holds the time, in page order. */
function before(block: Element, stamp: Element): Element[] {
  let child: Element | null = stamp;
  while (child && child.parentElement !== block) child = child.parentElement;
  const previous = child?.previousElementSibling ?? null;
  return previous ? [previous.previousElementSibling, previous].filter((element): element is Element => element !== null) : [];
}

/** The block's first words without the time they start with ("2026/12/01 10:05 Sara Haddad wrote"). */
function withoutTimeFirst(block: Element, leading: string): string {
  const time = textOf(block.querySelector(STAMP) ?? tooltipStamp(block) ?? null);
  const words = leading.replace(/\s+/g, ' ').trimStart();
  return time && words.startsWith(time) ? words.slice(time.length) : leading;
}

function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The name, when it opens the block's first line (`leading`): a sender line's, not words inside the message. */
export function opening(name: string, leading: string): string | undefined {
  if (name.length < 2 || name.length > MAX_NAME || !/\p{L}/u.test(name) || /[.!?:]$/.test(name)) return undefined;
  // It must open the header line: nothing but a few characters (an avatar's initials) before it.
  const at = leading.replace(/\s+/g, ' ').trimStart().indexOf(name);
  return at >= 0 && at <= 4 ? name : undefined;
}
