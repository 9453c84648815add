/**
 * `npm run eval -- reply-stripping`: stripReply on the two public suites in
 * ../shared/data/email-replies (every check a case carries, as its README defines), and the time
 * on generated ~1 MB emails with long quoted history (median of several runs, worst shape).
 */
import { stripReply } from '@/lib/ticket/strip-reply';
import { LARGE_EMAIL_REPLY, LARGE_EMAILS } from '@/lib/ticket/testing/large-emails';
import { SUITE_NAMES, scoreSuite, suitesRoot } from '@/lib/ticket/testing/reply-suites';
import type { EvalReport, EvalSuite } from './types';

const RUNS = 7;
/** The product budget for one message in the side panel. */
const BUDGET_MS = 100;

type Row = EvalReport['rows'][number];

const pct = (passed: number, total: number) => (total === 0 ? '-' : `${((100 * passed) / total).toFixed(1)} %`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Times one input; also returns whether the reply on top survived (a fast wrong answer does not count). */
function timeLarge(text: string): { ms: number; correct: boolean } {
  const times: number[] = [];
  let reply = '';
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    reply = stripReply(text);
    times.push(performance.now() - started);
  }
  return { ms: median(times), correct: reply.startsWith(LARGE_EMAIL_REPLY) };
}

const replyStripping: EvalSuite = async () => {
  const root = suitesRoot();
  const rows: Row[] = [];
  const notes: string[] = [`Data: ${root}. A case without checks passes (README); "with checks" counts the others.`];
  for (const suite of SUITE_NAMES) {
    const started = performance.now();
    const score = scoreSuite(suite, stripReply, root);
    rows.push({
      input: suite,
      cases: score.cases,
      'with checks': score.checked,
      passed: score.passed,
      'pass rate': pct(score.passed, score.cases),
      'ms (whole suite)': (performance.now() - started).toFixed(1),
    });
    for (const failure of score.failures) notes.push(`${suite} fails ${failure.name}: ${failure.failed.join('; ')}`);
  }

  const timings = Object.entries(LARGE_EMAILS).map(([shape, make]) => ({ shape, ...timeLarge(make()) }));
  const worst = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  const withinBudget = timings.filter((t) => t.correct && t.ms <= BUDGET_MS).length;
  rows.push({
    input: `generated ~1 MB emails (worst: ${worst.shape})`,
    cases: timings.length,
    'with checks': timings.length,
    passed: withinBudget,
    'pass rate': pct(withinBudget, timings.length),
    'ms (whole suite)': `${worst.ms.toFixed(1)} (median of ${RUNS}, worst shape)`,
  });
  for (const t of timings) notes.push(`1 MB ${t.shape}: ${t.ms.toFixed(1)} ms${t.correct ? '' : ' — REPLY LOST'}`);
  notes.push(`A generated email passes when its reply survives and the median is within ${BUDGET_MS} ms.`);
  return { title: 'Reply stripping (stripReply)', rows, notes };
};

export default replyStripping;
