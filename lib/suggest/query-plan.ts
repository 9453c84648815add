/**
 * Which words of a query the template index walks, and how far each is expanded: a query's cost is
 * the number of postings it walks, bounded here whatever the message. What each term reaches by
 * prefix and fuzzy matching is kept between queries until the library changes.
 */
import type { FieldIndex } from '@/lib/suggest/field-index';
import { type Expansion, fuzzyWeight, prefixWeight } from '@/lib/suggest/term-expansion';
import type { QueryTerms } from '@/lib/suggest/query-terms';

/**
 * Words found in over half the library say nothing about which template fits (their BM25 weight
 * is near zero) and are the costliest: they are left out. The rest are searched rarest first until
 * this many postings are spent.
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

export interface PlannedTerm {
  boost: number;
  expansions: Expansion[];
}

export class QueryPlanner {
  private readonly reachOf = new Map<string, TermReach>();
  private reachRevision = 0;

  /**
   * Which query terms are searched and how: rarest first, each exactly, then with its prefix and
   * fuzzy expansions while they fit in the budget. A term in over half the library is left out.
   * `revision` is the library's: what terms reach is worked out again when it moves.
   */
  plan(index: FieldIndex, revision: number, query: QueryTerms): PlannedTerm[] {
    const common = Math.max(2, index.size * COMMON_SHARE);
    const byRarity = query.terms
      .map((term) => ({ term, entry: index.terms.get(term) }))
      .filter(({ entry }) => (entry?.documents ?? 0) <= common);
    byRarity.sort((a, b) => (a.entry?.documents ?? 0) - (b.entry?.documents ?? 0));
    const planned: PlannedTerm[] = [];
    let spent = 0;
    for (const { term, entry } of byRarity) {
      const df = entry?.documents ?? 0;
      if (spent + df > POSTINGS_BUDGET) break;
      spent += df;
      const expansions: Expansion[] = entry ? [{ entry, weight: 1 }] : [];
      const { prefix, fuzzy } = this.reach(index, revision, term);
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

  /** What `term` reaches by prefix and by fuzzy matching, worked out once per term and library revision. */
  private reach(index: FieldIndex, revision: number, term: string): TermReach {
    if (this.reachRevision !== revision || this.reachOf.size >= REACH_CACHE_SIZE) {
      this.reachOf.clear();
      this.reachRevision = revision;
    }
    let reach = this.reachOf.get(term);
    if (reach) return reach;
    reach = { prefix: null, fuzzy: null };
    if (PREFIX_FROM <= term.length) {
      reach.prefix = { expansions: [], cost: 0 };
      for (const [word, entry] of index.terms.atPrefix(term)) {
        if (word === term) continue;
        reach.prefix.cost += entry.documents;
        reach.prefix.expansions.push({ entry, weight: prefixWeight(word, term) });
      }
    }
    const distance = fuzziness(term);
    if (distance) {
      reach.fuzzy = { all: [], unprefixed: [], cost: 0 };
      for (const [word, [entry, away]] of index.terms.fuzzyGet(term, distance)) {
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
}
