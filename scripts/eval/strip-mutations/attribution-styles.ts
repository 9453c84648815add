/**
 * A quote's attribution line rewritten as another client writes it in a language of the same
 * family (en de nl sv da; fr es it pt; pl cs sk ru), with that client's date style: the templates
 * are data (attribution-styles.json). The quoted sender's name and address are kept.
 */
import { z } from 'zod';
import type { Random } from '../seeded-random';
import data from './attribution-styles.json';

const ReadsSchema = z.union([z.object({ lead: z.string(), verbLast: z.string() }), z.object({ lead: z.string(), verbFirst: z.string() })]);
const StylesSchema = z.object({
  families: z.record(z.string(), z.record(z.string(), z.object({ reads: ReadsSchema, writes: z.array(z.string()).min(1) }))),
  months: z.record(z.string(), z.array(z.string()).length(12)),
  weekdays: z.object({ en: z.array(z.string()).length(7) }),
});
const STYLES = StylesSchema.parse(data);

/** A clock time as clients write it (with seconds, AM/PM or "Uhr"): the name follows the last one. */
const TIME = /\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?(?:[AaPp]\.?\s?[Mm]\.?|Uhr|h)(?![\p{L}]))?/gu;
const HAS_TIME = new RegExp(TIME.source, 'u');

export interface Attribution {
  family: string;
  lang: string;
  name: string;
}

function nameAfterDate(middle: string): string {
  let cut = 0;
  for (const match of middle.matchAll(TIME)) cut = Math.max(cut, match.index + match[0].length);
  const comma = middle.lastIndexOf(', ');
  if (comma >= cut) cut = comma + 1;
  return middle.slice(cut).replace(/^[\s,]+/, '');
}

/** The attribution a line is (its language's family and the quoted name), or undefined. */
export function readAttribution(line: string): Attribution | undefined {
  const text = line.trim().replace(/\s+:$/, ':');
  if (!/\d/.test(text)) return undefined;
  for (const [family, languages] of Object.entries(STYLES.families)) {
    for (const [lang, { reads }] of Object.entries(languages)) {
      if (!text.startsWith(reads.lead)) continue;
      let name: string | undefined;
      if ('verbLast' in reads) {
        const verb = reads.verbLast.replace(/\s+:$/, ':');
        if (text.endsWith(verb)) name = nameAfterDate(text.slice(reads.lead.length, -verb.length));
      } else if (text.endsWith(':') && text.includes(reads.verbFirst)) {
        name = text.slice(text.lastIndexOf(reads.verbFirst) + reads.verbFirst.length, -1).trim();
      }
      if (name && /\p{L}/u.test(name) && name.length <= 80 && !HAS_TIME.test(name)) return { family, lang, name };
    }
  }
  return undefined;
}

const pick = <T>(list: readonly T[], random: Random): T => list[Math.floor(random() * list.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');

/** The attribution written by a client of another language of its family, with a seeded date. */
export function rewriteAttribution(attribution: Attribution, random: Random): string {
  const languages = Object.entries(STYLES.families[attribution.family]!).filter(([lang]) => lang !== attribution.lang);
  const [lang, style] = pick(languages, random);
  const year = 2025 + Math.floor(random() * 2);
  const month = Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const hour = Math.floor(random() * 24);
  const minute = Math.floor(random() * 60);
  const fields: Record<string, string> = {
    weekday: STYLES.weekdays.en[new Date(Date.UTC(year, month, day)).getUTCDay()]!,
    day: String(day),
    dd: pad(day),
    m: String(month + 1),
    mm: pad(month + 1),
    mon: STYLES.months[lang]![month]!,
    Month: STYLES.months.enLong![month]!,
    year: String(year),
    time: `${pad(hour)}:${pad(minute)}`,
    time12: `${((hour + 11) % 12) + 1}:${pad(minute)} ${hour < 12 ? 'AM' : 'PM'}`,
    name: attribution.name,
  };
  return pick(style.writes, random).replace(/\{(\w+)\}/g, (_, key: string) => fields[key]!);
}
