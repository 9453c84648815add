/**
 * Reading one rank entry back out of checked columns (rank-entry-columns.ts), sharing the lists
 * and verdicts that many entries hold alike.
 */
import { type Intent, INTENTS } from '@/lib/schemas/template';
import { SITE_IDS, type SiteId } from '@/lib/schemas/ticket';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import type { CodeLists, RankEntryColumns } from '@/lib/suggest/rank-entry-columns';

/**
 * What the entries read from one columns object share: its sites with messaging rules, and one
 * frozen list or verdict object per distinct value. 5,000 templates hold a handful of intent
 * lists and verdicts, and mostly no sites: each entry built its own, twice as many objects for
 * the read-back to allocate and the collector to copy (2026-12-05). Frozen, so no reader can
 * change what the others see.
 */
interface Shared {
  ruled: [SiteId, Uint8Array][];
  lists: Map<string, readonly string[]>;
  verdicts: Map<number, RankEntry['keepsRules']>;
}

const sharedOf = new WeakMap<RankEntryColumns, Shared>();

function sharedFor(columns: RankEntryColumns): Shared {
  let shared = sharedOf.get(columns);
  if (!shared) {
    shared = { ruled: Object.entries(columns.keepsRules) as [SiteId, Uint8Array][], lists: new Map(), verdicts: new Map() };
    sharedOf.set(columns, shared);
  }
  return shared;
}

/** The names coded at `lists`[offsets[slot] .. offsets[slot + 1]), as one shared frozen list per distinct value. */
function codesAt<T extends string>(shared: Shared, kind: string, lists: CodeLists, slot: number, names: readonly T[]): T[] {
  let key = kind;
  for (let at = lists.offsets[slot]!; at < lists.offsets[slot + 1]!; at++) key += ` ${lists.codes[at]!}`;
  let values = shared.lists.get(key);
  if (!values) {
    const fresh: T[] = [];
    for (let at = lists.offsets[slot]!; at < lists.offsets[slot + 1]!; at++) fresh.push(names[lists.codes[at]!]!);
    values = Object.freeze(fresh);
    shared.lists.set(key, values);
  }
  // Frozen: typed as the entry's mutable list only because the schema infers one.
  return values as T[];
}

function verdictsAt(shared: Shared, slot: number): RankEntry['keepsRules'] {
  let bits = 0;
  for (let site = 0; site < shared.ruled.length; site++) if (shared.ruled[site]![1][slot] === 1) bits |= 1 << site;
  let verdicts = shared.verdicts.get(bits);
  if (!verdicts) {
    const fresh: RankEntry['keepsRules'] = {};
    shared.ruled.forEach(([site], at) => {
      fresh[site] = (bits & (1 << at)) !== 0;
    });
    verdicts = Object.freeze(fresh);
    shared.verdicts.set(bits, verdicts);
  }
  return verdicts;
}

/**
 * The entry in `slot` of checked columns, for the template `id`. Called for every template on
 * each panel open, before the JIT has compiled it: plain loops, no per-entry callbacks.
 */
export function entryAt(columns: RankEntryColumns, slot: number, id: string): RankEntry {
  const shared = sharedFor(columns);
  const { tags } = columns;
  return {
    id,
    title: columns.titles[slot]!,
    intents: codesAt<Intent>(shared, 'intents', columns.intents, slot, INTENTS),
    language: columns.languages[slot]!,
    sites: codesAt<SiteId>(shared, 'sites', columns.sites, slot, SITE_IDS),
    tags: tags.values.slice(tags.offsets[slot]!, tags.offsets[slot + 1]!),
    usageCount: columns.usage[slot]!,
    keepsRules: verdictsAt(shared, slot),
  };
}
