/**
 * `npx tsx scripts/train-classifier.ts`: trains the intent model on Bitext (../shared/data) plus
 * the hand-written examples in scripts/training/, fits the confidence's temperature on the dev
 * sets (scripts/training/fit-temperature.ts), and writes lib/suggest/intent-model.json.
 * Deterministic: the same data and code give a byte-identical file.
 */
import { writeFileSync } from 'node:fs';
import { serializeModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS, trainIntentModel } from '@/lib/suggest/train';
import { buildCorpus, loadBitext } from './training/corpus';
import { fittedTemperature } from './training/fit-temperature';

const OUTPUT = 'lib/suggest/intent-model.json';

const bitext = loadBitext();
const corpus = buildCorpus(bitext, DEFAULT_TRAIN_OPTIONS.seed);
const trained = trainIntentModel(corpus, DEFAULT_TRAIN_OPTIONS);
const model = { ...trained, temperature: fittedTemperature(trained) };
const trainedOn = `bitext train.jsonl (${bitext.length} rows) + ${corpus.length - bitext.length} hand-written/enveloped examples`;
const json = JSON.stringify(serializeModel(model, trainedOn));
writeFileSync(OUTPUT, `${json}\n`);
console.log(`${OUTPUT}: ${(json.length / 1024).toFixed(1)} KB, ${corpus.length} training examples, temperature ${model.temperature}`);
