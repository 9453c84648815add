/**
 * Text similarity between a customer message and templates: BM25 with fuzzy and prefix matching
 * (field-index.ts, scored as MiniSearch scores). One index is kept up to date incrementally: when
 * the template list handed in is a new array (a fresh database read), only templates added,
 * removed or changed since are added to, removed from or replaced in the index; the same array
 * again costs nothing. Its `revision` counts those changes and stands for the library's content:
 * nothing is re-signed or rebuilt per call. The query is bounded by query-terms.ts whatever the
 * message, and its cost by a budget of postings walked (plan below).
 */
import { type Expansion, FieldIndex, fuzzyWeight, prefixWeight } from '@/lib/suggest/field-index';
import { INDEX_FORMAT, type TemplateSearchSnapshot, textHash } from '@/lib/suggest/index-snapshot';
import { queryTerms, searchTerm, type QueryTerms } from '@/lib/suggest/query-terms';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { entryAt, toColumns } from '@/lib/suggest/rank-entry-columns';
import { rankEntryOf } from '@/lib/suggest/rank-library';

/** Liquid tags and variables are markup, not words the customer could have written. */
function visibleWords(body: string): string {
  return body.replace(/\{%[\s\S]*?%\}/g, ' ').replace(/\{\{[\s\S]*?\}\}/g, ' ');
}

function sameText(a: RankEntry, b: RankEntry): boolean {
  return a.title === b.title && a.body === b.body && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
}

/** A template read without its body (a saved rank entry) is indexed on its title and tags. */
function hashOf(template: RankEntry): number {
  return textHash(template.title, template.body ?? '', template.tags);
}

function fieldsOf(template: RankEntry): string[] {
  return [template.title, visibleWords(template.body ?? ''), template.tags.join(' ')];
}

/**
 * What a slot holds: the template (or rank entry) last synced there, and, once known, the hash of
 * the text indexed for it (restored from a snapshot: the template's text is not at hand).
 */
interface Indexed {
  entry: RankEntry;
  slot: number;
  hash: number | null;
}

/**
 * Whether `template` needs indexing again in place of `known`: a whole template is compared by
 * text (or hash), one read without its body is taken as unchanged, since it came from the
 * snapshot this index was restored from.
 */
function textChanged(known: Indexed, template: RankEntry): boolean {
  if (template.body === undefined) return false;
  if (known.entry.body !== undefined) return !sameText(known.entry, template);
  return known.hash !== hashOf(template);
}

/** Title, body, tags: a word in the title counts twice. */
const FIELD_BOOSTS = [2, 1, 1];

/**
 * A query's cost is the number of postings it walks. Words found in over half the library say
 * nothing about which template fits (their BM25 weight is near zero) and are the costliest:
 * they are left out. The rest are searched rarest first until this many postings are spent.
 */
const COMMON_SHARE = 0.5;
const POSTINGS_BUDGET = 5_000;
/** Prefix matching ("deliver" finds "delivered") from four letters: shorter prefixes match too much. */
const PREFIX_FROM = 4;

/** Fuzzy matching forgives one typo in a word of five or more letters, two from nine: never more. */
function fuzziness(term: string): number | false {
  return term.length < 5 ? false : term.length < 9 ? 1 : 2;
}

/**
 * Customers reuse a small vocabulary, and a word's fuzzy expansion walks the whole term tree:
 * what each word reaches is kept until the library changes, up to this many words.
 */
const REACH_CACHE_SIZE = 10_000;

interface TermReach {
  prefix: { expansions: Expansion[]; cost: number } | null;
  /** `unprefixed`: without the words the term also prefixes, for when prefix matching is on. */
  fuzzy: { all: Expansion[]; unprefixed: Expansion[]; cost: number } | null;
}

