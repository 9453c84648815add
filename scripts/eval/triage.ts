/**
 * `npm run eval -- triage`: agreement of lib/triage's priority with hand labels on
 * tests/fixtures/triage/triage-eval.jsonl (written as real tickets look: greetings, signatures,
 * six languages; each line the CLI's input plus `expected`). The labels apply issue 11's rules as
 * a person reads the message (README "Triage"); the set is kept apart from lib/triage's tests.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { PRIORITIES, PrioritySchema, TriageInputSchema } from '@/lib/triage/schema';
import { triage } from '@/lib/triage/triage';
import type { EvalSuite } from './types';

const SET = 'tests/fixtures/triage/triage-eval.jsonl';
const LabelledSchema = TriageInputSchema.extend({ expected: PrioritySchema });

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

const suite: EvalSuite = async () => {
  const lines = readFileSync(SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  const items = lines.map((line, i) => {
    const parsed = LabelledSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${SET} line ${i + 1}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  });
  const results = items.map(({ expected, ...input }) => ({ expected, predicted: triage(input).priority, text: input.text }));
  const rows: Array<Record<string, string | number>> = PRIORITIES.map((priority) => {
    const labelled = results.filter((r) => r.expected === priority);
    const predicted = results.filter((r) => r.predicted === priority);
    const agreed = labelled.filter((r) => r.predicted === priority).length;
    return {
      priority,
      labelled: labelled.length,
      'agreed (recall)': `${agreed} · ${labelled.length ? pct(agreed / labelled.length) : '—'}`,
      precision: predicted.length ? pct(predicted.filter((r) => r.expected === priority).length / predicted.length) : '—',
    };
  });
  const agreedAll = results.filter((r) => r.expected === r.predicted).length;
  rows.push({
    priority: 'all',
    labelled: results.length,
    'agreed (recall)': `${agreedAll} · ${pct(agreedAll / results.length)}`,
    precision: '',
  });
  const misses = results
    .filter((r) => r.expected !== r.predicted)
    .map((r) => `expected ${r.expected}, got ${r.predicted}: ${r.text.replace(/\s+/g, ' ').slice(0, 70)}…`);
  return { title: `Triage priority agreement (${SET})`, rows, notes: misses };
};

export default suite;
