import { describe, expect, it } from 'vitest';
import { scoreIntents, stratifiedFolds, stratifiedSplit } from '@/lib/suggest/metrics';

describe('scoreIntents', () => {
  it('computes accuracy, per-intent recall and macro-F1', () => {
    const scores = scoreIntents([
      { expected: 'a', predicted: 'a' },
      { expected: 'a', predicted: 'b' },
      { expected: 'b', predicted: 'b' },
      { expected: 'b', predicted: 'b' },
    ]);
    expect(scores.accuracy).toBe(0.75);
    // a: precision 1, recall 0.5 → F1 2/3; b: precision 2/3, recall 1 → F1 0.8
    expect(scores.perIntent.map((r) => [r.intent, r.accuracy])).toEqual([
      ['a', 0.5],
      ['b', 1],
    ]);
    expect(scores.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 12);
  });
});

describe('stratified splits', () => {
  const items = Array.from({ length: 100 }, (_, i) => ({ id: i, label: i < 80 ? 'big' : 'small' }));

  it('spreads every stratum evenly over the folds, reproducibly', () => {
    const folds = stratifiedFolds(items, (x) => x.label, 5, 3);
    for (let k = 0; k < 5; k++) {
      expect(items.filter((x, i) => folds[i] === k && x.label === 'big')).toHaveLength(16);
      expect(items.filter((x, i) => folds[i] === k && x.label === 'small')).toHaveLength(4);
    }
    expect(stratifiedFolds(items, (x) => x.label, 5, 3)).toEqual(folds);
    expect(stratifiedFolds(items, (x) => x.label, 5, 4)).not.toEqual(folds);
  });

  it('holds out the asked share without overlap', () => {
    const { train, test } = stratifiedSplit(items, (x) => x.label, 0.2, 9);
    expect(test).toHaveLength(20);
    expect(train).toHaveLength(80);
    expect(new Set([...train, ...test].map((x) => x.id)).size).toBe(100);
  });
});
