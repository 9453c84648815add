/**
 * Text similarity between a customer message and templates: BM25 with fuzzy and prefix matching
 * (field-index.ts, scored as MiniSearch scores). One index is kept up to date incrementally
 * (template-slots.ts); its `revision` stands for the library's content. The query is bounded by
 * query-terms.ts whatever the message, and its cost by a budget of postings walked (query-plan.ts).
 */
import type { TemplateSearchSnapshot } from '@/lib/suggest/index-snapshot';
import { QueryPlanner } from '@/lib/suggest/query-plan';
import { type QueryTerms, queryTerms } from '@/lib/suggest/query-terms';
import type { RankEntry } from '@/lib/suggest/rank-entry';
import { TemplateSlots } from '@/lib/suggest/template-slots';

export class TemplateSearch {
  private readonly slots = new TemplateSlots();
  private readonly planner = new QueryPlanner();
  private last: { list: readonly RankEntry[]; key: string; scores: Float64Array } | null = null;

  /** Bumped on every change to the indexed templates: the library's content signature. */
  get revision(): number {
    return this.slots.revision;
  }

  /**
   * Brings the index in line with `templates` (whole templates, or rank entries read with the
   * snapshot); returns whether anything changed.
   */
  sync(templates: readonly RankEntry[]): boolean {
    return this.slots.sync(templates);
  }

  /** Whether nothing was indexed or restored yet: a snapshot can only be read into an empty index. */
  get empty(): boolean {
    return this.slots.empty;
  }

  /**
   * The index as it stands, for saving (index-store.ts), with each template's rank entry and the
   * library `revision` it was synced with ('' when the caller does not know it).
   */
  snapshot(revision = ''): TemplateSearchSnapshot {
    return this.slots.snapshot(revision);
  }

  /**
   * The library as the restored snapshot saw it, ordered by id as the database lists it: what
   * ranking reads, without the templates' bodies. Null once the index was synced with a list.
   */
  get restoredLibrary(): readonly RankEntry[] | null {
    return this.slots.restoredLibrary;
  }

  /**
   * Reads a snapshot checked by index-snapshot.ts into this empty index. The next `sync` indexes
   * only what changed since it was saved: templates whose text hash differs, added or removed.
   */
  restore(snapshot: TemplateSearchSnapshot): void {
    this.slots.restore(snapshot);
  }

  /** Similarity of each template (by position in `templates`) to the query, best match = 1. */
  similarity(templates: readonly RankEntry[], query: QueryTerms): Float64Array {
    const scores = new Float64Array(templates.length);
    if (query.terms.length === 0 || templates.length === 0) return scores;
    this.slots.sync(templates);
    // The panel ranks once per request of a message, with the same query each time.
    const key = `${this.slots.revision}\u0000${query.terms.map((term) => `${term} ${query.weights.get(term)}`).join('\u0000')}`;
    if (this.last?.list === templates && this.last.key === key) return this.last.scores.slice();
    this.last = { list: templates, key, scores: this.score(query, scores) };
    return scores.slice();
  }

  /** Fills `scores` (by position) with the query's BM25 over the best document's. */
  private score(query: QueryTerms, scores: Float64Array): Float64Array {
    const { index, slots, revision, positionOf } = this.slots;
    const planned = this.planner.plan(index, revision, query);
    if (planned.length === 0) return scores;
    const bySlot = index.score(planned, slots);
    let best = 0;
    for (let slot = 0; slot < slots; slot++) best = Math.max(best, bySlot[slot]!);
    if (best <= 0) return scores;
    for (let slot = 0; slot < slots; slot++) {
      const position = positionOf[slot]!;
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
