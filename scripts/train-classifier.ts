/**
 * `npx tsx scripts/train-classifier.ts`: trains the intent model on Bitext (../shared/data) plus
 * the hand-written examples in scripts/training/ — the mean of SHIPPED_MEMBERS trainings with their
 * own seeds (scripts/training/seed-average.ts) — fits the confidence's temperature on out-of-fold
 * readings of the hand-written examples (scripts/training/fit-temperature.ts: three more averaged
 * models), and writes lib/suggest/intent-model.json. 20 trainings: 3–4 minutes unloaded.
 * Deterministic: the same data and code give a byte-identical file.
 */
import { writeFileSync } from 'node:fs';
import { serializeModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS } from '@/lib/suggest/train';
import { buildCorpus, loadBitext } from './training/corpus';
import { fitOutOfFold } from './training/fit-temperature';
import { SHIPPED_MEMBERS, trainShippedRecipe } from './training/seed-average';

/** An optional first argument writes elsewhere, to compare a candidate with the shipped file. */
const OUTPUT = process.argv[2] ?? 'lib/suggest/intent-model.json';

const bitext = loadBitext();
const corpus = buildCorpus(bitext, DEFAULT_TRAIN_OPTIONS.seed);
const trained = trainShippedRecipe(bitext);
const fit = fitOutOfFold(bitext);
const model = { ...trained, temperature: fit.temperature };
const trainedOn = `bitext train.jsonl (${bitext.length} rows) + ${corpus.length - bitext.length} hand-written/enveloped examples; mean of ${SHIPPED_MEMBERS} seeds`;
const json = JSON.stringify(serializeModel(model, trainedOn));
writeFileSync(OUTPUT, `${json}\n`);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log(`${OUTPUT}: ${(json.length / 1024).toFixed(1)} KB, ${corpus.length} training examples, temperature ${model.temperature}`);
console.log(
  `out-of-fold (${fit.samples} hand-written examples): top-1 ${pct(fit.accuracy)}, ECE ${pct(fit.eceRaw)} raw → ${pct(fit.eceFitted)} at the fit ${fit.fitted}; shipped ${fit.temperature}`,
);
