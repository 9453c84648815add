/**
 * The quote's date written another way: a date found in a history line (English month names or
 * numbers, as most attribution lines carry them) rewritten in another of the formats clients use.
 */
import type { Random } from '../seeded-random';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** A weekday before the date is part of it (rewritten with it). */
const WEEKDAY = '(?:\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,? )?';

interface Day {
  year: number;
  month: number;
  day: number;
}

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3));
const pad = (n: number) => String(n).padStart(2, '0');

/** Each format: how it is written and, for those a line is searched for, how it is read (groups to a Day). */
const FORMATS: Array<{ read?: RegExp; parse?: (m: RegExpExecArray) => Day; write: (d: Day) => string }> = [
  {
    read: new RegExp(`${WEEKDAY}\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`),
    parse: (m) => ({ day: Number(m[1]), month: monthIndex(m[2]!), year: Number(m[3]) }),
    write: (d) => `${d.day} ${MONTHS[d.month]} ${d.year}`,
  },
  {
    read: new RegExp(`${WEEKDAY}\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`),
    parse: (m) => ({ day: Number(m[2]), month: monthIndex(m[1]!), year: Number(m[3]) }),
    write: (d) => `${LONG_MONTHS[d.month]} ${d.day}, ${d.year}`,
  },
  {
    read: /\b(\d{4})-(\d{2})-(\d{2})\b/,
    parse: (m) => ({ year: Number(m[1]), month: Number(m[2]) - 1, day: Number(m[3]) }),
    write: (d) => `${d.year}-${pad(d.month + 1)}-${pad(d.day)}`,
  },
  {
    read: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/,
    parse: (m) => ({ day: Number(m[1]), month: Number(m[2]) - 1, year: Number(m[3]) }),
    write: (d) => `${pad(d.day)}.${pad(d.month + 1)}.${d.year}`,
  },
  {
    read: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    parse: (m) => ({ month: Number(m[1]) - 1, day: Number(m[2]), year: Number(m[3]) }),
    write: (d) => `${d.month + 1}/${d.day}/${d.year}`,
  },
  {
    write: (d) => `${DAYS[new Date(Date.UTC(d.year, d.month, d.day)).getUTCDay()]}, ${pad(d.day)}/${pad(d.month + 1)}/${d.year}`,
  },
];

const valid = (d: Day) => d.month >= 0 && d.month < 12 && d.day >= 1 && d.day <= 31;

/** The line with its first date written in another format (chosen by `random`), or the line itself. */
export function redateLine(line: string, random: Random): string {
  for (const [index, format] of FORMATS.entries()) {
    const match = format.read?.exec(line);
    if (!match || !format.parse) continue;
    const day = format.parse(match);
    if (!valid(day)) continue;
    const others = FORMATS.filter((_, i) => i !== index);
    const written = others[Math.floor(random() * others.length)]!.write(day);
    return `${line.slice(0, match.index)}${written}${line.slice(match.index + match[0].length)}`;
  }
  return line;
}
