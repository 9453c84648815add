import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INTENTS } from '@/lib/schemas/template';
import { classifyIntent, classifyWith } from '@/lib/suggest/classify';
import { parseLabelledSet } from '@/lib/suggest/labelled-set';
import { stratifiedSplit } from '@/lib/suggest/metrics';
import { DEFAULT_TRAIN_OPTIONS, trainIntentModel } from '@/lib/suggest/train';
import { buildCorpus, loadBitext } from '../../scripts/training/corpus';
import { describeWithCorpus } from '@/lib/testing/describe-with-corpus';

const accuracyOf = (items: Array<{ text: string; intent: string }>, classify: (text: string) => string) =>
  items.filter((item) => classify(item.text) === item.intent).length / items.length;

describe('classifyIntent (shipped model)', () => {
  it('returns every intent once, best first, scores summing to 1', () => {
    const result = classifyIntent('Hi, my parcel arrived but the mug inside was smashed. Order #1047. Thanks, Anna');
    expect(result.intent).toBe('damaged_item');
    expect(result.confidence).toBe(result.ranking[0]!.score);
    expect(result.ranking.map((r) => r.intent).sort()).toEqual([...INTENTS].sort());
    expect(result.ranking.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 9);
    for (let i = 1; i < result.ranking.length; i++) expect(result.ranking[i - 1]!.score).toBeGreaterThanOrEqual(result.ranking[i]!.score);
  });

  it('answers "other" with a flat distribution when there is nothing to read', () => {
    const result = classifyIntent('   \n ');
    expect(result.intent).toBe('other');
    expect(result.confidence).toBeCloseTo(1 / INTENTS.length, 9);
  });

  it('reads German, Spanish, French and Korean requests', () => {
    expect(classifyIntent('Ich möchte meine Bestellung stornieren.').intent).toBe('cancel_order');
    expect(classifyIntent('¿Dónde está mi paquete?').intent).toBe('where_is_my_order');
    expect(classifyIntent('Je voudrais être remboursé.').intent).toBe('refund');
    expect(classifyIntent('비밀번호를 잊어버렸어요.').intent).toBe('account');
  });

  // Floors are the figures measured by `npm run eval -- intent` minus a small margin.
  it('keeps its accuracy on the own email-style and multilingual eval sets', () => {
    const email = parseLabelledSet(readFileSync('tests/fixtures/intent/email-eval.jsonl', 'utf8'), 'email');
    const fresh = parseLabelledSet(readFileSync('tests/fixtures/intent/email-eval-fresh.jsonl', 'utf8'), 'fresh');
    const multilingual = parseLabelledSet(readFileSync('tests/fixtures/intent/multilingual-eval.jsonl', 'utf8'), 'multilingual');
    expect(accuracyOf(email, (t) => classifyIntent(t).intent)).toBeGreaterThanOrEqual(0.74); // measured 78.1 %
    expect(accuracyOf(fresh, (t) => classifyIntent(t).intent)).toBeGreaterThanOrEqual(0.73); // measured 78.6 % (42 messages: one is 2.4 points)
    expect(accuracyOf(multilingual, (t) => classifyIntent(t).intent)).toBeGreaterThanOrEqual(0.7); // measured 75.0 %
  });

  // The budget is the load (≤ 1 s in the panel; `npm run bench -- intent-model-chromium`), not the
  // bytes: 32,768 buckets (the fifth pass) make a ~0.9 MB file, decoded in a Chromium page in ~0.2 s.
  it('ships a model of at most 1.5 MB that classifies a message in well under 2 ms', () => {
    expect(statSync('lib/suggest/intent-model.json').size).toBeLessThanOrEqual(1.5 * 1024 * 1024);
    const text = 'Hello,\n\nI ordered the oak table (order #2764) but received the walnut one. Can you help?\n\nCheers, Finn';
    for (let i = 0; i < 50; i++) classifyIntent(text);
    // CPU time, not the wall clock: on a loaded machine the wait for a core is not the work.
    const start = process.cpuUsage();
    for (let i = 0; i < 500; i++) classifyIntent(`${text} ${i}`);
    const spent = process.cpuUsage(start);
    expect((spent.user + spent.system) / 1000 / 500).toBeLessThan(2);
  });
});

describeWithCorpus('bitext', 'training', () => {
  const bitext = loadBitext();

  it('reaches the measured accuracy on a seeded, stratified Bitext hold-out', () => {
    const { train, test } = stratifiedSplit(bitext, (row) => row.bitextIntent, 0.2, 11);
    const model = trainIntentModel(buildCorpus(train, 1), DEFAULT_TRAIN_OPTIONS);
    expect(accuracyOf(test, (t) => classifyWith(model, t).intent)).toBeGreaterThanOrEqual(0.985); // measured 99.6 %
    // Training on ~10 000 examples takes 5-20 s on a 2-core machine, 69 s once (2026-12-06) with eight
    // other jobs beside it: the limit is for a hung training, not for speed (bench measures speed).
  }, 180_000);

  it('is deterministic: the same data gives the same weights', () => {
    const sample = bitext.filter((_, i) => i % 10 === 0);
    const options = { ...DEFAULT_TRAIN_OPTIONS, epochs: 2 };
    const a = trainIntentModel(sample, options);
    const b = trainIntentModel(sample, options);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
  });
});
