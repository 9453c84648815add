/**
 * The Amazon policy lint's time per reply, as the panel runs it before every insert and on every
 * suggestion card: the first reply in a fresh process (the word lists compile on import and on
 * their first match) and the median and p95 of later replies, over the dev reply sets
 * (tests/fixtures/policy-lint/*dev*.jsonl; the held-out sets are read only by the eval) and over
 * the starter pack's templates (what a new install's panel lints). Targets are judged on CPU time,
 * as ranking's are: on a shared machine the wall clock, printed beside it, mostly measures the
 * wait for a core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { z } from 'zod';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { type Bench, type BenchResult, loadNote, median, percentile, timed } from './types';

const DIR = 'tests/fixtures/policy-lint';
/** Per reply, after the first: well inside the panel's 20 ms per message budget for reading a ticket. */
const TARGET_MS = 5;
/** The first lint in a fresh panel, word lists compiled. */
const FIRST_TARGET_MS = 1000;

const Reply = z.object({ text: z.string().min(1) });

function devReplies(): string[] {
  return readdirSync(DIR)
    .filter((name) => name.includes('-dev') && name.endsWith('.jsonl'))
    .flatMap((name) =>
      readFileSync(`${DIR}/${name}`, 'utf8')
        .split('\n')
        .filter((line) => line.trim()),
    )
    .map((line) => Reply.parse(JSON.parse(line)).text);
}

type Lint = (text: string) => unknown;

/** Five rounds over the texts: the median and p95 per reply, CPU beside wall clock. */
function perReply(lint: Lint, texts: readonly string[], what: string): BenchResult {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const text of texts) {
      const { wall, cpu } = timed(() => lint(text));
      walls.push(wall);
      cpus.push(cpu);
    }
  }
  return {
    name: `policy lint per reply (${texts.length} ${what} × 5, ${loadNote()})`,
    value: `CPU median ${median(cpus).toFixed(2)} ms, p95 ${percentile(cpus, 0.95).toFixed(2)} ms (wall median ${median(walls).toFixed(2)} ms, p95 ${percentile(walls, 0.95).toFixed(2)} ms)`,
    target: `CPU median ≤ ${TARGET_MS} ms`,
    where: 'Node',
    met: median(cpus) <= TARGET_MS,
  };
}

const bench: Bench = async () => {
  const replies = devReplies();
  const templates = STARTER_PACK.templates.map((template) => template.body);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const { lintReply } = await import('@/lib/suggest/policy-lint');
  // Split: under tsx the import also transpiles the modules, which a built panel does not; the lint itself compiles
  // each pattern at its first use.
  const imported = process.cpuUsage(cpuBefore);
  lintReply(replies[0]!, 'amazon-seller-central');
  const first = performance.now() - start;
  const firstCpu = process.cpuUsage(cpuBefore);
  const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  const firstCpuMs = cpuMs(firstCpu);
  const lint: Lint = (text) => lintReply(text, 'amazon-seller-central');
  return [
    {
      name: `policy lint, first reply in a fresh process (import + word lists compiled), ${loadNote()}`,
      value: `CPU ${firstCpuMs.toFixed(0)} ms: import ${cpuMs(imported).toFixed(0)} ms + first lint ${(firstCpuMs - cpuMs(imported)).toFixed(0)} ms (wall ${first.toFixed(0)} ms)`,
      target: `CPU ≤ ${FIRST_TARGET_MS} ms`,
      where: 'Node',
      met: firstCpuMs <= FIRST_TARGET_MS,
    },
    perReply(lint, replies, 'dev replies'),
    perReply(lint, templates, 'starter templates'),
  ];
};

export default bench;
