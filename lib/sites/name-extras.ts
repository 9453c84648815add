/**
 * What a page writes beside an author's name in the same row, which is not the name: the message's
 * date or time ("Camille Duret 27 nov., 19:12", "Jane Doe · 9:14 AM", "박지훈 12월 5일 오후 3:14") and
 * the person's other identities — a phone number ("Luana Ribeiro +55 21 98832-4407", a WhatsApp or
 * SMS contact) or a handle ("Ana @ana.lima"). Month names as data (name-extras-words.json, seven
 * languages); a name that is nothing but such a thing is kept as it is (a contact known only by a number).
 */
import { atWords, months } from './name-extras-words.json';
import { amBefore, pmBefore, today, yesterday } from './human-time-words.json';

const alternatives = (words: string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const MONTH = `(?:${alternatives(months)})\\p{L}{0,7}\\.?`;
const CLOCK = `(?:${alternatives([...amBefore, ...pmBefore])})?\\s?\\d{1,2}[:h.]\\d{2}(?:\\s?[ap]\\.?m\\.?|\\s?uhr)?`;
const DAY =
  `(?:\\d{1,2}\\.?\\s${MONTH}|${MONTH}\\s\\d{1,2}|\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?|(?:\\d{4}\\s?[년年]\\s?)?\\d{1,2}\\s?[월月]\\s?\\d{1,2}\\s?[일日]` +
  `|${alternatives([...today, ...yesterday])})(?:,?\\s\\d{4})?`;
/** A date, a time, or both, ending the row (commas, "at"/"à" and separators between them). */
const WHEN = new RegExp(`[\\s,·•|–-]+(?:${DAY}(?:[\\s,]+(?:(?:${alternatives(atWords)})\\s)?${CLOCK})?|${CLOCK})$`, 'iu');
/**
 * A phone number: seven digits or more, written with a plus or in groups (spaces, dots, dashes,
 * brackets) — one run of digits alone is rather an order or an account number.
 */
const PHONE = /[\s,·•|–-]+(\(?\+?\d(?:[\s().-]{0,2}\d){6,17}\)?)$/u;
const HANDLE = /[\s,·•|–-]+\(?@[\p{L}\d_.]{2,40}\)?$/u;
const SEPARATOR = /[\s,·•|–-]+$/u;
const MAX_STRIPS = 3;

/** The name without the date, time, phone number or handle the same row writes after it. */
export function nameWithoutExtras(name: string): string {
  let rest = name;
  for (let strip = 0; strip < MAX_STRIPS; strip++) {
    const shorter = withoutPhone(rest.replace(WHEN, '')).replace(HANDLE, '').replace(SEPARATOR, '');
    if (shorter === rest) break;
    rest = shorter;
  }
  // Nothing but a number or a time: that is how the page names this person.
  return /\p{L}{2}/u.test(rest) ? rest : name;
}

function withoutPhone(text: string): string {
  const phone = PHONE.exec(text);
  return phone && /^\(?\+|\d[\s().-]/.test(phone[1]!) ? text.slice(0, phone.index) : text;
}
