/**
 * What a page writes beside an author's name that is not the name: the person's other identities,
 * a phone number ("Luana Ribeiro +55 21 98832-4407", a WhatsApp or SMS contact) or a handle ("Ana
 * Lima @ana.lima"). A name that is nothing but a number is kept as it is (a contact known only by
 * it). The message's time in the same row is left out where the row is read (generic-message.ts).
 * Nor are the avatar's initials a page renders just before the name ("FAFernanda Almeida": the text
 * of an avatar and a name side by side), or the channel a helpdesk writes after it ("por e-mail",
 * "via Web", "メール経由"; name-channel-words.json, nine languages).
 */
import { channels, joined, prepositions } from './name-channel-words.json';

/**
 * A phone number: seven digits or more, written with a plus or in groups (spaces, dots, dashes,
 * brackets) — one run of digits alone is rather an order or an account number.
 */
const PHONE = /[\s,·•|–-]+(\(?\+?\d(?:[\s().-]{0,2}\d){6,17}\)?)$/u;
const HANDLE = /[\s,·•|–-]+\(?@[\p{L}\d_.]{2,40}\)?$/u;

const CHANNEL = new RegExp(`\\s+(?:${prepositions})\\s+(?:${channels})$|\\s*(?:${joined})$`, 'iu');
/** Capitals glued to (or spaced from) a capitalised name: the avatar's initials, when they are the name's. */
const INITIALS = /^(\p{Lu}{2,3})\s?(?=\p{Lu}\p{Ll})/u;

/** The name without the avatar's initials before it, and the channel, phone number or handle after it. */
export function nameWithoutExtras(name: string): string {
  const phone = PHONE.exec(name);
  const rest = withoutInitials(
    (phone && /^\(?\+|\d[\s().-]/.test(phone[1]!) ? name.slice(0, phone.index) : name).replace(HANDLE, '').replace(CHANNEL, ''),
  );
  return /\p{L}{2}/u.test(rest) ? rest : name;
}

/** "FAFernanda Almeida" is Fernanda Almeida: the capitals are her first words' first letters (or her first and last word's). */
function withoutInitials(name: string): string {
  const found = INITIALS.exec(name);
  if (!found) return name;
  const rest = name.slice(found[0].length);
  const firsts = rest.split(/[\s-]+/).map((word) => word.charAt(0).toUpperCase());
  const initials = found[1]!;
  return initials === firsts.slice(0, initials.length).join('') || initials === firsts[0]! + firsts.at(-1)! ? rest : name;
}
