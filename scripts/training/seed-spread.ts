/**
 * `npx tsx scripts/training/seed-spread.ts [--runs 5] [--members 1] [--first SEED] [--l2 X]`:
 * how much one retraining moves each real-style set when only the seed changes. Trains `runs`
 * models, each the average of `members` seeds (seed-average.ts; 1 = a plain training), all seeds
 * distinct, reads every set with each as shipped (int8 round trip) and prints top-1 and recall per
 * run, then mean, min and max per set. Held-out sets are measured in aggregate only.
 * Run 1 with --members 5 (SHIPPED_MEMBERS) and the default first seed is the shipped model;
 * with --members 1, the single model shipped before the averaging.
 */
import { parseArgs } from 'node:util';
import { deserializeModel, serializeModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS } from '@/lib/suggest/train';
import { DEV_SETS } from '../eval/real-mail-dev-summary';
import { REAL_MAIL_SETS, realMailTallies } from '../eval/real-mail';
import { loadBitext } from './corpus';
import { memberSeeds, trainSeedAveraged } from './seed-average';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    members: { type: 'string', default: '1' },
    first: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.seed) },
    l2: { type: 'string', default: String(DEFAULT_TRAIN_OPTIONS.l2) },
  },
});
const runs = Number(values.runs);
const members = Number(values.members);
const options = { ...DEFAULT_TRAIN_OPTIONS, l2: Number(values.l2) };
const seeds = memberSeeds(Number(values.first), runs * members);

const devPaths = new Set<string>(DEV_SETS.map(([, path]) => path));
/** "held-out 9 (tuned on)": held-out 7–10 are tuned on now, so the label says so. */
const shortName = (set: string) => {
  const name = set.replace(/^real-style /, '').replace(/ \(.*$/, '');
  return name.startsWith('held-out') && devPaths.has(REAL_MAIL_SETS[set as keyof typeof REAL_MAIL_SETS]) ? `${name} (tuned on)` : name;
};
const pct = (part: number, whole: number) => (100 * part) / whole;
const fmt = (x: number) => x.toFixed(1);

interface Reading {
  top1: number;
  recall: number;
}
const readings = new Map<string, Reading[]>();
const bitext = loadBitext();
for (let run = 0; run < runs; run++) {
  const started = Date.now();
  const runSeeds = seeds.slice(run * members, (run + 1) * members);
  const trained = trainSeedAveraged(bitext, options, runSeeds);
  // Read as shipped: the int8 file form, not the float weights.
  const model = deserializeModel(serializeModel(trained, 'seed-spread'));
  const line: string[] = [];
  for (const [set, path] of Object.entries(REAL_MAIL_SETS)) {
    const all = realMailTallies(model, path).get('all')!;
    const reading = { top1: pct(all.top1, all.messages), recall: pct(all.recalled, all.labelled) };
    (readings.get(set) ?? readings.set(set, []).get(set)!).push(reading);
    line.push(`${shortName(set)} ${fmt(reading.top1)}/${fmt(reading.recall)}`);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`run ${run + 1} (seeds ${runSeeds.join(', ')}; ${seconds} s): ${line.join(' · ')}`);
}

const stats = (xs: number[]) => ({ mean: xs.reduce((a, b) => a + b, 0) / xs.length, min: Math.min(...xs), max: Math.max(...xs) });
const show = (xs: number[]) => {
  const s = stats(xs);
  return `${fmt(s.mean)} [${fmt(s.min)}–${fmt(s.max)}]`;
};
console.log(`\nper set over ${runs} runs of ${members} member(s), l2 ${options.l2}: top-1 mean [min–max] · recall mean [min–max]`);
for (const [set, list] of readings) {
  console.log(`${shortName(set)}: top-1 ${show(list.map((r) => r.top1))} · recall ${show(list.map((r) => r.recall))}`);
}
/** Per run, the unweighted mean over a group of sets: the figure a recipe choice is made on. */
const groupMean = (keep: (path: string) => boolean, pick: (r: Reading) => number) => {
  const chosen = Object.entries(REAL_MAIL_SETS).filter(([, path]) => keep(path));
  return Array.from({ length: runs }, (_, run) => chosen.reduce((sum, [set]) => sum + pick(readings.get(set)![run]!), 0) / chosen.length);
};
const heldOut = (path: string) => !devPaths.has(path);
const dev = (path: string) => devPaths.has(path);
console.log(`held-out 1–6 mean: top-1 ${show(groupMean(heldOut, (r) => r.top1))} · recall ${show(groupMean(heldOut, (r) => r.recall))}`);
console.log(`dev sets mean: top-1 ${show(groupMean(dev, (r) => r.top1))} · recall ${show(groupMean(dev, (r) => r.recall))}`);
