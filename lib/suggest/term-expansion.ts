/**
 * What a query term reaches in the field index (field-index.ts): the dictionary entry of a word
 * and the weight MiniSearch 7 gives a word reached by prefix or by fuzzy matching, which the
 * ranking was tuned on.
 */
import type { Postings } from '@/lib/suggest/postings';

/** MiniSearch's default weights of a word reached by prefix or by fuzzy matching. */
const EXPANSION_WEIGHT = { prefix: 0.375, fuzzy: 0.45 } as const;

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
