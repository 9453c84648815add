/**
 * The real-mail rows as the candidate recipe trains on them (not shipped: README, session 21):
 * every labelled request of the tuned-on sets whose span reads as its labelled intent alone; the
 * others are left out (real-mail-requests.ts).
 * The judge of "reads as" is one member of the recipe without any real mail, trained here on the
 * same Bitext rows, so the rows depend neither on whichever model file is shipped nor on a model
 * that has already learnt the spans.
 */
import { readWhole } from '@/lib/suggest/classify';
import type { Intent } from '@/lib/schemas/intent';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, trainIntentModel } from '@/lib/suggest/train';
import { buildCorpus } from './corpus';
import { realMailRequests, TUNED_ON_SETS } from './real-mail-requests';

/**
 * Whether the model, reading the span alone, ranks its labelled intent first. A span it reads as
 * another intent or as nothing names no object or situation of its label by itself: "Can you
 * check?" after "I was charged twice" is a payment problem only with that sentence.
 */
export function readsAsLabelledTo(model: LinearModel): (span: string, intent: Intent) => boolean {
  return (span, intent) => readWhole(model, span).intent === intent;
}

/** Per Bitext array: every member and fold of one run builds its corpus from the same rows, judged once. */
const judged = new WeakMap<TrainingExample[], TrainingExample[]>();

export function realMailReadAsLabelled(bitext: TrainingExample[]): TrainingExample[] {
  const known = judged.get(bitext);
  if (known) return known;
  const judge = trainIntentModel(buildCorpus(bitext, DEFAULT_TRAIN_OPTIONS.seed, undefined, { realMail: [] }), DEFAULT_TRAIN_OPTIONS);
  const rows = realMailRequests(TUNED_ON_SETS, undefined, readsAsLabelledTo(judge));
  judged.set(bitext, rows);
  return rows;
}
