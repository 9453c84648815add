/**
 * `npx tsx scripts/training/cv-confusion.ts`: the commonest confusions of the out-of-fold
 * readings (cross-fit.ts: each hand-written example read by a model trained without its fold),
 * by language guess — where the model, not the splitter, goes wrong. Never reads a held-out set.
 */
import { guessLanguage } from './guess-language';
import { classifyWith } from '@/lib/suggest/classify';
import { DEFAULT_TRAIN_OPTIONS, trainIntentModel } from '@/lib/suggest/train';
import { buildCorpus, HANDWRITTEN, loadBitext } from './corpus';
import { CROSS_FIT_FOLDS, foldOf } from './cross-fit';

const bitext = loadBitext();
const pairs = new Map<string, number>();
const byLanguage = new Map<string, { right: number; read: number }>();
for (let k = 0; k < CROSS_FIT_FOLDS; k++) {
  const model = trainIntentModel(
    buildCorpus(bitext, DEFAULT_TRAIN_OPTIONS.seed, (e) => foldOf(e.text) !== k),
    DEFAULT_TRAIN_OPTIONS,
  );
  const apart = [...new Map(HANDWRITTEN.filter((e) => foldOf(e.text) === k).map((e) => [e.text, e])).values()];
  for (const example of apart) {
    const got = classifyWith(model, example.text).intent;
    const language = guessLanguage(example.text);
    const tally = byLanguage.get(language) ?? byLanguage.set(language, { right: 0, read: 0 }).get(language)!;
    tally.read++;
    tally.right += Number(got === example.intent);
    if (got !== example.intent) {
      const key = `${language} ${example.intent} → ${got}`;
      pairs.set(key, (pairs.get(key) ?? 0) + 1);
    }
  }
}
for (const [language, t] of byLanguage) console.log(`${language}: ${t.right}/${t.read} (${((100 * t.right) / t.read).toFixed(1)} %)`);
for (const [pair, n] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${n}\t${pair}`);