export class TemplateSearch {
  private index = new FieldIndex(FIELD_BOOSTS, searchTerm);
  private readonly indexed = new Map<string, Indexed>();
  private freeSlots: number[] = [];
  private slots = 0;
  private list: readonly RankEntry[] | null = null;
  /** The position in the current list of the template in each slot, -1 for none. */
  private positionOf = new Int32Array(0);
  /** Bumped on every change to the indexed templates: the library's content signature. */
  revision = 0;
  private readonly reachOf = new Map<string, TermReach>();
  private reachRevision = 0;
  private last: { list: readonly RankEntry[]; key: string; scores: Float64Array } | null = null;
  /** The rank entries read back from a snapshot, ordered by id, until the next sync. */
  private restoredEntries: RankEntry[] | null = null;

  /**
   * Brings the index in line with `templates` (whole templates, or rank entries read with the
   * snapshot); returns whether anything changed.
   */
  sync(templates: readonly RankEntry[]): boolean {
    if (templates === this.list) return false;
    const before = this.revision;
    if (this.patch(templates)) return this.revision !== before;
    const seen = new Set<string>();
    const slotAt: number[] = [];
    templates.forEach((template) => {
      // A pack may (wrongly) repeat an id: each copy is its own document.
      let key = template.id;
      for (let copy = 2; seen.has(key); copy++) key = `${template.id}\u0000${copy}`;
      seen.add(key);
      const known = this.indexed.get(key);
      const slot = known?.slot ?? this.freeSlots.pop() ?? this.slots++;
      slotAt.push(slot);
      if (known?.entry === template) return;
      if (known && !textChanged(known, template)) {
        this.indexed.set(key, { entry: template, slot, hash: known.hash });
        return;
      }
      this.indexed.set(key, { entry: template, slot, hash: null });
      this.index.add(slot, fieldsOf(template));
      this.revision++;
    });
    for (const [key, { slot }] of this.indexed) {
      if (seen.has(key)) continue;
      this.index.remove(slot);
      this.freeSlots.push(slot);
      this.indexed.delete(key);
      this.revision++;
    }
    this.positionOf = new Int32Array(this.slots).fill(-1);
    slotAt.forEach((slot, position) => {
      this.positionOf[slot] = position;
    });
    this.list = templates;
    this.restoredEntries = null;
    return this.revision !== before;
  }

  /**
   * The common change, a template edited or saved in place: the same list but for a few
   * positions, each still holding a template of the same id. Those are compared and indexed
   * again; the rest is a pointer comparison per position, not a walk of every id. Returns false
   * (nothing done) for any other change, which `sync` then works out in full.
   */
  private patch(templates: readonly RankEntry[]): boolean {
    const list = this.list;
    if (!list || list.length !== templates.length) return false;
    const changed: number[] = [];
    for (let i = 0; i < templates.length; i++) {
      if (templates[i] === list[i]) continue;
      // Only a template indexed under its own id (not a repeated id's copy) is patched in place.
      if (templates[i]!.id !== list[i]!.id || this.indexed.get(list[i]!.id)?.entry !== list[i]) return false;
      changed.push(i);
    }
    for (const i of changed) {
      const template = templates[i]!;
      const known = this.indexed.get(template.id)!;
      if (!textChanged(known, template)) {
        this.indexed.set(template.id, { entry: template, slot: known.slot, hash: known.hash });
        continue;
      }
      this.indexed.set(template.id, { entry: template, slot: known.slot, hash: null });
      this.index.add(known.slot, fieldsOf(template));
      this.revision++;
    }
    this.list = templates;
    this.restoredEntries = null;
    return true;
  }

  /** Whether nothing was indexed or restored yet: a snapshot can only be read into an empty index. */
  get empty(): boolean {
    return this.list === null && this.indexed.size === 0;
  }

