import type { Person } from '@/lib/schemas/ticket';
import { singleLine } from './single-line';
import { nameWithoutExtras } from './name-extras';

/** Deliberately loose (pages show odd but real addresses); it only rejects what is not an address. */
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]+$/;
/**
 * An address inside running text (a sender line, a header row, a relayed form's fields): bounded
 * parts, so a long run of text without an address cannot make the search slow. The first one.
 */
export const EMAIL_IN_TEXT = /[^\s@<>()[\]",;:]{1,64}@[^\s@<>()[\]",;:]{1,190}\.[a-z]{2,24}/i;
/** Every address in a text: for `match` and `replace` only (both start from the text's start; `exec` and `test` would not). */
export const EVERY_EMAIL_IN_TEXT = new RegExp(EMAIL_IN_TEXT.source, 'gi');
const MAX_EMAIL_LENGTH = 254;
const MAX_NAME_LENGTH = 200;

/** The address in a page attribute or text, lower-cased, or undefined when it is not one. */
export function emailAddress(raw: string | null | undefined): string | undefined {
  const candidate = (raw ?? '').trim().toLowerCase();
  if (candidate.length > MAX_EMAIL_LENGTH || !EMAIL.test(candidate)) return undefined;
  return candidate;
}

/** The address an element shows, or the one its mailto: link carries. */
export function emailOf(element: Element | null | undefined): string | undefined {
  return emailAddress(element?.textContent) ?? emailAddress(element?.getAttribute('href')?.replace(/^mailto:/i, ''));
}

/** A person as the schemas want it: bounded fields, and no keys for what the page did not show. */
export function person(name: string | null | undefined, email: string | null | undefined): Person {
  // A date or a phone number sharing the author's row is not part of the name (./name-extras.ts).
  const cleanName = nameWithoutExtras(singleLine(name, MAX_NAME_LENGTH));
  const cleanEmail = emailAddress(email);
  return {
    ...(cleanName ? { name: cleanName } : {}),
    ...(cleanEmail ? { email: cleanEmail } : {}),
  };
}
