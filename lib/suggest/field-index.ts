/**
 * An inverted index over a document's text fields, scored with BM25 the way MiniSearch 7 scores
 * (the ranking was tuned on it: k 1.2, b 0.7, d 0.5 per field, field boosts, prefix and fuzzy
 * expansions weighted as MiniSearch weighs them, a document's sum times the number of query
 * terms it matched), but summed into typed arrays by document slot. MiniSearch's own search
 * builds a result object, a term list and a match map per document and query term: over 5,000
 * templates and 40 query terms that was most of ranking's time and a fifth of it in garbage
 * collection. The term dictionary is MiniSearch's radix tree (SearchableMap), so prefix and fuzzy
 * lookups stay MiniSearch's.
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { FieldIndexSnapshot } from '@/lib/suggest/index-snapshot';
import { Postings } from '@/lib/suggest/postings';

const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
/** MiniSearch's default weights of a word reached by prefix or by fuzzy matching. */
const EXPANSION_WEIGHT = { prefix: 0.375, fuzzy: 0.45 } as const;
/** MiniSearch's default tokenizer: field lengths count its tokens, as the scores were tuned on. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

export interface TermEntry {
  /** Documents holding the term in any field: a query term's cost and commonness. */
  documents: number;
  /** Per field, term frequency by document slot. */
  postings: (Postings | undefined)[];
}

/** One word a query term reaches (itself, a longer word it prefixes, a near miss) and its weight. */
export interface Expansion {
  entry: TermEntry;
  weight: number;
}

export function prefixWeight(word: string, term: string): number {
  return (EXPANSION_WEIGHT.prefix * word.length) / (word.length + 0.3 * (word.length - term.length));
}

export function fuzzyWeight(word: string, distance: number): number {
  return (EXPANSION_WEIGHT.fuzzy * word.length) / (word.length + distance);
}

export class FieldIndex {
  terms = new SearchableMap<TermEntry>();
  /** The terms of each document, to remove it again; a restored document's are found in the postings. */
  private readonly termsOf = new Map<number, string[]>();
  /** By slot, 1 for a document read back from a snapshot and not indexed again since. */
  private restored: Uint8Array | null = null;
  /** The restored documents' terms, worked out from the postings on the first removal of one. */
  private restoredTerms: Map<number, string[]> | null = null;
  private count = 0;
  /** Per field, token count by slot, and their total over the documents. */
  private lengths: Float64Array[];
  private totals: number[];
  private stamp = new Int32Array(0);
  private scores = new Float64Array(0);
  private matched = new Uint16Array(0);

  constructor(
    private readonly boosts: readonly number[],
    private readonly processTerm: (word: string) => string | null,
  ) {
    this.lengths = boosts.map(() => new Float64Array(0));
    this.totals = boosts.map(() => 0);
  }

  get size(): number {
    return this.count;
  }

  /** Indexes `fields` (in the order of the boosts) as document `slot`, replacing what it held. */
  add(slot: number, fields: readonly string[]): void {
    this.remove(slot);
    this.grow(slot + 1);
    // Counted per document first: one dictionary lookup per distinct term, not per word.
    const frequencies = new Map<string, number[]>();
    fields.forEach((text, field) => {
      const tokens = text.split(SPACE_OR_PUNCTUATION);
      const length = new Set(tokens).size;
      this.lengths[field]![slot] = length;
      this.totals[field]! += length;
      for (const token of tokens) {
        const term = this.processTerm(token);
        if (term === null) continue;
        const perField = frequencies.get(term) ?? fields.map(() => 0);
        perField[field]!++;
        frequencies.set(term, perField);
      }
    });
    for (const [term, perField] of frequencies) {
      let entry = this.terms.get(term);
      if (!entry) {
        entry = { documents: 0, postings: [] };
        this.terms.set(term, entry);
      }
      entry.documents++;
      perField.forEach((frequency, field) => {
        if (frequency === 0) return;
        const postings = entry.postings[field] ?? new Postings();
        entry.postings[field] = postings;
        postings.set(slot, frequency);
      });
    }
    this.termsOf.set(slot, [...frequencies.keys()]);
    this.count++;
  }

  /** The terms document `slot` holds, or null when the slot is empty. */
  private termsAt(slot: number): string[] | null {
    const own = this.termsOf.get(slot);
    if (own) return own;
    if (!this.restored?.[slot]) return null;
    this.restoredTerms ??= this.invertRestored(this.restored);
    return this.restoredTerms.get(slot) ?? [];
  }

  /**
   * Each restored document's terms, from one walk of the postings: a snapshot does not store them
   * (a fifth of its size), and only an edit or a removal needs them.
   */
  private invertRestored(restored: Uint8Array): Map<number, string[]> {
    const termsOf = new Map<number, string[]>();
    for (const [term, entry] of this.terms)
      for (const postings of entry.postings)
        postings?.forEach((slot) => {
          if (!restored[slot]) return;
          const terms = termsOf.get(slot) ?? [];
          // A term in several fields of one document is listed once: its fields are walked in a row.
          if (terms[terms.length - 1] !== term) terms.push(term);
          termsOf.set(slot, terms);
        });
    return termsOf;
  }