  /**
   * The index as it stands, for saving (index-store.ts), with each template's rank entry and the
   * library `revision` it was synced with ('' when the caller does not know it).
   */
  snapshot(revision = ''): TemplateSearchSnapshot {
    const keys: string[] = new Array<string>(this.slots).fill('');
    const hashes = new Uint32Array(this.slots);
    const entries: (RankEntry | null)[] = new Array<RankEntry | null>(this.slots).fill(null);
    for (const [key, known] of this.indexed) {
      keys[known.slot] = key;
      known.hash ??= hashOf(known.entry);
      hashes[known.slot] = known.hash;
      entries[known.slot] = rankEntryOf(known.entry);
    }
    return { format: INDEX_FORMAT, index: this.index.snapshot(this.slots), keys, hashes, entries: toColumns(entries), revision };
  }

  /**
   * The library as the restored snapshot saw it, ordered by id as the database lists it: what
   * ranking reads, without the templates' bodies. Null once the index was synced with a list.
   */
  get restoredLibrary(): readonly RankEntry[] | null {
    return this.restoredEntries;
  }

  /**
   * Reads a snapshot checked by index-snapshot.ts into this empty index. The next `sync` indexes
   * only what changed since it was saved: templates whose text hash differs, added or removed.
   */
  restore(snapshot: TemplateSearchSnapshot): void {
    if (!this.empty) throw new Error('TemplateSearch.restore needs an empty index');
    this.index = FieldIndex.restore(FIELD_BOOSTS, searchTerm, snapshot.index);
    this.slots = snapshot.keys.length;
    this.freeSlots = [];
    let library: RankEntry[] = [];
    let slotOf: number[] = [];
    let sorted = true;
    // A plain loop: it runs once per panel open, before the JIT has compiled anything.
    for (let slot = 0; slot < snapshot.keys.length; slot++) {
      const key = snapshot.keys[slot]!;
      if (key === '') {
        this.freeSlots.push(slot);
        continue;
      }
      // A repeated id's copy is keyed `id\u0000n` (sync): its entry is the template's.
      const copy = key.indexOf('\u0000');
      const entry = entryAt(snapshot.entries, slot, copy < 0 ? key : key.slice(0, copy));
      this.indexed.set(key, { entry, slot, hash: snapshot.hashes[slot]! });
      if (library.length > 0 && library[library.length - 1]!.id > entry.id) sorted = false;
      library.push(entry);
      slotOf.push(slot);
    }
    this.revision++;
    // Slots follow the order templates were first indexed in, the database's (by id): mostly sorted already.
    if (!sorted) {
      const order = library.map((_, i) => i);
      order.sort((a, b) => (library[a]!.id < library[b]!.id ? -1 : library[a]!.id > library[b]!.id ? 1 : 0));
      [library, slotOf] = [order.map((i) => library[i]!), order.map((i) => slotOf[i]!)];
    }
    // The restored library is the list this index is synced with: ranking it first (which syncs)
    // walks no template, and a fresh read of the same templates is compared in place (patch).
    this.positionOf = new Int32Array(this.slots).fill(-1);
    for (let position = 0; position < slotOf.length; position++) this.positionOf[slotOf[position]!] = position;
    this.list = library;
    this.restoredEntries = library;
  }

  /** What `term` reaches by prefix and by fuzzy matching, worked out once per term and library revision. */
  private reach(term: string): TermReach {
    if (this.reachRevision !== this.revision || this.reachOf.size >= REACH_CACHE_SIZE) {
      this.reachOf.clear();
      this.reachRevision = this.revision;
    }
    let reach = this.reachOf.get(term);
    if (reach) return reach;
    reach = { prefix: null, fuzzy: null };
    if (PREFIX_FROM <= term.length) {
      reach.prefix = { expansions: [], cost: 0 };
      for (const [word, entry] of this.index.terms.atPrefix(term)) {
        if (word === term) continue;
        reach.prefix.cost += entry.documents;
        reach.prefix.expansions.push({ entry, weight: prefixWeight(word, term) });
      }
    }
    const distance = fuzziness(term);
    if (distance) {
      reach.fuzzy = { all: [], unprefixed: [], cost: 0 };
      for (const [word, [entry, away]] of this.index.terms.fuzzyGet(term, distance)) {
        if (word === term) continue;
        reach.fuzzy.cost += entry.documents;
        const expansion = { entry, weight: fuzzyWeight(word, away) };
        reach.fuzzy.all.push(expansion);
        // A word the term also prefixes counts as a prefix match when prefix matching is on.
        if (!word.startsWith(term)) reach.fuzzy.unprefixed.push(expansion);
      }
    }
    this.reachOf.set(term, reach);
    return reach;
  }

