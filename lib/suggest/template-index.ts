/**
 * Text similarity between a customer message and templates, with MiniSearch (BM25 with fuzzy and
 * prefix matching). The index is built once per template set and cached by the set's content
 * signature, because the panel gets a fresh array of the same templates on every database read.
 */
import MiniSearch from 'minisearch';
import type { Template } from '@/lib/schemas/template';

/** Words that appear in nearly every message and reply; matching on them is noise. */
const STOP_WORDS = new Set(
  ('a an and are as at be but by can could do for from have hi hello i if in is it me my of on or our please so that the this ' +
    'to was we were will with would you your thank thanks order regards best dear').split(' '),
);

const CACHE_SIZE = 4;
const cache = new Map<string, MiniSearch>();

/** Liquid tags and variables are markup, not words the customer could have written. */
function visibleWords(body: string): string {
  return body.replace(/\{%[\s\S]*?%\}/g, ' ').replace(/\{\{[\s\S]*?\}\}/g, ' ');
}

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower.length < 3 || STOP_WORDS.has(lower) ? null : lower;
}

function signature(templates: readonly Template[]): string {
  return templates.map((t) => `${t.id}\u0000${t.updatedAt}\u0000${t.title.length}:${t.body.length}:${t.tags.join(',')}`).join('\u0001');
}

function buildIndex(templates: readonly Template[]): MiniSearch {
  const index = new MiniSearch<{ id: number; title: string; body: string; tags: string }>({
    fields: ['title', 'body', 'tags'],
    processTerm,
    searchOptions: { boost: { title: 2 }, fuzzy: 0.2, prefix: true, combineWith: 'OR' },
  });
  // Positions, not template ids, key the documents: a pack may (wrongly) repeat an id.
  index.addAll(templates.map((t, i) => ({ id: i, title: t.title, body: visibleWords(t.body), tags: t.tags.join(' ') })));
  return index;
}

export function templateIndex(templates: readonly Template[]): MiniSearch {
  const key = signature(templates);
  let index = cache.get(key);
  if (!index) {
    index = buildIndex(templates);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
    cache.set(key, index);
  }
  return index;
}

/** Similarity of each template (by position) to the query, scaled so the best match is 1. */
export function textSimilarity(templates: readonly Template[], query: string): Float64Array {
  const scores = new Float64Array(templates.length);
  if (!query.trim() || templates.length === 0) return scores;
  const results = templateIndex(templates).search(query);
  const best = results[0]?.score ?? 0;
  if (best <= 0) return scores;
  for (const result of results) scores[result.id as number] = result.score / best;
  return scores;
}
