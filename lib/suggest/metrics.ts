/** Classification figures and seeded, stratified splits for the intent eval and tests. */
import { seededRandom, shuffleInPlace } from '@/lib/suggest/train';

export interface IntentScores {
  accuracy: number;
  macroF1: number;
  perIntent: Array<{ intent: string; support: number; accuracy: number; f1: number }>;
}

/** Per-intent "accuracy" is recall: the share of that intent's examples labelled correctly. */
export function scoreIntents(pairs: Array<{ expected: string; predicted: string }>): IntentScores {
  const labels = [...new Set(pairs.map((p) => p.expected))].sort();
  const perIntent = labels.map((intent) => {
    const truePositive = pairs.filter((p) => p.expected === intent && p.predicted === intent).length;
    const support = pairs.filter((p) => p.expected === intent).length;
    const predicted = pairs.filter((p) => p.predicted === intent).length;
    const precision = predicted ? truePositive / predicted : 0;
    const recall = support ? truePositive / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, support, accuracy: recall, f1 };
  });
  const correct = pairs.filter((p) => p.expected === p.predicted).length;
  return {
    accuracy: pairs.length ? correct / pairs.length : 0,
    macroF1: perIntent.length ? perIntent.reduce((sum, row) => sum + row.f1, 0) / perIntent.length : 0,
    perIntent,
  };
}

/** Assigns every item to one of k folds, each stratum spread evenly over the folds. */
export function stratifiedFolds<T>(items: T[], stratum: (item: T) => string, k: number, seed: number): number[] {
  const random = seededRandom(seed);
  const byStratum = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = stratum(item);
    byStratum.set(key, [...(byStratum.get(key) ?? []), i]);
  });
  const fold = new Array<number>(items.length).fill(0);
  for (const key of [...byStratum.keys()].sort()) {
    shuffleInPlace(byStratum.get(key)!, random).forEach((index, position) => {
      fold[index] = position % k;
    });
  }
  return fold;
}

/** A seeded, stratified hold-out split: about `testShare` of each stratum goes to test. */
export function stratifiedSplit<T>(items: T[], stratum: (item: T) => string, testShare: number, seed: number) {
  const k = Math.round(1 / testShare);
  const fold = stratifiedFolds(items, stratum, k, seed);
  return {
    train: items.filter((_, i) => fold[i] !== 0),
    test: items.filter((_, i) => fold[i] === 0),
  };
}
