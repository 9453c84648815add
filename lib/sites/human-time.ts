/**
 * Times as people read them, for pages that show no machine-readable one: "Mon 11/23/2026 9:14 AM",
 * "23.11.2026 09:14", "ven 04/12/2026 10:18" (an Italian page: day first), "2026년 11월 23일 오후
 * 3:14", "2026年11月23日", "昨日 9:14", "vor 2 Stunden", "2 hours ago" (words: human-time-words.json,
 * nine languages, given as reader words: ./reader-words.ts). Local time, as the page shows it. What it cannot read surely is left out, never
 * guessed: a time with no day ("9:14", "ven 10:18") says nothing about order across days. Small on
 * purpose (no date library): the content script's budget is 30 KB gzip. English month names are the
 * JavaScript parser's (isoTime tries it first); a day before a month name and a year in another language
 * ("5 dic 2026, 19:22", "3. Dez. 2026", "5 de diciembre de 2026") is read here: a word that opens
 * with one of a month's stems in human-time-words.json `months` (de, fr, es, it, nl, pt) is that
 * month. Stems are loose ("set" opens "settimane", weeks, too), so only a day, the word and a year
 * together are taken for a date.
 */
import { asciiDigits } from './ascii-digits';
import { fromWords } from './reader-words';
import { fromSolarHijri } from './solar-hijri';

export interface TimeContext {
  /** The page's language (`lang`): decides whether "04/12" is April or December. */
  lang?: string;
  /** Milliseconds "now" is, for "yesterday" and "2 hours ago". */
  now?: number;
}

const list = (phrases: string[]) => phrases.join('|');
/** Latin words whole; Hangul and kana/Han (past Latin Extended) anywhere. */
const wordOf = (phrases: string[]) =>
  new RegExp(
    `(?:^|[^\\p{L}])(?:${list(phrases)})(?![\\p{Script=Latin}])|${list(phrases.filter((p) => /[\u0250-\u{10ffff}]/u.test(p)))}`,
    'iu',
  );
/** "2026년 11월 23일", "11月23日". */
const CJK_DATE = /(?:(\d{4}) ?[년年] ?)?(\d\d?) ?[월月] ?(\d\d?) ?[일日]/;
/**
 * "23.11.2026", "2. 12. 2026" (Czech and Slovak space after the dots), "11/23/26", "2026/11/23"; without a
 * year only with a slash ("30/11"): "9.14" is a time.
 */
const NUMERIC_DATE = /(?<![\d.:/])(?:(\d{1,4})([./-])(?:(?<=\.) )?(\d\d?)\2(?:(?<=\.) )?(\d{4}|\d\d)|(\d\d?)\/(\d\d?))(?![\d:/])/;
/**
 * "5 dic 2026", "3. Dez. 2026", "5 de diciembre de 2026": a day, a word that may name a month, a year.
 * Without its year ("3 dic") it is left out: which year a short date means depends on the day it is read.
 */
const NAMED_DATE = /(?<![\d.:/])(\d\d?)\.? (?:de )?(\p{L}{3,})\.?,? (?:de )?(\d{4})(?!\d)/u;
/** "9:14 PM", "09.12" (Nordic: looked for once the date is taken out), and Arabic's one-letter marks right after the clock ("7:02 م", "9:40 ص"): a word list would find them inside month names. */
const CLOCK = /(?<!\d)(\d\d?)(?: ?[:h] ?|\.)(\d\d)(?!\d)(?: ?([ap])\.?m\b| ?([صم])(?!\p{L}))?/iu;
const timeWords = fromWords(({ humanTime: words }) => ({
  pm: wordOf(words.pmBefore),
  am: wordOf(words.amBefore),
  today: wordOf(words.today),
  yesterday: wordOf(words.yesterday),
  ago: wordOf(words.ago),
  units: words.units.map((names) => new RegExp(`(\\d{1,3}) ?(?:${list(names)})(?![\\p{Script=Latin}])`, 'iu')),
  months: words.months,
}));
const UNIT_MS = [60_000, 3_600_000, 86_400_000];
/** Languages that write a numeric date month first ("11/23/2026"); every other writes the day first. */
const MONTH_FIRST = /^(?:en(?!-(?:gb|au|nz|ie|in|za))|ja|ko|zh)(?:-|$)/i;
const DAY_MS = 86_400_000;

