/**
 * `npm run eval -- reply-stripping`: stripReply on the two public suites in
 * ../shared/data/email-replies (every check a case carries, as its README defines), on our own
 * sets (lib/ticket/testing/reply-sets: `tuning`, tuned on; `heldout`, written before the stripper
 * changed; `blind`, written last, its first-run failures then fixed; `blind-3`, a third evaluator's, its classes fixed since (tuned on); `blind-4`, a fourth evaluator's, its non-convention classes fixed since (tuned on); `blind-5`, a fifth evaluator's, its non-convention classes fixed in session 8 round 2 (tuned on since); `blind-6`, a sixth evaluator's, its non-convention classes fixed in session 9 (tuned on since); `classes-6`, our own case per class of it; `blind-7`, a seventh evaluator's, its non-convention classes fixed in session 10 (tuned on since); `classes-7`, our own case per class of it; `blind-8`, an eighth evaluator's, its classes fixed in session 11 (tuned on since); `classes-8`, our own case per class of it; `blind-9`, a ninth evaluator's, its classes fixed in session 12 (tuned on since); `classes-9`, our own case per class of it; `blind-10`, a tenth evaluator's, its classes fixed in session 13 (tuned on since; first run 37/43); `classes-10`, our own case per class of it; `blind-11`, an eleventh evaluator's, its classes fixed in session 14 (tuned on since; first run 46/49); `classes-11`, our own case per class of it; `blind-12`, a twelfth evaluator's, its classes fixed in session 15 (tuned on since; first run 44/53); `classes-12`, our own case per class of it; `blind-13`, a thirteenth evaluator's, its classes fixed in session 16 (tuned on since; first run 50/53); `classes-13`, our own case per class of it; `blind-14`, a fourteenth evaluator's, six of its classes fixed in session 17 (tuned on since; first run 42/52); `classes-14`, our own case per class of it; `blind-15`, a fifteenth evaluator's, its classes fixed in session 18 (tuned on since; first run 44/53); `classes-15`, our own case per class of it; `blind-15`, a fifteenth evaluator's, unseen (first run 44/53); `blind-16`, a sixteenth evaluator's, unseen (first run 31/54); `blind-17`, a seventeenth evaluator's, unseen (first run 40/53); `blind-18`, an eighteenth evaluator's, unseen (first run 41/52); `blind-19`, a nineteenth evaluator's, its classes fixed in session 22 (tuned on since; first run 32/52); `classes-19`, our own case per class of it; `blind-20`, a twentieth evaluator's, unseen (first run 26/52);
 * each split plain text / HTML), and the time on generated large
 * emails, plain and HTML (median of several runs; every one must stay within the budget).
 */
import { stripReply } from '@/lib/ticket/strip-reply';
import { LARGE_EMAIL_REPLY, LARGE_EMAILS, LARGE_HTML_EMAILS } from '@/lib/ticket/testing/large-emails';
import { REPLY_SET_NAMES, loadReplySet, readableLines, scoreReplySet } from '@/lib/ticket/testing/reply-sets';
import { SUITE_NAMES, scoreSuite, suitesRoot } from '@/lib/ticket/testing/reply-suites';
import type { EvalReport, EvalSuite } from './types';

