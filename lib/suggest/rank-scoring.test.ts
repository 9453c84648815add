import { describe, expect, it } from 'vitest';
import { byScoreThenId, kthLargest, noParts, positionBuffer, RANK_WEIGHTS, type RankedTemplate, scoreOf } from '@/lib/suggest/rank-scoring';

const ranked = (id: string, score: number) => ({ template: { id }, score, parts: noParts() }) as unknown as RankedTemplate;

describe('rank scoring', () => {
  it('multiplies the intent by the bonuses, so a wrong intent cannot climb on them', () => {
    const allBonuses = { intent: 0, text: 1, site: 1, language: 1, state: 1, usage: 1 };
    expect(scoreOf(allBonuses)).toBe(0);
    expect(scoreOf({ ...noParts(), intent: 0.5, language: 1 })).toBeCloseTo(0.5 * (1 + RANK_WEIGHTS.language));
  });

  it('takes a wrong order state off the score, beside the intent', () => {
    expect(scoreOf({ ...noParts(), intent: 0.5, state: -1 })).toBeCloseTo(0.5 - RANK_WEIGHTS.state);
  });

  it('finds the k-th largest score without sorting', () => {
    const scores = Float64Array.from([0.3, 0.9, 0.1, 0.9, 0.5]);
    expect(kthLargest(scores, 1)).toBe(0.9);
    expect(kthLargest(scores, 2)).toBe(0.9);
    expect(kthLargest(scores, 3)).toBe(0.5);
    expect(kthLargest(scores, 5)).toBe(0.1);
  });

  it('orders by score, then by template id', () => {
    const list = [ranked('b', 0.4), ranked('c', 0.9), ranked('a', 0.4)];
    expect(list.sort(byScoreThenId).map((r) => r.template.id)).toEqual(['c', 'a', 'b']);
  });

  it('reuses one position buffer, grown when a library is bigger', () => {
    const small = positionBuffer(4);
    expect(positionBuffer(2)).toBe(small);
    expect(positionBuffer(small.length + 1).length).toBeGreaterThan(small.length);
  });
});
