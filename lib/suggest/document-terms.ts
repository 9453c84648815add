/**
 * The terms of one document of the field index (field-index.ts): counted from its fields when it is
 * indexed, or found again in the postings for documents read back from a snapshot.
 */
import type SearchableMap from 'minisearch/SearchableMap';
import type { TermEntry } from '@/lib/suggest/term-expansion';

/** MiniSearch's default tokenizer: field lengths count its tokens, as the scores were tuned on. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

export interface DocumentTerms {
  /** Per term, its frequency in each field. */
  frequencies: Map<string, number[]>;
  /** Per field, its token count (distinct tokens, as MiniSearch counts a field's length). */
  lengths: number[];
}

/**
 * Each term's frequency per field, counted per document first: one dictionary lookup per distinct
 * term, not per word, when the document is added.
 */
export function countTerms(fields: readonly string[], processTerm: (word: string) => string | null): DocumentTerms {
  const frequencies = new Map<string, number[]>();
  const lengths = fields.map((text, field) => {
    const tokens = text.split(SPACE_OR_PUNCTUATION);
    for (const token of tokens) {
      const term = processTerm(token);
      if (term === null) continue;
      const perField = frequencies.get(term) ?? fields.map(() => 0);
      perField[field]!++;
      frequencies.set(term, perField);
    }
    return new Set(tokens).size;
  });
  return { frequencies, lengths };
}

/**
 * Each restored document's terms, from one walk of the postings: a snapshot does not store them
 * (a fifth of its size), and only an edit or a removal needs them.
 */
export function restoredTermsBySlot(dictionary: SearchableMap<TermEntry>, restored: Uint8Array): Map<number, string[]> {
  const termsOf = new Map<number, string[]>();
  for (const [term, entry] of dictionary)
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
