/**
 * `npm run eval -- reply-stripping`: stripReply on the two public suites in
 * ../shared/data/email-replies (every check a case carries, as its README defines), on our own
 * sets (lib/ticket/testing/reply-sets, each split plain text / HTML; what each set is, its first
 * run and whether it is tuned on: reply-stripping-set-notes.json), and the time on generated large
 * emails, plain and HTML (reply-stripping-timing: median of several runs; every one must stay
 * within the budget).
 */
import { stripReply } from '@/lib/ticket/strip-reply';
import { scoreReplySet } from '@/lib/ticket/testing/reply-set-score';
import { REPLY_SET_NAMES, loadReplySet } from '@/lib/ticket/testing/reply-sets';
import { SUITE_NAMES, scoreSuite, suitesRoot } from '@/lib/ticket/testing/reply-suites';
import { SET_NOTES } from './reply-stripping-set-notes';
import { largeEmailTimings } from './reply-stripping-timing';
import type { EvalReport, EvalSuite } from './types';

type Row = EvalReport['rows'][number];

const pct = (passed: number, total: number) => (total === 0 ? '-' : `${((100 * passed) / total).toFixed(1)} %`);

function publicSuiteRows(notes: string[]): Row[] {
  return SUITE_NAMES.map((suite) => {
    const started = performance.now();
    const score = scoreSuite(suite, stripReply);
    for (const failure of score.failures) notes.push(`${suite} fails ${failure.name}: ${failure.failed.join('; ')}`);
    return {
      input: `${suite} (public; tuned on)`,
      cases: score.cases,
      passed: score.passed,
      'pass rate': pct(score.passed, score.cases),
      'ms (whole set)': (performance.now() - started).toFixed(1),
    };
  });
}

function ownSetRows(notes: string[]): Row[] {
  return REPLY_SET_NAMES.flatMap((name) =>
    (['text', 'html'] as const).map((format) => {
      const cases = loadReplySet(name).filter((c) => c.format === format);
      const started = performance.now();
      const score = scoreReplySet(cases, (c) => stripReply(c.input));
      for (const failure of score.failures)
        notes.push(`${name}/${format} fails ${failure.id}: got ${JSON.stringify(failure.got.slice(0, 160))}`);
      return {
        input: `${name} ${format === 'html' ? 'HTML' : 'plain'} (${SET_NOTES[name]})`,
        cases: score.cases,
        passed: score.passed,
        'pass rate': pct(score.passed, score.cases),
        'ms (whole set)': (performance.now() - started).toFixed(1),
      };
    }),
  );
}

const replyStripping: EvalSuite = async () => {
  const notes: string[] = [
    `Public suites: ${suitesRoot()} (a case without checks passes, README). Own sets: readable lines compared (trimmed, blank lines ignored).`,
  ];
  const rows = [...publicSuiteRows(notes), ...ownSetRows(notes)];
  const timing = largeEmailTimings();
  rows.push(timing.row);
  notes.push(...timing.notes);
  return { title: 'Reply stripping (stripReply)', rows, notes };
};

export default replyStripping;
