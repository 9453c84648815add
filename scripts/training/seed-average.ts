/**
 * Trains the shipped recipe once per seed and averages the members (lib/suggest/average-models.ts).
 * A seed decides the shuffle order and which Bitext rows get which envelope (corpus.ts); each
 * member gets its own, so the mean keeps what the data says and loses what one seed said.
 */
import { averageModels } from '@/lib/suggest/average-models';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, type TrainOptions, trainIntentModel } from '@/lib/suggest/train';
import { realMailReadAsLabelled } from './read-as-labelled';
import { buildCorpus, type CorpusOptions } from './corpus';

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
  corpusOptions: CorpusOptions = {},
): LinearModel {
  const members = seeds.map((seed) => trainIntentModel(buildCorpus(bitext, seed, keep, corpusOptions), { ...options, seed }));
  return averageModels(members);
}

/**
 * Members in the shipped model: chosen by seed-spread.ts (README, "Detecting the request"). Five
 * cost five trainings' time and leave the file and the reading time as one.
 */
export const SHIPPED_MEMBERS = 5;

/**
 * The shipped recipe: the mean of SHIPPED_MEMBERS trainings, the first on the default seed, each
 * also trained on the labelled requests of the tuned-on real mail (read-as-labelled.ts).
 */
export function trainShippedRecipe(bitext: TrainingExample[], keep?: (example: TrainingExample) => boolean): LinearModel {
  const seeds = memberSeeds(DEFAULT_TRAIN_OPTIONS.seed, SHIPPED_MEMBERS);
  return trainSeedAveraged(bitext, DEFAULT_TRAIN_OPTIONS, seeds, keep, { realMail: realMailReadAsLabelled(bitext) });
}