const RUNS = 7;
/** Runs before timing, so the figure is the stripper's and not the JIT compiler's. */
const WARM_UP_RUNS = 2;
/** The budget for one message, whatever its size (issue 10). */
const BUDGET_MS = 50;
const SET_NOTES: Record<(typeof REPLY_SET_NAMES)[number], string> = {
  tuning: 'ours, tuned on',
  heldout: 'ours, written before the changes',
  blind: 'ours, written last; first run 21/24 plain, 10/12 HTML, then fixed',
  'blind-languages': 'ours, 2026-12-04 fixture written before running it; first run 14/16 plain, 8/8 HTML, then fixed',
  'suite-classes': "ours, 2026-12-05: one case per failure class of other projects' suites; tuned on (old stripper: 4/37)",
  'classes-3': 'ours, 2026-12-05: one case per failure class of blind set 3, our own words; tuned on',
  'classes-4':
    'ours, 2026-12-05: one case per failure class of blind sets 4 and 5 and a name the quote greets, our own words; tuned on (the stripper before: 3/13, then the blind-5 classes 0/9)',
  'blind-3':
    'ours, 2026-12-05 fixture by a third evaluator, committed before running it; first run 13/22 plain, 8/12 HTML (main at f8d8faa); its classes fixed 2026-12-05, tuned on since',
  'blind-4':
    'ours, 2026-12-05 fixture by a fourth evaluator, committed before running it (e4790d4); first run 21/26 plain, 8/11 HTML (main at 1edf88b); its non-convention classes fixed 2026-12-05, tuned on since',
  'blind-5':
    'ours, 2026-12-05 fixture by a fifth evaluator, committed before running it (0bf6616); first run 17/26 plain, 10/15 HTML (main at 7d54fd9); its non-convention classes fixed in session 8 round 2, tuned on since',
  'blind-6':
    "ours, 2026-12-05 fixture by a sixth evaluator, committed before running it; first run 14/28 plain, 10/12 HTML (main at b841b64, and the same after session 9's first stripping pass); its non-convention classes fixed in session 9, tuned on since",
  'blind-7':
    'ours, 2026-12-05 fixture by a seventh evaluator, committed before running it (98c74a6); first run 18/27 plain, 9/15 HTML (main at 8f47ac1); its non-convention classes fixed in session 10, tuned on since',
  'blind-8':
    'ours, 2026-12-05 fixture by an eighth evaluator, committed before running it (9ecbb7b); first run 12/25 plain, 9/18 HTML (main at 73024b7); its classes fixed in session 11, tuned on since',
  'blind-9':
    'ours, 2026-12-06 fixture by a ninth evaluator, committed before running it (07e3d47); first run 25/28 plain, 15/17 HTML (main at 7e6aac1); its classes fixed in session 12, tuned on since',
  'blind-10':
    'ours, 2026-12-06 fixture by a tenth evaluator, committed before running it (1a70ee3); first run 23/29 plain, 14/14 HTML (main at 91a3706); its classes fixed in session 13, tuned on from session 13 (first run 37/43)',
  'blind-11':
    'ours, 2026-12-06 fixture by an eleventh evaluator, committed before running it (f5cc631); first run 29/31 plain, 17/18 HTML (main at 119a918); its classes fixed in session 14, tuned on from session 14 (first run 46/49)',
  'blind-12':
    'ours, 2026-12-06 fixture by a twelfth evaluator, committed before running it (4e7e038); first run 37/41 plain, 7/12 HTML (main at 255245f); its classes fixed in session 15, tuned on from session 15 (first run 44/53)',
  'blind-13':
    'ours, 2026-12-06 fixture by a thirteenth evaluator, committed before running it (be0537f); first run 41/41 plain, 9/12 HTML (main at 75699e1); its classes fixed in session 16, tuned on from session 16 (first run 50/53)',
  'blind-14':
    'ours, 2026-12-06 fixture by a fourteenth evaluator, committed before running it (8c8cb4d); first run 34/40 plain, 8/12 HTML (main at a1769fb); six of its classes fixed in session 17, tuned on from session 17 (first run 42/52)',
  'blind-15':
    "ours, 2026-12-06 fixture by a fifteenth evaluator, committed before running it (0b4ec8b); first run 34/41 plain, 10/12 HTML (main at 7917829, and the same with issue-10-strip16's speed-ups); its classes fixed in session 18, tuned on from session 18 (first run 44/53)",
  'blind-16':
    "ours, 2026-12-07 fixture by a sixteenth evaluator, committed before running it (07b109e); first run 22/42 plain, 9/12 HTML (main at 8dc6f36, and the same with issue-10-strip17's first changes); its classes fixed in session 19, tuned on from session 19 (first run 31/54)",
  'blind-17':
    "ours, 2026-12-07 fixture by a seventeenth evaluator, committed before running it (2f8452e); first run 29/41 plain, 11/12 HTML (main at 4fa8a9c, and the same with issue-10-strip18's speed-ups); its classes fixed in session 20, tuned on from session 20 (first run 40/53)",
  'blind-18':
    "ours, 2026-12-07 fixture by an eighteenth evaluator, committed before running it (1d8da72, language codes in two letters 1557b02); first run 30/40 plain, 11/12 HTML (main at 678de2f, and the same with issue-10-strip19's speed-ups and splits); its classes fixed in session 21, tuned on from session 21 (first run 41/52)",
  'blind-19':
    "ours, 2026-12-07 fixture by a nineteenth evaluator, committed before running it (f900c05); first run 21/40 plain, 11/12 HTML (main at aafb559, and the same with issue-10-strip20's splits); its classes fixed in session 22, tuned on from session 22 (first run 32/52)",
  'blind-20':
    'ours, 2026-12-07 fixture by a twentieth evaluator, committed before running it (578ae44); first run 19/40 plain, 7/12 HTML (main at 153c139); unseen (first run 26/52)',
  'classes-14':
    "ours, 2026-12-06: one case per fixed failure class of blind set 14 and its neighbours (a quote that opens on the name then a comma in en de ru, a family and given name with '様' greeting a surname, 'Thanks and Regards' over a mobile line, Swedish and Norwegian legal notices, Danish and Norwegian forward intros, a '/<name>' sign-off above a forward, plain and HTML) and cases that must stay, our own words; tuned on (the stripper before: 4/14, 4/12 plain, 0/2 HTML, the four it passed all cases that must stay)",
  'classes-15':
    "ours, 2026-12-06: one case per failure class of blind set 15 and its neighbours (a thanks-closing and name in mn si km am zu xh pa gu lo my kn ml, plain and HTML; localized forward separators in el ru cs fi hu; informal 'Mersi,' closings; a signature over a legal notice in hu cs ro fi, plain and HTML) and cases that must stay, our own words; tuned on (the stripper before: 7/32, 7/28 plain, 0/4 HTML, the seven all cases that must stay or already right)",
  'classes-16':
    "ours, 2026-12-07: one case per class issue-10-strip17 fixed (a full name alone in de sk ru tr; a dashed name the quote greets; thanks-closings in ps lb fo ha so jv sm mi ht tg or ti yo be and 'Ciao'; a Belarusian header block; relay notice lines in en pt ja; a Norwegian forward; a Korean mail app footer; a Dutch legal notice; Zoho's signature block) and cases that must stay, our own words; tuned on (the stripper before: 10/36, the nine that must stay and one neighbour)",
  'classes-17':
    "ours, 2026-12-07: one case per failure class of blind set 17 and its neighbours (closings in rm br fy dv mg and Chinese '此致' / '敬礼', plain and HTML; a relay's notice line under the sign-off, no dashes on it, in fr pl it sk ru vi; a note that announces the forward in sk pl) and cases that must stay, our own words; tuned on (the stripper before: 3/18, 3/17 plain, 0/1 HTML, the three it passed the cases that must stay or be cut)",
  'classes-18':
    "ours, 2026-12-07: one case per failure class of blind set 18 and its neighbours (closings in lb ku ug oc co yi nn ceb and Czech well-wishing ones, plain and HTML; a relay's 'do not reply to this e-mail' notice under the sign-off in en de fr ro; a reply written below the quoted history that opens the mail in ru en de) and a case that must stay, our own words; tuned on (the stripper before: 1/19, 1/17 plain, 0/2 HTML, the one that must stay)",
  'classes-19':
    "ours, 2026-12-07: one case per failure class of blind set 19 and its neighbours (thanks-closings in tw ny tn ts fj eo om ee sn rw gn qu ln lg ig kl sd as to and informal Indonesian, plain and HTML; a relay's 'you have (received) a new message on …' notice under the sign-off and a rule in en de fr es uk ru nl ms pt it pl; an attribution that names the sender before 'wrote on <date> <time>:' in en fr es it pt; GroupWise's '>>> sender date time >>>' header, plain and HTML) and cases that must stay, our own words; tuned on (the stripper before: 5/45, 5/42 plain, 0/3 HTML, the four that must stay and one neighbour)",
  'classes-6':
    'ours, 2026-12-05: one case per failure class of blind set 6 and its neighbour languages, our own words; tuned on (the stripper before: 2/27)',
  'classes-7':
    'ours, 2026-12-05: one case per non-convention failure class of blind set 7, our own words; tuned on (the stripper before: 2/11)',
  'classes-8':
    'ours, 2026-12-05: one case per failure class of blind set 8 and its neighbour languages, our own words; tuned on (the stripper before: 3/22)',
  'classes-9':
    'ours, 2026-12-06: one case per failure class of blind set 9 (typographic dashes, apostrophes and spaces; webmail and phone footers; a name above a footer) and cases that must stay, our own words; tuned on (the stripper before: 9/18, 9/16 plain, 0/2 HTML)',
  'classes-10':
    "ours, 2026-12-06: one case per failure class of blind set 10 and its neighbours (localized 'original message' separators over colon-less headers, closings in pl sv no nl tr ca sk sl ms tl, Samsung, iOS and Horde IMP footers, plain and HTML; the forward marker naming its sender of Horde and mutt) and cases that must stay, our own words; tuned on (the stripper before: 8/27, 6/24 plain, 2/3 HTML)",
  'classes-11':
    "ours, 2026-12-06: one case per failure class of blind set 11 and its neighbours (closings in vi th ru uk cs el hu ro id fi da ar, Outlook's 'Get Outlook for …' footer in those languages, Thai and Malay Outlook header labels, plain and HTML) and cases that must stay, our own words; tuned on (the stripper before: 6/25, 6/22 plain, 0/3 HTML)",
  'classes-12':
    "ours, 2026-12-06: one case per failure class of blind set 12 and its neighbours (closings in pt he and '<greeting> from <place>' in de nl en, a Chinese or Korean name alone, a closing and name on one line above a client's footer, a name above '--' and a footer, a name the full-width '＞' quote greets, plain and HTML) and cases that must stay, our own words; tuned on (the stripper before: 6/25, 6/21 plain, 0/4 HTML, the six it passed all cases that must stay)",
  'classes-13':
    "ours, 2026-12-06: one case per failure class of blind set 13 and its neighbours (a name with its sign-off word in ko ja zh right under a finished sentence, 'Salam,' closing in id ms, bottom-posted HTML replies under Apple Mail's and Airmail's quotes in en de fr, a marked signature opening with '-- ' over a client's footer in de en nl, plain and HTML) and cases that must stay, our own words; tuned on (the stripper before: 10/25, 3/8 plain, 7/17 HTML, the ten it passed all cases that must stay)",
};

