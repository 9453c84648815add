/**
 * Times as people read them, for pages that show no machine-readable one: "Mon 11/23/2026 9:14 AM",
 * "23.11.2026 09:14", "ven 04/12/2026 10:18" (an Italian page: day first), "23 novembre 2026",
 * "2026년 11월 23일 오후 3:14", "2026年11月23日", "昨日 9:14", "vor 2 Stunden", "2 hours ago". The words
 * are data (human-time-words.json, nine languages). Local time, as the page shows it. What it cannot
 * read surely is left out (undefined), never guessed: a time with no day ("9:14", "ven 10:18") says
 * nothing about order across days. Small on purpose: a date library would not fit the content
 * script's budget, and pages write few forms.
 */
import words from './human-time-words.json';

export interface TimeContext {
  /** The page's language (`lang`): decides whether "04/12" is April or December. */
  lang?: string;
  /** Milliseconds "now" is, for "yesterday" and "2 hours ago". */
  now?: number;
}

type DayOf = { year?: number; month: number; day: number };

const MONTHS = new Map(words.months.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])));
const LETTERS = '\\p{L}';
const alternatives = (list: string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
/** A word in a script with spaces is matched whole; Hangul and kana/Han anywhere. */
const wordOf = (list: string[]) => new RegExp(`(?:^|[^${LETTERS}])(?:${alternatives(list)})(?=$|[^${LETTERS}])|${cjk(list)}`, 'iu');
const cjk = (list: string[]) => alternatives(list.filter((word) => /[^\p{Script=Latin}\p{Script=Common}]/u.test(word))) || '(?!)';

const CJK_DATE = /(?:(\d{4})\s*[년年]\s*)?(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/u;
/** "23.11.2026", "11/23/26", "2026/11/23"; without a year only with slashes ("30/11"): "9.14" is a time. */
const NUMERIC_DATE = /(?<![\d.:/])(\d{1,4})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d:])|(?<![\d.:/])(\d{1,2})\/(\d{1,2})(?![\d/])/;
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?([${LETTERS}]{3,10})\\.?,?\\s+(?:de\\s+)?(\\d{4})`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<![${LETTERS}])([${LETTERS}]{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iu');
const CLOCK = /(?<!\d)(\d{1,2})\s*[:h]\s*(\d{2})(?!\d)(?:\s*(a\.?m\.?|p\.?m\.?)(?![a-z]))?/i;
const PM = wordOf(words.pmBefore);
const AM = wordOf(words.amBefore);
const TODAY = wordOf(words.today);
const YESTERDAY = wordOf(words.yesterday);
const AGO = wordOf(words.ago);
const UNIT_MS: Record<keyof typeof words.units, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };
const AMOUNTS = Object.entries(words.units).map(
  ([unit, names]) =>
    [new RegExp(`(\\d{1,3})\\s*(?:${alternatives(names)})(?![\\p{Script=Latin}])`, 'iu'), UNIT_MS[unit as keyof typeof UNIT_MS]] as const,
);
/** Languages that write a numeric date month first ("11/23/2026"); every other writes the day first. */
const MONTH_FIRST = /^(?:en(?!-(?:gb|au|nz|ie|in|za))|ja|ko|zh)(?:-|$)/i;

export function humanTime(raw: string, context: TimeContext = {}): string | undefined {
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase().slice(0, 120);
  if (!text) return undefined;
  const now = context.now ?? Date.now();
  const found = dateIn(text, context.lang);
  let day = found?.day;
  if (!day && !found) day = relativeDay(text, now);
  if (!day) return found ? undefined : ago(text, now);
  const clock = clockIn(found ? text.replace(found.matched, ' ') : text);
  const year = day.year ?? yearBefore(day, now);
  const date = new Date(year, day.month - 1, day.day, clock?.[0] ?? 0, clock?.[1] ?? 0);
  // 31/02 rolls over into March: not a date the page meant.
  if (date.getMonth() !== day.month - 1 || date.getDate() !== day.day) return undefined;
  return date.toISOString();
}

/** The written date and the text it was read from; `day` undefined when it is not a real one. */
function dateIn(text: string, lang: string | undefined): { day?: DayOf; matched: string } | null {
  const cjkDate = CJK_DATE.exec(text);
  if (cjkDate) return { day: day(cjkDate[1], cjkDate[2]!, cjkDate[3]!), matched: cjkDate[0] };
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) return { day: numericDay(numeric[1] ?? numeric[5]!, numeric[3] ?? numeric[6]!, numeric[4], lang), matched: numeric[0] };
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst && MONTHS.has(dayFirst[2]!))
    return { day: day(dayFirst[3], String(MONTHS.get(dayFirst[2]!)), dayFirst[1]!), matched: dayFirst[0] };
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst && MONTHS.has(monthFirst[1]!))
    return { day: day(monthFirst[3], String(MONTHS.get(monthFirst[1]!)), monthFirst[2]!), matched: monthFirst[0] };
  return null;
}

function numericDay(first: string, second: string, third: string | undefined, lang: string | undefined): DayOf | undefined {
  if (first.length === 4) return third ? day(first, second, third) : undefined;
  if (first.length === 3) return undefined;
  const [a, b] = [Number(first), Number(second)];
  // The page's language decides, unless the numbers do ("30/11" can only be day first).
  const monthFirst = a > 12 ? false : b > 12 ? true : MONTH_FIRST.test(lang || 'en');
  return monthFirst ? day(third, first, second) : day(third, second, first);
}

function day(year: string | undefined, month: string, dayOfMonth: string): DayOf | undefined {
  const [m, d] = [Number(month), Number(dayOfMonth)];
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  if (!year) return { month: m, day: d };
  const y = Number(year);
  return { year: year.length === 2 ? 2000 + y : y, month: m, day: d };
}

/** "Today 9:14", "昨日 9:14": the day from now. */
function relativeDay(text: string, now: number): DayOf | undefined {
  const back = YESTERDAY.test(text) ? 1 : TODAY.test(text) ? 0 : -1;
  if (back < 0) return undefined;
  const date = new Date(now);
  date.setDate(date.getDate() - back);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** "2 hours ago", "vor 2 Stunden", "il y a 2 heures", "2시간 전", "2時間前". */
function ago(text: string, now: number): string | undefined {
  const plain = text.replace(AM, ' ').replace(PM, ' ');
  if (!AGO.test(plain)) return undefined;
  for (const [amount, unit] of AMOUNTS) {
    const match = amount.exec(plain);
    if (match) return new Date(now - Number(match[1]) * unit).toISOString();
  }
  return undefined;
}

/** Hours and minutes, 24-hour; "9:14 PM", "오후 3:14", "午後3:14" and "9h14" read too. */
function clockIn(text: string): [number, number] | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  // Latin am/pm right after the clock only: a German "am 23." is no morning.
  const pm = match[3] ? /^p/i.test(match[3]) : PM.test(text);
  const am = match[3] ? /^a/i.test(match[3]) : AM.test(text);
  if (pm && hours < 12) hours += 12;
  if (am && hours === 12) hours = 0;
  return hours < 24 && minutes < 60 ? [hours, minutes] : undefined;
}

/** A date written without its year: the latest such day not after tomorrow. */
function yearBefore({ month, day: dayOfMonth }: DayOf, now: number): number {
  const today = new Date(now);
  const year = today.getFullYear();
  return new Date(year, month - 1, dayOfMonth).getTime() > now + 86_400_000 ? year - 1 : year;
}
