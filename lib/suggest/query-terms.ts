/**
 * The search query made from a customer's message, bounded by construction whatever the message:
 * at most MAX_QUERY_SOURCE_CHARS of it are read, words longer than MAX_TERM_LENGTH are dropped
 * (a 100,000-character "word" is a pasted blob, and fuzzy matching one crashed MiniSearch), and
 * at most MAX_QUERY_TERMS distinct words are kept, each once with a weight that grows with how
 * often the customer used it (1 + ln count) instead of being searched again per repeat.
 */
import { stripEmailNoise } from '@/lib/suggest/normalize';

/** What the customer wrote past this many characters is pasted history or logs, not the request. */
export const MAX_QUERY_SOURCE_CHARS = 8_000;
/** Longer than any word of a support reply in our languages (German compounds included). */
export const MAX_TERM_LENGTH = 32;
/** The request is in the first few dozen content words; more only add noise and time. */
export const MAX_QUERY_TERMS = 40;

/** Words that appear in nearly every message and reply; matching on them is noise. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by can could do for from have hi hello i if in is it me my of on or our please so that the this ' +
    'to was we were will with would you your thank thanks order regards best dear').split(' '),
);

/** A word the index keeps or a query searches for; null for noise. Shared by index and query. */
export function searchTerm(word: string): string | null {
  const lower = word.toLowerCase();
  return lower.length < 3 || lower.length > MAX_TERM_LENGTH || STOP_WORDS.has(lower) ? null : lower;
}

export interface QueryTerms {
  /** Distinct terms, most used first, then in reading order. */
  terms: string[];
  weights: ReadonlyMap<string, number>;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Cuts at the last whitespace before the limit so no word is split in two. */
function head(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return text.slice(0, cut > limit / 2 ? cut : limit);
}

export function queryTerms(message: string): QueryTerms {
  const text = stripEmailNoise(head(message, MAX_QUERY_SOURCE_CHARS));
  const counts = new Map<string, number>();
  for (const match of text.matchAll(WORD)) {
    const term = searchTerm(match[0]);
    if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  // Map order is first appearance; a stable sort keeps it among equally used words.
  const terms = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!).slice(0, MAX_QUERY_TERMS);
  return { terms, weights: new Map(terms.map((term) => [term, 1 + Math.log(counts.get(term)!)])) };
}