type Row = EvalReport['rows'][number];

const pct = (passed: number, total: number) => (total === 0 ? '-' : `${((100 * passed) / total).toFixed(1)} %`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Times one input as CPU time of this process (the budget: on a machine shared with other jobs,
 * wall time also counts their turns) and wall time (shown); also returns whether the reply on top
 * survived (a fast wrong answer does not count).
 */
function timeLarge(text: string): { ms: number; wallMs: number; correct: boolean } {
  const cpu: number[] = [];
  const wall: number[] = [];
  let reply = '';
  for (let run = 0; run < WARM_UP_RUNS; run++) stripReply(text);
  for (let run = 0; run < RUNS; run++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    reply = stripReply(text);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(cpu), wallMs: median(wall), correct: readableLines(reply).startsWith(readableLines(LARGE_EMAIL_REPLY)) };
}

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
  const large = { ...LARGE_EMAILS, ...LARGE_HTML_EMAILS };
  const timings = Object.entries(large).map(([shape, make]) => ({ shape, ...timeLarge(make()) }));
  const worst = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  const withinBudget = timings.filter((t) => t.correct && t.ms <= BUDGET_MS).length;
  rows.push({
    input: `generated large emails, plain and HTML (worst: ${worst.shape})`,
    cases: timings.length,
    passed: withinBudget,
    'pass rate': pct(withinBudget, timings.length),
    'ms (whole set)': `${worst.ms.toFixed(1)} CPU (median of ${RUNS}, worst shape)`,
  });
  for (const t of timings) {
    notes.push(`${t.shape}: ${t.ms.toFixed(1)} ms CPU, ${t.wallMs.toFixed(1)} ms wall${t.correct ? '' : ' — REPLY LOST'}`);
  }
  notes.push(`A generated email passes when its reply survives and its median CPU time is within ${BUDGET_MS} ms.`);
  return { title: 'Reply stripping (stripReply)', rows, notes };
};

export default replyStripping;
