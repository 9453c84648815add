/**
 * The arithmetic of one ranking call (rank.ts): a template's score from its parts, the k-th best
 * score without sorting the library, the reused position buffer and the deterministic order.
 */
import type { RankEntry } from '@/lib/suggest/rank-entry';

export const RANK_WEIGHTS = { text: 0.2, site: 0.3, language: 0.4, state: 0.3, usage: 0.05 } as const;

export type RankParts = Record<keyof typeof RANK_WEIGHTS | 'intent', number>;

export interface RankedTemplate<T extends RankEntry = RankEntry> {
  template: T;
  score: number;
  parts: RankParts;
}

export function scoreOf(parts: RankParts): number {
  const bonus =
    RANK_WEIGHTS.text * Math.max(0, parts.text) +
    RANK_WEIGHTS.site * parts.site +
    RANK_WEIGHTS.language * parts.language +
    RANK_WEIGHTS.state * Math.max(0, parts.state) +
    RANK_WEIGHTS.usage * Math.max(0, parts.usage);
  return parts.intent * (1 + bonus) + RANK_WEIGHTS.state * Math.min(0, parts.state);
}

export function noParts(): RankParts {
  return { intent: 0, text: 0, site: 0, language: 0, state: 0, usage: 0 };
}

/** The k-th largest score (k ≥ 1, ≤ length): a running top k, not a sort of the whole library. */
export function kthLargest(scores: Float64Array, k: number): number {
  const top = new Float64Array(k).fill(-Infinity);
  for (const score of scores) {
    if (score <= top[k - 1]!) continue;
    let at = k - 1;
    for (; at > 0 && top[at - 1]! < score; at--) top[at] = top[at - 1]!;
    top[at] = score;
  }
  return top[k - 1]!;
}

let positionScratch = new Int32Array(0);

/**
 * Positions still in the running, in one buffer reused from call to call (ranking is synchronous
 * and nothing ranks again inside a call): two arrays of 5,000 numbers a call were a third of its garbage.
 */
export function positionBuffer(length: number): Int32Array {
  if (positionScratch.length < length) positionScratch = new Int32Array(Math.max(length, positionScratch.length * 2));
  return positionScratch;
}

/** Best score first; ties by template id, so a ranking is fully deterministic. */
export function byScoreThenId(a: RankedTemplate, b: RankedTemplate): number {
  return b.score - a.score || (a.template.id < b.template.id ? -1 : a.template.id > b.template.id ? 1 : 0);
}
