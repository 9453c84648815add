/**
 * The text of a timestamp in a redacted snapshot ("Hier, 21 h 47", "Ana 19:40", "Ieva Ozoliņa 05.12.2026
 * 21:37"): the readers need its time, never the name beside it, however short ("Bo", "李"). A dated time
 * keeps its date's words (./redact-beside-time.ts). One with no date keeps its digits and the words the
 * readers read a relative time by — "hier", "vor", a unit, a 12-hour mark (human-time-words.json) —
 * and any other word only when the time reads otherwise without it ("Dec 1, 3:22 PM").
 */
import humanTimeWords from '@/lib/sites/human-time-words.json';
import { redactBesideTime, redactKeepingReading } from '@/lib/sites/redact-beside-time';
import { wordsOf } from '@/lib/sites/redact-kept-words';

/** Kept in a timestamp's text only: elsewhere "fa" or "hier" may be a name's letters or initials. */
const TIME_WORDS = new Set(
  wordsOf(
    [
      humanTimeWords.today,
      humanTimeWords.yesterday,
      humanTimeWords.ago,
      humanTimeWords.units.flat(),
      humanTimeWords.amBefore,
      humanTimeWords.pmBefore,
    ].flat(),
  ),
);

const timeWord = (word: string) => /^\p{N}+$/u.test(word) || TIME_WORDS.has(word.toLowerCase());

export function redactTimeText(value: string, lang: string, text: (value: string) => string): string {
  return redactBesideTime(value, lang, text) ?? redactKeepingReading(value, lang, text, timeWord);
}
