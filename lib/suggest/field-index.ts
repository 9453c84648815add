/**
 * An inverted index over a document's text fields, scored with BM25 the way MiniSearch 7 scores
 * (bm25-scorer.ts; the ranking was tuned on it), but summed into typed arrays by document slot.
 * MiniSearch's own search builds a result object, a term list and a match map per document and
 * query term: over 5,000 templates and 40 query terms that was most of ranking's time and a fifth
 * of it in garbage collection. The term dictionary is MiniSearch's radix tree (SearchableMap), so
 * prefix and fuzzy lookups (term-expansion.ts) stay MiniSearch's.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { Bm25Scorer, type ScoredQuery } from '@/lib/suggest/bm25-scorer';
import { countTerms, restoredTermsBySlot } from '@/lib/suggest/document-terms';
import type { FieldIndexSnapshot } from '@/lib/suggest/index-snapshot';
import { Postings } from '@/lib/suggest/postings';
import type { TermEntry } from '@/lib/suggest/term-expansion';
import { restoreTerms, termArrays } from '@/lib/suggest/term-postings-arrays';

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
  private readonly scorer = new Bm25Scorer();

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
    const { frequencies, lengths } = countTerms(fields, this.processTerm);
    lengths.forEach((length, field) => {
      this.lengths[field]![slot] = length;
      this.totals[field]! += length;
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
    this.restoredTerms ??= restoredTermsBySlot(this.terms, this.restored);
    return this.restoredTerms.get(slot) ?? [];
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
    const present = new Uint8Array(slots);
    for (let slot = 0; slot < slots; slot++) present[slot] = this.termsOf.has(slot) || this.restored?.[slot] ? 1 : 0;
    return {
      ...termArrays(this.terms, this.boosts.length),
      lengths: this.lengths.map((lengths) => lengths.slice(0, slots)),
      totals: [...this.totals],
      present,
    };
  }

  /** An index read back from a snapshot checked by index-snapshot.ts. */
  static restore(boosts: readonly number[], processTerm: (word: string) => string | null, snapshot: FieldIndexSnapshot): FieldIndex {
    const index = new FieldIndex(boosts, processTerm);
    restoreTerms(index.terms, snapshot);
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
    if (slots <= this.scorer.capacity) return;
    const capacity = Math.max(slots, this.scorer.capacity * 2, 64);
    this.lengths = this.lengths.map((old) => {
      const lengths = new Float64Array(capacity);
      lengths.set(old);
      return lengths;
    });
    this.scorer.resize(capacity);
  }

  /** BM25 of every document for the query terms, by slot (`slots` of them; bm25-scorer.ts). */
  score(query: ScoredQuery, slots: number): Float64Array {
    this.grow(slots);
    return this.scorer.score(query, slots, { count: this.count, boosts: this.boosts, lengths: this.lengths, totals: this.totals });
  }
}