export function humanTime(raw: string, { lang, now = Date.now() }: TimeContext = {}): string | undefined {
  const text = asciiDigits(raw.normalize('NFKC')).replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 120);
  const cjk = CJK_DATE.exec(text);
  const numeric = cjk ? null : NUMERIC_DATE.exec(text);
  const dayAndWord = cjk || numeric ? null : NAMED_DATE.exec(text);
  const monthIndex = dayAndWord
    ? timeWords().months.findIndex((names) => names.split('|').some((stem) => dayAndWord[2]!.startsWith(stem)))
    : -1;
  const named = monthIndex >= 0 ? dayAndWord : null;
  let ymd: Array<number | undefined> | undefined;
  if (cjk) ymd = [num(cjk[1]), Number(cjk[2]), Number(cjk[3])];
  else if (named) ymd = [Number(named[3]), monthIndex + 1, Number(named[1])];
  else if (numeric?.[1] && numeric[1].length === 4) ymd = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
  else if (numeric && numeric[1]?.length !== 3) {
    const [a, b, year] = [Number(numeric[1] ?? numeric[5]), Number(numeric[3] ?? numeric[6]), num(numeric[4])];
    // The numbers decide ("30/11" can only be day first), then dots (no language writes "12.05.2026"
    // month first), then the page's language.
    const monthFirst = a > 12 ? false : b > 12 ? true : numeric[2] !== '.' && MONTH_FIRST.test(lang || 'en');
    ymd = [year !== undefined && year < 100 ? 2000 + year : year, monthFirst ? a : b, monthFirst ? b : a];
  } else if (!numeric) {
    const back = timeWords().yesterday.test(text) ? 1 : timeWords().today.test(text) ? 0 : -1;
    if (back < 0) return ago(text, now);
    const day = new Date(now - back * DAY_MS);
    ymd = [day.getFullYear(), day.getMonth() + 1, day.getDate()];
  }
  if (!ymd) return undefined;
  // A year of the 1300s or 1400s is Solar Hijri on a Persian page; on another (a lunar Hijri one?) it is left out.
  if (ymd[0]! >= 1300 && ymd[0]! < 1500) ymd = /^fa\b/i.test(lang ?? '') ? fromSolarHijri(ymd[0]!, ymd[1]!, ymd[2]!) : undefined;
  if (!ymd) return undefined;
  const [y, month, day] = ymd as [number | undefined, number, number];
  // A date without its year: the latest such day not after tomorrow.
  const year = y ?? new Date(now).getFullYear() - (new Date(new Date(now).getFullYear(), month - 1, day).getTime() > now + DAY_MS ? 1 : 0);
  const clock = clockIn(text.replace((cjk ?? numeric ?? named)?.[0] ?? '\0', ' '));
  const date = new Date(year, month - 1, day, clock?.[0] ?? 0, clock?.[1] ?? 0);
  // 31/02 rolls over into March: not a date the page meant.
  return date.getMonth() === month - 1 && date.getDate() === day ? date.toISOString() : undefined;
}

const num = (digits: string | undefined) => (digits ? Number(digits) : undefined);

/** "2 hours ago", "vor 2 Stunden", "il y a 2 heures", "2시간 전", "2時間前". */
function ago(text: string, now: number): string | undefined {
  const { am, pm, ago: agoWord, units } = timeWords();
  const plain = text.replace(am, ' ').replace(pm, ' ');
  if (!agoWord.test(plain)) return undefined;
  for (let unit = 0; unit < units.length; unit++) {
    const amount = units[unit]!.exec(plain);
    if (amount) return new Date(now - Number(amount[1]) * UNIT_MS[unit]!).toISOString();
  }
  return undefined;
}

/** Hours and minutes, 24-hour; "9:14 PM", "오후 3:14", "午後3:14" and "9h14" read too. Lower-case text. */
export function clockIn(text: string): [number, number] | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  let hours = Number(match[1]);
  // Latin am/pm right after the clock only: a German "am 23." is no morning.
  const mark = match[3]?.toLowerCase() ?? (match[4] && (match[4] === 'م' ? 'p' : 'a'));
  const pm = mark ? mark === 'p' : timeWords().pm.test(text);
  const am = mark ? mark === 'a' : timeWords().am.test(text);
  if (pm && hours < 12) hours += 12;
  if (am && hours === 12) hours = 0;
  return hours < 24 && Number(match[2]) < 60 ? [hours, Number(match[2])] : undefined;
}
