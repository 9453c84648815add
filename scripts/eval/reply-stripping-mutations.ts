/**
 * `npm run -s eval -- reply-stripping-mutations`: stripping under seeded mutations of the mail.
 * Mail we have not seen differs from our suites in ways a mutation can imitate (./strip-mutations:
 * CRLF, non-breaking and full-width spaces, other quote markers, the attribution line wrapped, the
 * quote's date in another format; HTML re-serialised with other white space, wrappers, attribute
 * order, paragraphs as divs; an HTML mail read as the helpdesk page's text, the signature delimiter
 * written other ways, the attribution by another client in a sibling language). Each mutation is applied to every case that passes unmutated, of every
 * suite with an expected text (mutation-cases.ts), where it changes the input and not the expected
 * text; a row gives how many of those still pass. Seeded (`DESKPILOT_MUTATION_SEED`, default 1);
 * `DESKPILOT_EVAL_VERBOSE=1` lists every case that fails, else the first few per mutation.
 */
import { stripReply } from '@/lib/ticket/strip-reply';
import { seededRandom } from './seeded-random';
import { HTML_MUTATIONS } from './strip-mutations/html-mutations';
import { mutationCases, sameAsExpected } from './strip-mutations/mutation-cases';
import { PAGE_MUTATIONS } from './strip-mutations/page-mutations';
import { TEXT_MUTATIONS } from './strip-mutations/text-mutations';
import type { EvalReport, EvalSuite } from './types';

const SHOWN_FAILURES = 5;
const share = (passed: number, total: number) => (total === 0 ? '–' : `${((100 * passed) / total).toFixed(1)} %`);

function strips(input: string): string {
  try {
    return stripReply(input);
  } catch (error) {
    return `threw ${String(error)}`;
  }
}

const replyStrippingMutations: EvalSuite = async () => {
  const seed = process.env.DESKPILOT_MUTATION_SEED ?? '1';
  const passing = mutationCases().filter((c) => sameAsExpected(c, strips(c.input)));
  const report: EvalReport = { title: `Reply stripping under mutated mail (seed ${seed})`, rows: [], notes: [] };
  for (const mutation of [...TEXT_MUTATIONS, ...HTML_MUTATIONS, ...PAGE_MUTATIONS]) {
    let total = 0;
    let passed = 0;
    let worstMs = 0;
    const failures: string[] = [];
    for (const c of passing) {
      const input = mutation.mutate(c, seededRandom(`${seed}:${mutation.name}:${c.suite}/${c.id}`));
      if (input === undefined || input === c.input) continue;
      total++;
      // CPU time, as the 50 ms budget counts it (wall time also counts other jobs on a shared machine).
      const before = process.cpuUsage();
      const got = strips(input);
      const used = process.cpuUsage(before);
      worstMs = Math.max(worstMs, (used.user + used.system) / 1000);
      if (sameAsExpected(c, got)) passed++;
      else failures.push(`${mutation.name} · ${c.suite}/${c.id}: got ${JSON.stringify(got.slice(0, 140))}`);
    }
    report.rows.push({
      mutation: mutation.name,
      cases: total,
      passed,
      'pass rate': share(passed, total),
      'worst ms (CPU)': worstMs.toFixed(1),
    });
    report.notes!.push(...(process.env.DESKPILOT_EVAL_VERBOSE ? failures : failures.slice(0, SHOWN_FAILURES)));
  }
  report.notes!.unshift(`${passing.length} passing cases with an expected text (own sets, public suites, npm package suites).`);
  return report;
};

export default replyStrippingMutations;
