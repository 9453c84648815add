/**
 * What a page writes beside an author's name that is not the name: the person's other identities,
 * a phone number ("Luana Ribeiro +55 21 98832-4407", a WhatsApp or SMS contact) or a handle ("Ana
 * Lima @ana.lima"). A name that is nothing but a number is kept as it is (a contact known only by
 * it). The message's time in the same row is left out where the row is read (generic-message.ts).
 */

/**
 * A phone number: seven digits or more, written with a plus or in groups (spaces, dots, dashes,
 * brackets) — one run of digits alone is rather an order or an account number.
 */
const PHONE = /[\s,·•|–-]+(\(?\+?\d(?:[\s().-]{0,2}\d){6,17}\)?)$/u;
const HANDLE = /[\s,·•|–-]+\(?@[\p{L}\d_.]{2,40}\)?$/u;

/** The name without the phone number or handle written after it. */
export function nameWithoutExtras(name: string): string {
  const phone = PHONE.exec(name);
  const rest = (phone && /^\(?\+|\d[\s().-]/.test(phone[1]!) ? name.slice(0, phone.index) : name).replace(HANDLE, '');
  return /\p{L}{2}/u.test(rest) ? rest : name;
}
