/**
 * The rank entries of a saved index (rank-entry.ts), by slot, as a few flat arrays: IndexedDB
 * clones and zod checks 5,000 objects in about 100 ms, a handful of arrays in about 1 ms
 * (2026-12-04, Node). Intents and sites are stored as their positions in INTENTS and SITE_IDS;
 * rank-entry-read.ts reads an entry back.
 */
import { z } from 'zod';
import { INTENTS } from '@/lib/schemas/template';
import { SITE_IDS, type SiteId, SiteIdSchema } from '@/lib/schemas/ticket';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { allBelow, stringList, validOffsets } from '@/lib/suggest/typed-array-checks';

/** Codes at `codes`[offsets[slot] .. offsets[slot + 1]). */
export interface CodeLists {
  offsets: Int32Array;
  codes: Uint8Array;
}

export interface RankEntryColumns {
  /** By slot; '' for a free slot. */
  titles: string[];
  languages: string[];
  intents: CodeLists;
  sites: CodeLists;
  tags: { offsets: Int32Array; values: string[] };
  usage: Float64Array;
  /** Per site with messaging rules: by slot, 1 when the template keeps them. */
  keepsRules: Partial<Record<SiteId, Uint8Array>>;
}

const CodeListsSchema = z.object({ offsets: z.instanceof(Int32Array), codes: z.instanceof(Uint8Array) });

export const RankEntryColumnsSchema = z.object({
  titles: stringList(300),
  languages: stringList(8),
  intents: CodeListsSchema,
  sites: CodeListsSchema,
  tags: z.object({ offsets: z.instanceof(Int32Array), values: stringList(100) }),
  usage: z.instanceof(Float64Array),
  keepsRules: z.partialRecord(SiteIdSchema, z.instanceof(Uint8Array)),
});

function codeLists<T>(
  entries: readonly (RankEntry | null)[],
  listOf: (entry: RankEntry) => readonly T[],
  codeOf: (value: T) => number,
): CodeLists {
  const offsets = new Int32Array(entries.length + 1);
  const codes: number[] = [];
  entries.forEach((entry, slot) => {
    for (const value of entry ? listOf(entry) : []) codes.push(codeOf(value));
    offsets[slot + 1] = codes.length;
  });
  return { offsets, codes: Uint8Array.from(codes) };
}

/** Entries by slot (null: a free slot) as columns. Every entry carries its verdicts (rankEntryOf). */
export function toColumns(entries: readonly (RankEntry | null)[]): RankEntryColumns {
  const intentCode = new Map(INTENTS.map((intent, i) => [intent, i]));
  const siteCode = new Map(SITE_IDS.map((site, i) => [site, i]));
  const tagOffsets = new Int32Array(entries.length + 1);
  const tags: string[] = [];
  entries.forEach((entry, slot) => {
    tags.push(...(entry?.tags ?? []));
    tagOffsets[slot + 1] = tags.length;
  });
  const ruledSites = new Set(entries.flatMap((entry) => Object.keys(entry?.keepsRules ?? {}) as SiteId[]));
  const keepsRules: RankEntryColumns['keepsRules'] = {};
  for (const site of ruledSites) keepsRules[site] = Uint8Array.from(entries, (entry) => (entry?.keepsRules?.[site] ? 1 : 0));
  return {
    titles: entries.map((entry) => entry?.title ?? ''),
    languages: entries.map((entry) => entry?.language ?? ''),
    intents: codeLists(
      entries,
      (entry) => entry.intents,
      (intent) => intentCode.get(intent)!,
    ),
    sites: codeLists(
      entries,
      (entry) => entry.sites,
      (site) => siteCode.get(site)!,
    ),
    tags: { offsets: tagOffsets, values: tags },
    usage: Float64Array.from(entries, (entry) => entry?.usageCount ?? 0),
    keepsRules,
  };
}

/**
 * Whether the columns describe `slots` slots, `present` ones each a valid rank entry: a title,
 * at least one intent, a language, known intent and site codes, whole non-negative usage counts.
 */
export function consistentColumns(columns: RankEntryColumns, present: Uint8Array): boolean {
  const slots = present.length;
  const { titles, languages, intents, sites, tags, usage, keepsRules } = columns;
  if (titles.length !== slots || languages.length !== slots || usage.length !== slots) return false;
  if (!validOffsets(intents.offsets, slots, intents.codes.length) || !allBelow(intents.codes, INTENTS.length)) return false;
  if (!validOffsets(sites.offsets, slots, sites.codes.length) || !allBelow(sites.codes, SITE_IDS.length)) return false;
  if (!validOffsets(tags.offsets, slots, tags.values.length)) return false;
  if (Object.values(keepsRules).some((verdicts) => verdicts.length !== slots)) return false;
  for (let slot = 0; slot < slots; slot++) {
    if (!present[slot]) continue;
    if (titles[slot] === '' || languages[slot]!.length < 2 || intents.offsets[slot + 1] === intents.offsets[slot]) return false;
    if (!Number.isInteger(usage[slot]) || usage[slot]! < 0) return false;
  }
  return true;
}
