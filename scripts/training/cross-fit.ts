/**
 * Out-of-fold readings of the hand-written examples: the examples are split into folds (by a
 * hash of their text, so a fold never depends on file order), a model is trained without each
 * fold (Bitext and the other folds, the shipped recipe: seed-averaged) and reads that fold's examples as
 * whole messages. These are readings by a model that was neither trained nor tuned on the text:
 * the honest ground for the confidence's temperature, and a cross-validated accuracy.
 */
import type { CalibrationSample } from '@/lib/suggest/calibration';
import { classifyWith } from '@/lib/suggest/classify';
import type { TrainingExample } from '@/lib/suggest/train';
import { HANDWRITTEN } from './corpus';
import { trainShippedRecipe } from './seed-average';

export const CROSS_FIT_FOLDS = 3;

/** FNV-1a of the text: a stable fold for each example. */
export function foldOf(text: string, folds = CROSS_FIT_FOLDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

export function outOfFoldSamples(bitext: TrainingExample[], folds = CROSS_FIT_FOLDS): CalibrationSample[] {
  const samples: CalibrationSample[] = [];
  for (let k = 0; k < folds; k++) {
    const model = { ...trainShippedRecipe(bitext, (e) => foldOf(e.text, folds) !== k), temperature: 1 };
    const apart = [...new Map(HANDWRITTEN.filter((e) => foldOf(e.text, folds) === k).map((e) => [e.text, e])).values()];
    for (const example of apart) samples.push({ ranking: classifyWith(model, example.text).ranking, expected: example.intent });
  }
  return samples;
}
