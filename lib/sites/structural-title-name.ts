/**
 * Chat-style conversations (marketplace messages, social inboxes) often show no author on any
 * message: the conversation's title is the other member's name ("seoyeon_kim88", "Élodie
 * Marchand"). When the structural reader finds the roles by side and no message or card names
 * the customer, a title that reads as a name or a member handle names them. A title that reads
 * as a subject (a sentence, an order number, a question) does not.
 */
import type { Person } from '@/lib/schemas/ticket';

/** A member handle: one token of letters, digits and . _ - (at least one letter), optionally "@"-prefixed. */
const HANDLE = /^@?(?=[\p{L}\p{N}._-]*\p{L})[\p{L}\p{N}][\p{L}\p{N}._-]{1,39}$/u;
/**
 * A person's name: two or three capitalised words of letters (hyphens and apostrophes inside), a
 * surname's lower-case particles allowed before them ("Sanne de Vries", "Jan van der Berg").
 */
const PERSON =
  /^\p{Lu}[\p{L}'’-]*(?:\s(?:(?:de|da|di|do|dos|das|del|della|du|van|von|der|den|ten|ter|la|le)\s){0,2}\p{Lu}[\p{L}'’-]*){1,2}$/u;
/** East Asian names are written without case or spaces: two to five Han or Hangul characters. */
const CJK_NAME = /^[\p{Script=Han}\p{Script=Hangul}]{2,5}$/u;

export function customerFromTitle(title: string, messages: ReadonlyArray<{ author: Person }>): Person | null {
  if (messages.some(({ author }) => author.name || author.email)) return null;
  const text = title.trim();
  if (!text || text.length > 60) return null;
  return namesSomeone(text) ? { name: text.replace(/^@/, '') } : null;
}

/** A person's name or a member handle, not a sentence or a thing's name. */
export function namesSomeone(text: string): boolean {
  return HANDLE.test(text) || PERSON.test(text) || CJK_NAME.test(text);
}
