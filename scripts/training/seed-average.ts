/**
 * Trains the shipped recipe once per seed and averages the members (lib/suggest/average-models.ts).
 * A seed decides the shuffle order and which Bitext rows get which envelope (corpus.ts); each
 * member gets its own, so the mean keeps what the data says and loses what one seed said.
 */
import { averageModels } from '@/lib/suggest/average-models';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, type TrainOptions, trainIntentModel } from '@/lib/suggest/train';
import { buildCorpus } from './corpus';

/** Apart enough that no member's envelope seed (seed, seed + 1) is another member's. */
const SEED_STEP = 1000;

export function memberSeeds(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i * SEED_STEP);
}

export function trainSeedAveraged(
  bitext: TrainingExample[],
  options: TrainOptions,
  seeds: readonly number[],
  keep?: (example: TrainingExample) => boolean,
): LinearModel {
  const members = seeds.map((seed) => trainIntentModel(buildCorpus(bitext, seed, keep), { ...options, seed }));
  return averageModels(members);
}

/**
 * Members in the shipped model: chosen by seed-spread.ts (README, "Detecting the request"). Five
 * cost five trainings' time and leave the file and the reading time as one.
 */
export const SHIPPED_MEMBERS = 5;

/** The shipped recipe: the mean of SHIPPED_MEMBERS trainings, the first on the default seed. */
export function trainShippedRecipe(bitext: TrainingExample[], keep?: (example: TrainingExample) => boolean): LinearModel {
  return trainSeedAveraged(bitext, DEFAULT_TRAIN_OPTIONS, memberSeeds(DEFAULT_TRAIN_OPTIONS.seed, SHIPPED_MEMBERS), keep);
}
