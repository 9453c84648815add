/**
 * `npx tsx scripts/training/cross-set.ts [--members 1] [--repeats 3] [--split alternate|older] [--context]`:
 * does training on the labelled requests of real mail (real-mail-requests.ts) help mail by an
 * author the model never read? The tuned-on sets are split by set, not by mail (a set is one
 * author's voice): a model trained on the corpus with the requests of sets A reads sets B, and the
 * corpus without any real-mail request, trained in the same run on the same seeds, reads them too,
 * so the difference is the requests' alone. `--context` adds the mails' other clauses as `other`. `alternate` splits the sets odd/even and runs both directions;
 * `older` trains on the sets before held-out 13 and reads 13 on (the way new mail arrives).
 * Held-out 1–6 (never tuned on) are read by every model in aggregate only.
 */
import { parseArgs } from 'node:util';
import { averageModels } from '@/lib/suggest/average-models';
import { deserializeModel, type LinearModel, serializeModel } from '@/lib/suggest/linear-model';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, trainIntentModel } from '@/lib/suggest/train';
import { realMailTallies } from '../eval/real-mail';
import { buildCorpus, loadBitext, REAL_MAIL_REPEATS } from './corpus';
import { realMailContext, realMailRequests, setPath, TUNED_ON_SETS } from './real-mail-requests';
import { memberSeeds } from './seed-average';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '1' },
    repeats: { type: 'string', default: String(REAL_MAIL_REPEATS) },
    split: { type: 'string', default: 'alternate' },
    context: { type: 'boolean', default: false },
  },
});
const members = Number(values.members);
const repeats = Number(values.repeats);
const GUARDS = ['real-mail-heldout', ...Array.from({ length: 5 }, (_, i) => `real-mail-heldout-${i + 2}`)];

function splits(kind: string): Array<{ train: string[]; read: string[] }> {
  if (kind === 'older') {
    const cut = TUNED_ON_SETS.indexOf('real-mail-heldout-13');
    return [{ train: TUNED_ON_SETS.slice(0, cut), read: TUNED_ON_SETS.slice(cut) }];
  }
  const odd = TUNED_ON_SETS.filter((_, i) => i % 2 === 1);
  const even = TUNED_ON_SETS.filter((_, i) => i % 2 === 0);
  return [
    { train: even, read: odd },
    { train: odd, read: even },
  ];
}

/** Seed-averaged like the shipped model, read as shipped (the int8 file form). */
function train(bitext: TrainingExample[], extra: TrainingExample[], context: TrainingExample[] = []): LinearModel {
  const trained = memberSeeds(DEFAULT_TRAIN_OPTIONS.seed, members).map((seed) =>
    trainIntentModel([...buildCorpus(bitext, seed, undefined, { realMail: extra, realMailRepeats: repeats }), ...context], {
      ...DEFAULT_TRAIN_OPTIONS,
      seed,
    }),
  );
  return deserializeModel(serializeModel(averageModels(trained), 'cross-set'));
}

interface Sum {
  mails: number;
  top1: number;
  requests: number;
  recalled: number;
}
function read(model: LinearModel, names: readonly string[], perSet: (name: string, s: Sum) => void = () => {}): Sum {
  const total: Sum = { mails: 0, top1: 0, requests: 0, recalled: 0 };
  for (const name of names) {
    const all = realMailTallies(model, setPath(name)).get('all')!;
    const s = { mails: all.messages, top1: all.top1, requests: all.labelled, recalled: all.recalled };
    perSet(name, s);
    total.mails += s.mails;
    total.top1 += s.top1;
    total.requests += s.requests;
    total.recalled += s.recalled;
  }
  return total;
}
const pct = (part: number, whole: number) => ((100 * part) / whole).toFixed(1);
const show = (s: Sum) =>
  `top-1 ${pct(s.top1, s.mails)} % (${s.top1}/${s.mails}) · recall ${pct(s.recalled, s.requests)} % (${s.recalled}/${s.requests})`;

const started = Date.now();
const bitext = loadBitext();
const base = train(bitext, []);
console.log(
  `members ${members}, repeats ${repeats}, split ${values.split}, context ${values.context}; base trained in ${Math.round((Date.now() - started) / 1000)} s`,
);
console.log(`held-out 1–6 (never tuned on), base: ${show(read(base, GUARDS))}`);
for (const { train: trainSets, read: readSets } of splits(values.split)) {
  const requests = realMailRequests(trainSets);
  const context = values.context ? realMailContext(trainSets) : [];
  const model = train(bitext, requests, context);
  console.log(`\ntrained on ${requests.length} requests and ${context.length} context clauses of ${trainSets.join(', ')}`);
  const baseSums = new Map<string, Sum>();
  const baseTotal = read(base, readSets, (name, s) => baseSums.set(name, s));
  const total = read(model, readSets, (name, s) => {
    const b = baseSums.get(name)!;
    console.log(`  ${name}: top-1 ${b.top1} → ${s.top1} of ${s.mails} · recall ${b.recalled} → ${s.recalled} of ${s.requests}`);
  });
  console.log(`  unseen sets, base:    ${show(baseTotal)}`);
  console.log(`  unseen sets, trained: ${show(total)}`);
  console.log(`  held-out 1–6, trained: ${show(read(model, GUARDS))}`);
}
console.log(`\n${Math.round((Date.now() - started) / 1000)} s`);
