/**
 * A value that holds a time often holds a name beside it: a conversation item's aria-label
 * "Ieva Bērziņa, sáb 05/12/2026 21:37" (Outlook, blind set 15), a tooltip "Sent by Pieter · 1 Dec 2026 14:22".
 * The readers need the time (it orders the messages), never the name: each word is redacted unless the
 * time the readers read from the value changes without it. A word is kept only when neither its
 * placeholder nor a neutral filler of its shape reads alike, so a placeholder that happens to spell a
 * month ("Mar") keeps no name.
 */
import { humanTime } from './human-time';
import { tooltipDate } from './structural-tooltip-time';

/** A word: a run of letters, marks and digits in any script (as ./redact-snapshot.ts maps them). */
const WORD_SPLIT = /([\p{L}\p{M}\p{N}]+)/u;
/** A date has a year: a value without one is redacted whole (its digits may be an order number). */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;
/** "Now" fixed, so a relative time ("2 hours ago") reads the same on every try. */
const NOW = Date.UTC(2026, 0, 1);

/**
 * Every reading the readers make of a value's time: a tooltip's (./structural-tooltip-time.ts), the
 * JavaScript parser's, and the page's language's (./human-time.ts).
 */
function reading(value: string, lang: string): string {
  return `${tooltipDate(value)}|${Date.parse(value)}|${humanTime(value, { lang, now: NOW })}`;
}

/** The value with every word but its time's redacted by `text`; undefined when it reads as no dated time. */
export function redactBesideTime(value: string, lang: string, text: (value: string) => string): string | undefined {
  if (!YEAR.test(value) || (!tooltipDate(value) && !humanTime(value, { lang, now: NOW }))) return undefined;
  return redactKeepingReading(value, lang, text);
}

/**
 * The value with each word redacted by `text` unless `kept` says otherwise or the readers read its time
 * differently without the word (as its placeholder, then as a neutral filler of its shape).
 */
export function redactKeepingReading(
  value: string,
  lang: string,
  text: (value: string) => string,
  kept: (word: string) => boolean = () => false,
): string {
  const time = reading(value, lang);
  // Words at the odd indices, what lies between them at the even ones.
  const parts = value.split(WORD_SPLIT);
  const readsAlike = (index: number, word: string) => {
    const candidate = [...parts];
    candidate[index] = word;
    return reading(candidate.join(''), lang) === time;
  };
  for (let index = 1; index < parts.length; index += 2) {
    const word = parts[index]!;
    if (kept(word)) continue;
    const placeholder = text(word);
    if (readsAlike(index, placeholder)) parts[index] = placeholder;
    else if (readsAlike(index, neutral(word))) parts[index] = neutral(word);
  }
  return parts.join('');
}

/** The word's shape in letters no language reads as a month, a day or a clock. */
function neutral(word: string): string {
  return word.replace(/./gu, (char) => (/\p{Lu}/u.test(char) ? 'X' : /\p{N}/u.test(char) ? '0' : 'x'));
}
