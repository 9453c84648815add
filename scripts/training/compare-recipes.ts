/**
 * `npx tsx scripts/training/compare-recipes.ts [recipe…]`: measures training recipes the way the
 * fifth pass chose between them — 3-fold cross-validation over the hand-written examples (each
 * read whole by a model trained without its fold) and top-1 / recall on the dev sets 1–5 by a
 * model trained on everything. Never reads a held-out set. Prints one JSON line per recipe.
 */
import { classifyWith } from '@/lib/suggest/classify';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, type TrainOptions, trainIntentModel } from '@/lib/suggest/train';
import { DEV_SETS } from '../eval/real-mail-dev-summary';
import { realMailTallies } from '../eval/real-mail';
import { inRealMail } from './augment';
import { buildCorpus, HANDWRITTEN, HANDWRITTEN_CLAUSES, HANDWRITTEN_ENGLISH, HANDWRITTEN_OTHER_LANGUAGES, loadBitext } from './corpus';
import { CROSS_FIT_FOLDS, foldOf } from './cross-fit';
import { loadExamples } from './load-examples';

interface Recipe {
  options: TrainOptions;
  /** Trained on the same corpus with other features; its probabilities are averaged in. */
  companion?: TrainOptions;
  corpus?: typeof buildCorpus;
}

const base = DEFAULT_TRAIN_OPTIONS;
const withConfig = (config: Partial<TrainOptions['config']>, rest: Partial<TrainOptions> = {}): TrainOptions => ({
  ...base,
  ...rest,
  config: { ...base.config, ...config },
});

/** The shipped corpus plus every hand-written request (not the stories) once more, inside a real-looking mail. */
const augmented =
  (copies: number): typeof buildCorpus =>
  (bitext, seed, keep = () => true) => {
    const requests = [...HANDWRITTEN_ENGLISH, ...HANDWRITTEN_OTHER_LANGUAGES, ...HANDWRITTEN_CLAUSES].filter(keep);
    const mails = Array.from({ length: copies }, (_, i) => inRealMail(requests, seed + 10 + i)).flat();
    return [...buildCorpus(bitext, seed, keep), ...mails];
  };

/** The corpus as the fifth pass left it: the sixth pass's files trained on by no model, still read by cross-validation. */
const SIXTH_PASS = new Set(loadExamples(['sixth-pass-clauses', 'sixth-pass-stories']).map((e) => e.text));
const withoutSixthPass: typeof buildCorpus = (bitext, seed, keep = () => true) =>
  buildCorpus(bitext, seed, (e) => keep(e) && !SIXTH_PASS.has(e.text));

/** The hand-written non-English examples once more per epoch than the shipped recipe (the sixth pass measured 4 against 3, and kept 4). */
const oneMoreRepeat: typeof buildCorpus = (bitext, seed, keep = () => true) => [
  ...buildCorpus(bitext, seed, keep),
  ...[...HANDWRITTEN_OTHER_LANGUAGES, ...HANDWRITTEN_CLAUSES].filter(keep),
];

export const RECIPES: Record<string, Recipe> = {
  /** One member of the shipped model (which averages SHIPPED_MEMBERS seeds: seed-average.ts). */
  shipped: { options: base },
  buckets32k: { options: withConfig({ buckets: 32768 }) },
  buckets64k: { options: withConfig({ buckets: 65536 }) },
  balanced: { options: withConfig({}, { classBalance: 1 }) },
  unbalanced: { options: withConfig({}, { classBalance: 0.3 }) },
  wordsPlusChars: { options: withConfig({ blocks: 'words' }), companion: withConfig({ blocks: 'chars' }) },
  wordsPlusChars32k: {
    options: withConfig({ blocks: 'words', buckets: 32768 }),
    companion: withConfig({ blocks: 'chars', buckets: 32768 }),
  },
  augmented: { options: base, corpus: augmented(1) },
  augmented2: { options: base, corpus: augmented(2) },
  buckets32kPlusChars: { options: withConfig({ buckets: 32768 }), companion: withConfig({ blocks: 'chars', buckets: 32768 }) },
  buckets32kAugmented: { options: withConfig({ buckets: 32768 }), corpus: augmented(1) },
  buckets32kRepeatOnceMore: { options: withConfig({ buckets: 32768 }), corpus: oneMoreRepeat },
  buckets32kFifthData: { options: withConfig({ buckets: 32768 }), corpus: withoutSixthPass },
  shippedPlusChars: { options: base, companion: withConfig({ blocks: 'chars' }) },
};

function train(recipe: Recipe, corpus: TrainingExample[]): LinearModel {
  const model = trainIntentModel(corpus, recipe.options);
  return recipe.companion ? { ...model, companion: trainIntentModel(corpus, recipe.companion) } : model;
}

function measure(name: string, recipe: Recipe, bitext: TrainingExample[]): Record<string, unknown> {
  const build = recipe.corpus ?? buildCorpus;
  const started = Date.now();
  let right = 0;
  let read = 0;
  for (let k = 0; k < CROSS_FIT_FOLDS; k++) {
    const model = train(
      recipe,
      build(bitext, base.seed, (e) => foldOf(e.text) !== k),
    );
    const apart = [...new Map(HANDWRITTEN.filter((e) => foldOf(e.text) === k).map((e) => [e.text, e])).values()];
    for (const e of apart) right += Number(classifyWith(model, e.text).intent === e.intent);
    read += apart.length;
  }
  const model = train(recipe, build(bitext, base.seed));
  const dev: Record<string, string> = {};
  let devRight = 0;
  let devMails = 0;
  let devRecalled = 0;
  let devLabelled = 0;
  for (const [set, path] of DEV_SETS) {
    const all = realMailTallies(model, path).get('all')!;
    dev[set.slice(10, 20)] = `${all.top1}/${all.messages} r${all.recalled}/${all.labelled}`;
    devRight += all.top1;
    devMails += all.messages;
    devRecalled += all.recalled;
    devLabelled += all.labelled;
  }
  const pct = (a: number, b: number) => Number(((100 * a) / b).toFixed(2));
  return {
    recipe: name,
    cvTop1: pct(right, read),
    cvRead: read,
    devTop1: pct(devRight, devMails),
    devRecall: pct(devRecalled, devLabelled),
    ...dev,
    seconds: Math.round((Date.now() - started) / 1000),
  };
}

const names = process.argv.slice(2);
const bitext = loadBitext();
for (const name of names.length ? names : Object.keys(RECIPES)) {
  const recipe = RECIPES[name];
  if (!recipe) {
    console.error(`compare-recipes: no recipe "${name}"; known: ${Object.keys(RECIPES).join(', ')}`);
    process.exit(2);
  }
  console.log(JSON.stringify(measure(name, recipe, bitext)));
}
