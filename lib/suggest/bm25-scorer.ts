/**
 * BM25 of every document of a field index (field-index.ts) for a query, summed into typed arrays by
 * document slot, scored the way MiniSearch 7 scores (k 1.2, b 0.7, d 0.5 per field, field boosts, a
 * document's sum times the number of query terms it matched) since the ranking was tuned on it.
 * The arrays are kept from call to call: one ranking would allocate them 5,000 slots at a time.
 */
import type { Expansion } from '@/lib/suggest/term-expansion';

const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** What BM25 needs of the index besides the postings: per field, its boost and token counts. */
export interface FieldStatistics {
  /** Documents in the index. */
  count: number;
  boosts: readonly number[];
  /** Per field, token count by slot, and their total over the documents. */
  lengths: readonly Float64Array[];
  totals: readonly number[];
}

export type ScoredQuery = readonly { boost: number; expansions: readonly Expansion[] }[];

export class Bm25Scorer {
  private stamp = new Int32Array(0);
  private scores = new Float64Array(0);
  private matched = new Uint16Array(0);

  get capacity(): number {
    return this.stamp.length;
  }

  /** Room for `capacity` slots; what the arrays held is dropped (each call starts afresh). */
  resize(capacity: number): void {
    this.stamp = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.matched = new Uint16Array(capacity);
  }

  /**
   * The scores of the first `slots` slots (room for them made beforehand; the array is this
   * scorer's own and holds them until the next call): each term's expansions (itself first,
   * weight 1) summed, times the term's boost, and the whole times how many terms matched.
   */
  score(query: ScoredQuery, slots: number, fields: FieldStatistics): Float64Array {
    const scores = this.scores.fill(0, 0, slots);
    const matched = this.matched.fill(0, 0, slots);
    const stamp = this.stamp.fill(-1);
    const { count, boosts, lengths: allLengths, totals } = fields;
    query.forEach(({ boost, expansions }, q) => {
      for (const { entry, weight } of expansions) {
        entry.postings.forEach((postings, field) => {
          if (!postings) return;
          const average = totals[field]! / count;
          const lengths = allLengths[field]!;
          const idf = Math.log(1 + (count - postings.size + 0.5) / (postings.size + 0.5));
          const scale = weight * boost * boosts[field]! * idf;
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
