/**
 * The real-mail rows as the candidate recipe trains on them: every labelled request of the tuned-on
 * sets, a bare ask read with the clause before it (real-mail-requests.ts). Whether an ask names
 * something is what the classifier's rule asks of it (requests.ts, clause-rules.ts): does a model
 * read it alone as a request at the asking floor? The judge is one member of the recipe without any
 * real mail, trained here, so the rows do not depend on whichever model file is shipped.
 */
import { readWhole } from '@/lib/suggest/classify';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { MIN_ASKING_CONFIDENCE } from '@/lib/suggest/requests';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, trainIntentModel } from '@/lib/suggest/train';
import { buildCorpus } from './corpus';
import { realMailRequests, TUNED_ON_SETS } from './real-mail-requests';

/** Whether the model, reading the text alone, finds a request in it (the rule's own test). */
export function namesSomethingTo(model: LinearModel): (text: string) => boolean {
  return (text) => {
    const reading = readWhole(model, text);
    return reading.intent !== 'other' && reading.confidence >= MIN_ASKING_CONFIDENCE;
  };
}

/** Per Bitext array: every member and fold of one run builds its corpus from the same rows, judged once. */
const judged = new WeakMap<TrainingExample[], TrainingExample[]>();

export function realMailAskedInContext(bitext: TrainingExample[]): TrainingExample[] {
  const known = judged.get(bitext);
  if (known) return known;
  const judge = trainIntentModel(buildCorpus(bitext, DEFAULT_TRAIN_OPTIONS.seed, undefined, { realMail: [] }), DEFAULT_TRAIN_OPTIONS);
  const rows = realMailRequests(TUNED_ON_SETS, undefined, namesSomethingTo(judge));
  judged.set(bitext, rows);
  return rows;
}
