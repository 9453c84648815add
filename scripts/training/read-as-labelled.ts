/**
 * The real-mail rows the candidate recipe trains on (not shipped: README, sessions 21 and 22):
 * every labelled request of the tuned-on sets except those whose label the span's own words do
 * not carry (real-mail-requests.ts).
 * The judge is one member of the recipe without any real mail, trained here on the same Bitext
 * rows, so the rows depend neither on whichever model file is shipped nor on a model that has
 * already learnt the spans.
 */
import { readWhole } from '@/lib/suggest/classify';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, trainIntentModel } from '@/lib/suggest/train';
import { buildCorpus } from './corpus';
import { realMailRequests, type SpanInMail, TUNED_ON_SETS } from './real-mail-requests';

/**
 * Whether a span is trained on, by the judge's reading of it:
 * - read as its label: its words carry it;
 * - read as another intent: its label came from the mail around it ("I want that money back
 *   please" labelled `payment_issue` after "I was charged twice"), left out;
 * - read as nothing: words the judge does not know yet ("¿Podríais retenerlo hasta el 8 de
 *   enero?", "ご連絡は私…のこのアドレスまでお願いいたします。") — the very spans the recipe is there
 *   to teach, kept (session 21 left them out, and its model grew surer of what the judge already
 *   read — praise before a fault as `feedback` — and never learnt those asks), unless what the mail
 *   told before the span, or the span read with the clause before it, reads as its label: then
 *   the label is the story's ("Can you check?" after "I was charged twice", "¿Me podés mandar
 *   otro?" after the breakage), and taught alone such asks become sure of an intent they do not
 *   name ("send me another" as `wrong_item`), so the classifier no longer reads them with the
 *   problem told before them (clause-rules.ts, lead-request.ts).
 */
export function keepsSpanBy(judge: LinearModel): (span: SpanInMail) => boolean {
  const readsAs = (text: string | undefined, intent: string) => text !== undefined && readWhole(judge, text).intent === intent;
  return ({ text, intent, withBefore, toldBefore }) => {
    const alone = readWhole(judge, text).intent;
    if (alone === intent) return true;
    if (alone !== 'other') return false;
    return !readsAs(withBefore, intent) && !readsAs(toldBefore, intent);
  };
}

/** Per Bitext array: every member and fold of one run builds its corpus from the same rows, judged once. */
const judged = new WeakMap<TrainingExample[], TrainingExample[]>();

export function realMailReadAsLabelled(bitext: TrainingExample[]): TrainingExample[] {
  const known = judged.get(bitext);
  if (known) return known;
  const judge = trainIntentModel(buildCorpus(bitext, DEFAULT_TRAIN_OPTIONS.seed, undefined, { realMail: [] }), DEFAULT_TRAIN_OPTIONS);
  const rows = realMailRequests(TUNED_ON_SETS, undefined, keepsSpanBy(judge));
  judged.set(bitext, rows);
  return rows;
}
