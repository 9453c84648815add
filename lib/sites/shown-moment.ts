/**
 * A message's time as the page shows it, read only as far as comparing it with another message of
 * the same thread needs. time.ts leaves a day without its year ("1 Dec, 19:22", "Dec 1, 7:22 PM",
 * "1. Dez., 19:22", "12月1日 19:22", "12월 1일") and a bare clock ("19:22", "7:22 PM", "오후 3:14")
 * out of a message's `sentAt`: which year or which day they mean depends on when they are read. Two
 * of one kind still say which came first (./shown-order.ts). Month stems and ago words: the
 * readers' human-time-words.json.
 */
import { asciiDigits } from './ascii-digits';
import { escapeRegExp } from './escape-regexp';
import { clockIn } from './human-time';
import { fromWords } from './reader-words';
import { isoTime } from './time';

/** One of the three, the most the page says. */
export interface ShownMoment {
  /** Milliseconds, when the page says the day with its year (or today, yesterday, "2 hours ago"). */
  at?: number;
  /** Minutes into a 372-day year (31 days a month): the day and clock, when the page says the day but not the year. */
  day?: number;
  /** Minutes into the day, when the page shows only the clock. */
  clock?: number;
}

/** A time element's text is short; a longer one is a sentence, not a time. */
const MAX_CHARS = 40;
const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/;
const CJK_DAY = /(\d\d?) ?[월月] ?(\d\d?) ?[일日]/;
/** "1 Dec", "1. Dez.", "5 de diciembre": a day, then a word that may name a month. */
const DAY_WORD = /(?<![\d.:/])(\d\d?)\.? (?:de )?(\p{L}{3,})/u;
/** "Dec 1", "Dez. 1": a word that may name a month, then a day that is not an hour ("Dec 7:22"). */
const WORD_DAY = /(?<!\p{L})(\p{L}{3,})\.? (\d\d?)(?![\d:.h])/u;
const words = fromWords(({ humanTime }) => ({
  months: humanTime.months.map((names) => names.split('|')),
  // "3 settimane fa" opens with a month's stem ("set"): a span ago is no day.
  ago: new RegExp(`(?:^|[^\\p{L}])(?:${humanTime.ago.join('|')})(?![\\p{L}])|[전前]$`, 'iu'),
  // What a bare clock may say beside its digits: morning or afternoon ("7:22 PM", "오후 3:14").
  halfDay: new RegExp(`${[...humanTime.amBefore, ...humanTime.pmBefore].map(escapeRegExp).join('|')}|\\b[ap]\\.?m\\b\\.?`, 'giu'),
}));

/** The moment a message's own time element shows, from its `sentAt` when it has one, else from its text. */
export function shownMoment(sentAt: string | undefined, shown: string | undefined): ShownMoment {
  if (sentAt) return fromDate(new Date(sentAt));
  const text = asciiDigits((shown ?? '').normalize('NFKC'))
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (!text || text.length > MAX_CHARS) return {};
  const clock = clockIn(text);
  const minutes = clock ? clock[0] * 60 + clock[1] : undefined;
  const day = FOUR_DIGITS.test(text) ? undefined : dayOf(text);
  if (day) return { day: ((day[0] - 1) * 31 + day[1] - 1) * 1440 + (minutes ?? 0) };
  const full = isoTime(text, '');
  if (full) return fromDate(new Date(full));
  // "Mon 10:02" and "Tue 09:40" are two days: only a clock with nothing else beside it is one of the day.
  const bare = minutes !== undefined && !/\p{L}/u.test(text.replace(words().halfDay, ''));
  return bare ? { clock: minutes } : {};
}

const fromDate = (date: Date): ShownMoment => ({ at: date.getTime() });

/** Month and day of a date written without its year. */
function dayOf(text: string): [number, number] | undefined {
  const cjk = CJK_DAY.exec(text);
  if (cjk) return valid(Number(cjk[1]), Number(cjk[2]));
  if (words().ago.test(text)) return undefined;
  const dayFirst = DAY_WORD.exec(text);
  const month = dayFirst && monthOf(dayFirst[2]!);
  if (dayFirst && month) return valid(month, Number(dayFirst[1]));
  const monthFirst = WORD_DAY.exec(text);
  const named = monthFirst && monthOf(monthFirst[1]!);
  return monthFirst && named ? valid(named, Number(monthFirst[2])) : undefined;
}

function monthOf(word: string): number | undefined {
  const index = words().months.findIndex((stems) => stems.some((stem) => word.startsWith(stem)));
  return index >= 0 ? index + 1 : undefined;
}

const valid = (month: number, day: number): [number, number] | undefined =>
  month >= 1 && month <= 12 && day >= 1 && day <= 31 ? [month, day] : undefined;
