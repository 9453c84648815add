/**
 * The Amazon policy lint's time per reply, as the panel runs it before every insert: the first
 * reply in a fresh process (the word lists compile on import and on their first match) and the
 * median and p95 of later replies, over the dev reply sets (tests/fixtures/policy-lint/*dev*.jsonl;
 * the held-out sets are read only by the eval). CPU time beside the wall clock, which on a shared
 * machine also counts waiting for a core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { type Bench, loadNote, median, percentile, timed } from './types';

const DIR = 'tests/fixtures/policy-lint';
/** Per reply, after the first: well inside the panel's 20 ms per message budget for reading a ticket. */
const TARGET_MS = 5;
/** The first lint in a fresh panel, word lists compiled. */
const FIRST_TARGET_MS = 1000;

const Reply = z.object({ text: z.string().min(1) });

const bench: Bench = async () => {
  const texts = readdirSync(DIR)
    .filter((name) => name.includes('-dev') && name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(`${DIR}/${name}`, 'utf8')
        .split('\n')
        .filter((line) => line.trim()),
    )
    .map((line) => Reply.parse(JSON.parse(line)).text);
  const start = performance.now();
  const { lintReply } = await import('@/lib/suggest/policy-lint');
  lintReply(texts[0]!, 'amazon-seller-central');
  const first = performance.now() - start;
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const text of texts) {
      const { wall, cpu } = timed(() => lintReply(text, 'amazon-seller-central'));
      walls.push(wall);
      cpus.push(cpu);
    }
  }
  const note = `${texts.length} dev replies × 5, ${loadNote()}`;
  return [
    {
      name: `policy lint, first reply in a fresh process (import + word lists compiled), ${loadNote()}`,
      value: `${first.toFixed(0)} ms`,
      target: `≤ ${FIRST_TARGET_MS} ms`,
      where: 'Node',
      met: first <= FIRST_TARGET_MS,
    },
    {
      name: `policy lint per reply (${note})`,
      value: `median ${median(walls).toFixed(2)} ms (CPU ${median(cpus).toFixed(2)} ms), p95 ${percentile(walls, 0.95).toFixed(2)} ms`,
      target: `median ≤ ${TARGET_MS} ms`,
      where: 'Node',
      met: median(walls) <= TARGET_MS,
    },
  ];
};

export default bench;
