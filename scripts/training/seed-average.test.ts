import { describe, expect, it } from 'vitest';
import { averageModels } from '@/lib/suggest/average-models';
import { DEFAULT_TRAIN_OPTIONS, trainIntentModel } from '@/lib/suggest/train';
import { buildCorpus } from './corpus';
import { foldOf } from './cross-fit';
import { memberSeeds, trainSeedAveraged } from './seed-average';

// Our own few lines, plus a twentieth of the hand-written corpus (kept small so the test is quick).
const keep = (example: { text: string }) => foldOf(example.text, 20) === 0;
const bitext = [
  { text: 'where is my package, it has not arrived', intent: 'where_is_my_order' as const },
  { text: 'I would like my money back for this order', intent: 'refund' as const },
];
// One epoch over a quarter of the buckets: the arithmetic is the same, the test stays quick.
const options = { ...DEFAULT_TRAIN_OPTIONS, epochs: 1, config: { ...DEFAULT_TRAIN_OPTIONS.config, buckets: 8192 } };

describe('seed-averaged training', () => {
  it('gives each member its own seed, far enough apart that envelope seeds never collide', () => {
    const seeds = memberSeeds(100, 3);
    expect(seeds).toEqual([100, 1100, 2100]);
    const envelopeSeeds = seeds.flatMap((seed) => [seed, seed + 1]);
    expect(new Set(envelopeSeeds).size).toBe(envelopeSeeds.length);
  });

  it('is the mean of members trained each on its own seed, and byte-identical when repeated', () => {
    const seeds = memberSeeds(7, 2);
    const averaged = trainSeedAveraged(bitext, options, seeds, keep);
    // Trained again here, apart: equal bytes also show the training is deterministic.
    const members = seeds.map((seed) => trainIntentModel(buildCorpus(bitext, seed, keep), { ...options, seed }));
    expect(Buffer.from(averageModels(members).weights.buffer).equals(Buffer.from(averaged.weights.buffer))).toBe(true);
    // Two seeds really give two models, so there is something to average.
    expect(Buffer.from(members[0]!.weights.buffer).equals(Buffer.from(members[1]!.weights.buffer))).toBe(false);
  }, 30_000);
});