  remove(slot: number): void {
    const terms = this.termsAt(slot);
    if (!terms) return;
    for (const term of terms) {
      const entry = this.terms.get(term)!;
      for (const postings of entry.postings) postings?.delete(slot);
      if (--entry.documents === 0) this.terms.delete(term);
    }
    this.lengths.forEach((lengths, field) => {
      this.totals[field]! -= lengths[slot]!;
      lengths[slot] = 0;
    });
    this.termsOf.delete(slot);
    if (this.restored?.[slot]) {
      this.restored[slot] = 0;
      this.restoredTerms?.delete(slot);
    }
    this.count--;
  }

  /** The index as flat arrays over its first `slots` slots, for saving (index-snapshot.ts). */
  snapshot(slots: number): FieldIndexSnapshot {
    const terms: string[] = [];
    const entries: TermEntry[] = [];
    for (const [term, entry] of this.terms) {
      terms.push(term);
      entries.push(entry);
    }
    const fields = this.boosts.map((_, field) => {
      const offsets = new Int32Array(terms.length + 1);
      entries.forEach((entry, i) => {
        offsets[i + 1] = offsets[i]! + (entry.postings[field]?.size ?? 0);
      });
      const bySlot = new Int32Array(offsets[terms.length]!);
      const frequencies = new Uint16Array(bySlot.length);
      let at = 0;
      for (const entry of entries)
        entry.postings[field]?.forEach((slot, frequency) => {
          bySlot[at] = slot;
          frequencies[at++] = frequency;
        });
      return { offsets, slots: bySlot, frequencies };
    });
    const present = new Uint8Array(slots);
    for (let slot = 0; slot < slots; slot++) present[slot] = this.termsOf.has(slot) || this.restored?.[slot] ? 1 : 0;
    return {
      terms,
      documents: Int32Array.from(entries, (entry) => entry.documents),
      fields,
      lengths: this.lengths.map((lengths) => lengths.slice(0, slots)),
      totals: [...this.totals],
      present,
    };
  }

  /**
   * An index read back from a snapshot checked by index-snapshot.ts: one dictionary entry per
   * term, whose postings read the snapshot's arrays until they change (postings.ts).
   */
  static restore(boosts: readonly number[], processTerm: (word: string) => string | null, snapshot: FieldIndexSnapshot): FieldIndex {
    const index = new FieldIndex(boosts, processTerm);
    const { terms, documents, fields } = snapshot;
    // Plain loops: this runs once per panel open, before the JIT has compiled anything.
    for (let i = 0; i < terms.length; i++) {
      const postings: (Postings | undefined)[] = [];
      for (const { offsets, slots, frequencies } of fields) {
        const from = offsets[i]!;
        const to = offsets[i + 1]!;
        postings.push(from === to ? undefined : new Postings(slots, frequencies, from, to));
      }
      index.terms.set(terms[i]!, { documents: documents[i]!, postings });
    }
    const present = snapshot.present.slice();
    index.grow(present.length);
    snapshot.lengths.forEach((lengths, field) => index.lengths[field]!.set(lengths));
    index.totals = [...snapshot.totals];
    index.restored = present;
    let count = 0;
    for (let slot = 0; slot < present.length; slot++) count += present[slot]!;
    index.count = count;
    return index;
  }

  private grow(slots: number): void {
    if (slots <= this.stamp.length) return;
    const capacity = Math.max(slots, this.stamp.length * 2, 64);
    this.lengths = this.lengths.map((old) => {
      const lengths = new Float64Array(capacity);
      lengths.set(old);
      return lengths;
    });
    this.stamp = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.matched = new Uint16Array(capacity);
  }

  /**
   * BM25 of every document for the query terms, by slot (`slots` of them; the array is this
   * index's own and holds them until the next call): each term's expansions (itself first,
   * weight 1) summed, times the term's boost, and the whole times how many terms matched.
   */
  score(query: readonly { boost: number; expansions: readonly Expansion[] }[], slots: number): Float64Array {
    this.grow(slots);
    // Reused from call to call (one ranking allocates them 5,000 slots at a time otherwise).
    const scores = this.scores.fill(0, 0, slots);
    const matched = this.matched.fill(0, 0, slots);
    const stamp = this.stamp.fill(-1);
    const count = this.count;
    query.forEach(({ boost, expansions }, q) => {
      for (const { entry, weight } of expansions) {
        entry.postings.forEach((postings, field) => {
          if (!postings) return;
          const average = this.totals[field]! / count;
          const lengths = this.lengths[field]!;
          const idf = Math.log(1 + (count - postings.size + 0.5) / (postings.size + 0.5));
          const scale = weight * boost * this.boosts[field]! * idf;
          const norm = BM25.k * (1 - BM25.b);
          const perLength = (BM25.k * BM25.b) / average;
          postings.forEach((slot, tf) => {
            scores[slot]! += scale * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm + perLength * lengths[slot]!));
            if (stamp[slot] === q) return;
            stamp[slot] = q;
            matched[slot]!++;
          });
        });
      }
    });
    for (let slot = 0; slot < slots; slot++) scores[slot]! *= matched[slot]!;
    return scores.subarray(0, slots);
  }
}
