/**
 * Dates written in customer text, resolved against `now` in UTC: chrono-node for English, German,
 * French, Spanish and Japanese, plus what chrono does not read — German/European day-first dates
 * without a year ("am 12.12.") and Korean ("12월 12일", "토요일", "내일").
 */
import * as chrono from 'chrono-node';

export interface FoundDate {
  /** Midday UTC of the day meant (a day, not an instant: "Saturday" is the whole day). */
  date: Date;
  start: number;
  end: number;
  /** Written as "today" ("today", "heute", "오늘", "今日"…), not as a date or weekday. */
  today: boolean;
}

/** "Today" in the languages we read: the day the customer writes, which a date beside it restates. */
export const TODAY_WORD = /^(?:today|heute|aujourd'hui|hoy|今日|本日|오늘)$/u;

const DAY_MS = 86_400_000;
const PARSERS = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.ja];

function dayOf(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** A day and month with no year: this year's, or next year's when that day is past. */
function nextDayMonth(now: Date, month: number, day: number): Date | null {
  const year = now.getUTCFullYear();
  const thisYear = dayOf(year, month, day);
  if (!thisYear) return null;
  return thisYear.getTime() < now.getTime() - DAY_MS ? dayOf(year + 1, month, day) : thisYear;
}

function inDays(now: Date, days: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, 12));
}

const KO_WEEKDAYS = ['일', '월', '화', '수', '목', '금', '토'];

function koreanDates(text: string, now: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(/(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu)) {
    const date = nextDayMonth(now, Number(m[1]), Number(m[2]));
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length, today: false });
  }
  for (const m of text.matchAll(/(?:(이번|다음)\s*(?:주\s*)?)?([일월화수목금토])요일/gu)) {
    const weekday = KO_WEEKDAYS.indexOf(m[2]!);
    const ahead = ((weekday - now.getUTCDay() + 7) % 7) + (m[1] === '다음' ? 7 : 0);
    found.push({ date: inDays(now, ahead), start: m.index, end: m.index + m[0].length, today: false });
  }
  for (const m of text.matchAll(/오늘|내일|모레/gu)) {
    found.push({
      date: inDays(now, ['오늘', '내일', '모레'].indexOf(m[0])),
      start: m.index,
      end: m.index + m[0].length,
      today: m[0] === '오늘',
    });
  }
  return found;
}

/** "12.12." / "am 5.1." — day first, a trailing dot and no year (chrono's German parser misses it). */
function dayFirstDates(text: string, now: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\d)/gu)) {
    const date = nextDayMonth(now, Number(m[2]), Number(m[1]));
    if (date) found.push({ date, start: m.index, end: m.index + m[0].length, today: false });
  }
  return found;
}

/** Every date found, in text order, duplicates (same span from several parsers) dropped. */
export function findDates(text: string, now: Date): FoundDate[] {
  const found: FoundDate[] = [];
  for (const parser of PARSERS) {
    for (const result of parser.parse(text, { instant: now, timezone: 0 }, { forwardDate: true })) {
      const d = result.start.date();
      found.push({
        date: dayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!,
        start: result.index,
        end: result.index + result.text.length,
        today: TODAY_WORD.test(result.text.trim()),
      });
    }
  }
  found.push(...dayFirstDates(text, now), ...koreanDates(text, now));
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.start - b.start)
    .filter((f) => {
      const key = `${f.start}:${f.date.toISOString().slice(0, 10)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
