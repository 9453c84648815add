/**
 * A snapshot's text (./redact-snapshot.ts): every word redacted, but the time of a timestamp and a date
 * written as plain text, which the readers find messages and their order by.
 */
import humanTimeWords from '@/lib/sites/human-time-words.json';
import { redactBesideTime } from '@/lib/sites/redact-beside-time';
import { WORD, wordsOf } from '@/lib/sites/redact-kept-words';
import { dateTextTime, langOf } from '@/lib/sites/structural-shown-time';

/** Short texts of timestamps keep their time (no one's personal data, and it orders the messages), not a name beside it. */
const TIMESTAMP = 'time, [datetime], [class*="date" i], [class*="time" i], [data-app-section*="time" i], [data-app-section*="date" i]';
const MAX_TIMESTAMP_CHARS = 40;

export function redactTextNode(node: Node, text: (value: string) => string): void {
  const parent = node.parentElement;
  if (!parent || parent.localName === 'style') return;
  const lang = langOf(parent);
  // A timestamp's short text stays, but a name beside its date ("Ieva Ozoliņa 05.12.2026 21:37") does not.
  const stamp = parent.closest(TIMESTAMP);
  if (stamp && looksLikeTime(stamp.textContent)) {
    const value = node.nodeValue ?? '';
    node.nodeValue = redactBesideTime(value, lang, text) ?? value.replace(WORD, (word) => (timeWord(word) ? word : text(word)));
    return;
  }
  // A date however its element is named ("30.11.2026 19:40" in a `…__when`, "De : claire · 30 nov. 2026 09:12"):
  // the readers find messages and their order by it; the name beside it is redacted.
  node.nodeValue = (node.nodeValue ?? '')
    .split(ROW_SEPARATOR)
    .map((part, index) => (index % 2 === 1 || dateTextTime(part, lang, false, true) ? part : text(part)))
    .join('');
}

/**
 * A word of a short time with no date ("Hier, 21 h 47", "Tue 19:40", "vor 2 Std."): its digits, a short word
 * (a weekday, a unit) or a relative day the readers know; a longer word may be a name and is redacted.
 */
function timeWord(word: string): boolean {
  return /^\p{N}+$/u.test(word) || word.length <= 3 || RELATIVE_TIME_WORDS.has(word.toLowerCase());
}

/** Kept in a timestamp's text only: elsewhere "fa" or "hier" may be a name's letters or initials. */
const RELATIVE_TIME_WORDS = new Set(
  wordsOf([humanTimeWords.today, humanTimeWords.yesterday, humanTimeWords.ago, humanTimeWords.units.flat()].flat()),
);

/** The separators of a header row's parts (name · date). */
const ROW_SEPARATOR = /(\s[·•|]\s)/;

/** A class such as "timeline-entry__sender" matches TIMESTAMP too: only a short text with a digit is a time. */
function looksLikeTime(value: string | null): boolean {
  return !!value && value.length <= MAX_TIMESTAMP_CHARS && /\p{N}/u.test(value);
}