  /**
   * Which query terms are searched and how: rarest first, each exactly, then with its prefix and
   * fuzzy expansions while they fit in the budget. A term in over half the library is left out.
   */
  private plan(query: QueryTerms): { boost: number; expansions: Expansion[] }[] {
    const common = Math.max(2, this.index.size * COMMON_SHARE);
    const byRarity = query.terms
      .map((term) => ({ term, entry: this.index.terms.get(term) }))
      .filter(({ entry }) => (entry?.documents ?? 0) <= common);
    byRarity.sort((a, b) => (a.entry?.documents ?? 0) - (b.entry?.documents ?? 0));
    const planned: { boost: number; expansions: Expansion[] }[] = [];
    let spent = 0;
    for (const { term, entry } of byRarity) {
      const df = entry?.documents ?? 0;
      if (spent + df > POSTINGS_BUDGET) break;
      spent += df;
      const expansions: Expansion[] = entry ? [{ entry, weight: 1 }] : [];
      const { prefix, fuzzy } = this.reach(term);
      const prefixed = prefix !== null && spent + prefix.cost <= POSTINGS_BUDGET;
      if (prefixed) {
        spent += prefix.cost;
        expansions.push(...prefix.expansions);
      }
      if (fuzzy && spent + fuzzy.cost <= POSTINGS_BUDGET) {
        spent += fuzzy.cost;
        expansions.push(...(prefixed ? fuzzy.unprefixed : fuzzy.all));
      }
      if (expansions.length > 0) planned.push({ boost: query.weights.get(term) ?? 1, expansions });
    }
    return planned;
  }

  /** Similarity of each template (by position in `templates`) to the query, best match = 1. */
  similarity(templates: readonly RankEntry[], query: QueryTerms): Float64Array {
    const scores = new Float64Array(templates.length);
    if (query.terms.length === 0 || templates.length === 0) return scores;
    this.sync(templates);
    // The panel ranks once per request of a message, with the same query each time.
    const key = `${this.revision}\u0000${query.terms.map((term) => `${term} ${query.weights.get(term)}`).join('\u0000')}`;
    if (this.last?.list === templates && this.last.key === key) return this.last.scores.slice();
    this.last = { list: templates, key, scores: this.score(query, scores) };
    return scores.slice();
  }

  /** Fills `scores` (by position) with the query's BM25 over the best document's. */
  private score(query: QueryTerms, scores: Float64Array): Float64Array {
    const planned = this.plan(query);
    if (planned.length === 0) return scores;
    const bySlot = this.index.score(planned, this.slots);
    let best = 0;
    for (let slot = 0; slot < this.slots; slot++) best = Math.max(best, bySlot[slot]!);
    if (best <= 0) return scores;
    for (let slot = 0; slot < this.slots; slot++) {
      const position = this.positionOf[slot]!;
      if (position >= 0 && bySlot[slot]! > 0) scores[position] = bySlot[slot]! / best;
    }
    return scores;
  }
}

/** The panel, the CLI and the library view share one index: they show one team's library. */
const shared = new TemplateSearch();

export function templateSearch(): TemplateSearch {
  return shared;
}

/** Similarity of each template (by position) to the message, scaled so the best match is 1. */
export function textSimilarity(templates: readonly RankEntry[], message: string): Float64Array {
  return shared.similarity(templates, queryTerms(message));
}
