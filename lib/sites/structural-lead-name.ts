/**
 * The sender named at the start of a message's header when the page gives the name no element of
 * its own: in bold ("**Andrés Molina** replied 10 minutes ago", "**Paul** · 2 days ago"), the way
 * helpdesks and forums write a sender line, or as the first element of the block's own `<header>`
 * that also holds its time ("Lukas Brunner · Mo., 1. Dez., 07:48", a link to the user's profile).
 * Only a short run that opens the block's first line counts; words inside the message say
 * something else.
 */
import { namesSomeone } from './structural-title-name';

/** Bold text in the block's header or first child. */
const LEAD = ':scope > header b, :scope > header strong, :scope > :first-child > b, :scope > :first-child > strong';
/** A dated header row's first element; not the time itself, nor an avatar's initials (hidden from readers). */
const HEADER_LEAD = ':scope > header:has(time, [datetime]) > :first-child:not(time, [datetime], [aria-hidden="true"])';
const MAX_NAME = 60;

/** The name that opens the block's header, or undefined. */
export function leadName(block: Element, leading: string): string | undefined {
  const plain = textOf(block.querySelector(HEADER_LEAD));
  // Not bold, it must read as a person's name or handle ("Status updated" is a label).
  return opening(textOf(block.querySelector(LEAD)), leading) ?? (namesSomeone(plain) ? opening(plain, leading) : undefined);
}

function textOf(element: Element | null): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function opening(name: string, leading: string): string | undefined {
  if (name.length < 2 || name.length > MAX_NAME || !/\p{L}/u.test(name) || /[.!?:]$/.test(name)) return undefined;
  // It must open the header line: nothing but a few characters (an avatar's initials) before it.
  const at = leading.replace(/\s+/g, ' ').trimStart().indexOf(name);
  return at >= 0 && at <= 4 ? name : undefined;
}
