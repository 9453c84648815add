/**
 * Text similarity between a customer message and templates, with MiniSearch (BM25 with fuzzy and
 * prefix matching). One index is kept up to date incrementally: when the template list handed in
 * is a new array (a fresh database read), only templates added, removed or changed since are
 * added to, discarded from or replaced in the index; the same array again costs nothing. Its
 * `revision` counts those changes and stands for the library's content: nothing is re-signed or
 * rebuilt per call. The query is bounded by query-terms.ts whatever the message.
 */
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Template } from '@/lib/schemas/template';
import { queryTerms, searchTerm, type QueryTerms } from '@/lib/suggest/query-terms';

interface IndexedDocument {
  key: string;
  title: string;
  body: string;
  tags: string;
}

/** Liquid tags and variables are markup, not words the customer could have written. */
function visibleWords(body: string): string {
  return body.replace(/\{%[\s\S]*?%\}/g, ' ').replace(/\{\{[\s\S]*?\}\}/g, ' ');
}

function sameText(a: Template, b: Template): boolean {
  return a.title === b.title && a.body === b.body && a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
}

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

export class TemplateSearch {
  /** The terms of the document being added, caught as MiniSearch processes them (no second tokenizing). */
  private adding: Set<string> | null = null;
  private readonly index = new MiniSearch<IndexedDocument>({
    idField: 'key',
    fields: ['title', 'body', 'tags'],
    processTerm: (word) => {
      const term = searchTerm(word);
      if (term !== null) this.adding?.add(term);
      return term;
    },
    searchOptions: { boost: { title: 2 }, maxFuzzy: 2, combineWith: 'OR', processTerm: searchTerm },
  });
  /** Terms of each indexed document, to count them out when it changes or goes. */
  private readonly termsOf = new Map<string, Set<string>>();
  private readonly indexed = new Map<string, Template>();
  /** How many indexed templates contain each term, kept with the index (a radix tree, for expansions). */
  private readonly documentFrequency = new SearchableMap<number>();
  private list: readonly Template[] | null = null;
  private positions = new Map<string, number>();
  /** Bumped on every change to the indexed templates: the library's content signature. */
  revision = 0;

  /** Brings the index in line with `templates`; returns whether anything changed. */
  sync(templates: readonly Template[]): boolean {
    if (templates === this.list) return false;
    const before = this.revision;
    const positions = new Map<string, number>();
    templates.forEach((template, position) => {
      // A pack may (wrongly) repeat an id: each copy is its own document.
      let key = template.id;
      for (let copy = 2; positions.has(key); copy++) key = `${template.id}\u0000${copy}`;
      positions.set(key, position);
      const known = this.indexed.get(key);
      if (known === template) return;
      this.indexed.set(key, template);
      if (known && sameText(known, template)) return;
      const document = { key, title: template.title, body: visibleWords(template.body), tags: template.tags.join(' ') };
      if (known) this.count(key, -1);
      this.adding = new Set();
      if (known) this.index.replace(document);
      else this.index.add(document);
      this.termsOf.set(key, this.adding);
      this.adding = null;
      this.count(key, 1);
      this.revision++;
    });
    for (const key of this.indexed.keys()) {
      if (positions.has(key)) continue;
      this.index.discard(key);
      this.count(key, -1);
      this.termsOf.delete(key);
      this.indexed.delete(key);
      this.revision++;
    }
    this.list = templates;
    this.positions = positions;
    return this.revision !== before;
  }

  private count(key: string, change: 1 | -1): void {
    const terms = this.termsOf.get(key) ?? new Set<string>();
    for (const term of terms) {
      const next = (this.documentFrequency.get(term) ?? 0) + change;
      if (next > 0) this.documentFrequency.set(term, next);
      else this.documentFrequency.delete(term);
    }
  }

  /** Postings walked by the words `term` expands to (prefix or fuzzy), counted up to `limit`. */
  private expansionCost(term: string, mode: 'prefix' | 'fuzzy', limit: number): number {
    let cost = 0;
    if (mode === 'prefix') {
      for (const [word, df] of this.documentFrequency.atPrefix(term)) {
        if (word !== term) cost += df;
        if (cost > limit) break;
      }
      return cost;
    }
    const distance = fuzziness(term);
    if (!distance) return 0;
    for (const [word, [df]] of this.documentFrequency.fuzzyGet(term, distance)) if (word !== term) cost += df;
    return cost;
  }

  /**
   * Which query terms are searched and how: rarest first, each exactly, then with its prefix and
   * fuzzy expansions while they fit in the budget. A term in over half the library is left out.
   */
  private plan(terms: readonly string[]): Map<string, { prefix: boolean; fuzzy: boolean }> {
    const common = Math.max(2, this.indexed.size * COMMON_SHARE);
    const byRarity = terms.map((term) => ({ term, df: this.documentFrequency.get(term) ?? 0 })).filter(({ df }) => df <= common);
    byRarity.sort((a, b) => a.df - b.df);
    const planned = new Map<string, { prefix: boolean; fuzzy: boolean }>();
    let spent = 0;
    for (const { term, df } of byRarity) {
      if (spent + df > POSTINGS_BUDGET) break;
      spent += df;
      const prefixCost = PREFIX_FROM <= term.length ? this.expansionCost(term, 'prefix', POSTINGS_BUDGET - spent) : Infinity;
      const prefix = spent + prefixCost <= POSTINGS_BUDGET;
      if (prefix) spent += prefixCost;
      const fuzzyCost = fuzziness(term) ? this.expansionCost(term, 'fuzzy', POSTINGS_BUDGET - spent) : Infinity;
      const fuzzy = spent + fuzzyCost <= POSTINGS_BUDGET;
      if (fuzzy) spent += fuzzyCost;
      planned.set(term, { prefix, fuzzy });
    }
    return planned;
  }

  /** Similarity of each template (by position in `templates`) to the query, best match = 1. */
  similarity(templates: readonly Template[], query: QueryTerms): Float64Array {
    const scores = new Float64Array(templates.length);
    if (query.terms.length === 0 || templates.length === 0) return scores;
    this.sync(templates);
    const planned = this.plan(query.terms);
    if (planned.size === 0) return scores;
    const results = this.index.search([...planned.keys()].join(' '), {
      prefix: (term) => planned.get(term)?.prefix ?? false,
      fuzzy: (term) => (planned.get(term)?.fuzzy ? fuzziness(term) : false), boostTerm: (term) => query.weights.get(term) ?? 1 });
    const best = results[0]?.score ?? 0;
    if (best <= 0) return scores;
    for (const result of results) {
      const position = this.positions.get(result.id as string);
      if (position !== undefined) scores[position] = result.score / best;
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
export function textSimilarity(templates: readonly Template[], message: string): Float64Array {
  return shared.similarity(templates, queryTerms(message));
}
