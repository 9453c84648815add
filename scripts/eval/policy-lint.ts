/**
 * The Amazon policy lint on reply sets apart from the rules' unit tests (printed by `npm run eval -- intent`, or
 * alone, in seconds, by `npx tsx scripts/eval/policy-lint.ts`): replies that break the
 * messaging rules in paraphrase (review requests without the word "review", incentives,
 * cross-selling, "[Important]" on a thank-you) and clean replies, in six languages.
 * The sets, in the order printed, with how each was written and whether it was tuned on: policy-lint-sets.json.
 */
import { lintReply } from '@/lib/suggest/policy-lint';
import { printReport } from '../table';
import { POLICY_SETS, readReplies } from './policy-lint-replies';
import { policyLintTrickReport } from './policy-lint-robustness';
import type { EvalReport } from './types';

export function policyLintReport(): EvalReport {
  const parts = POLICY_SETS.map(({ set, path }) => policyLintRows(set, path));
  return {
    title: 'Amazon policy lint on reply sets apart from its tests',
    rows: parts.flatMap((p) => p.rows),
    notes: parts.map((p) => p.note),
  };
}

function policyLintRows(set: string, path: string): { rows: EvalReport['rows']; note: string } {
  const lines = readReplies(path);
  const flagged = (text: string) => lintReply(text, 'amazon-seller-central').violations.length > 0;
  const groups = new Map<string, { violating: number; caught: number; clean: number; falseAlarms: number }>();
  const missed: string[] = [];
  for (const line of lines) {
    for (const key of ['all', line.language]) {
      const g = groups.get(key) ?? groups.set(key, { violating: 0, caught: 0, clean: 0, falseAlarms: 0 }).get(key)!;
      const hit = flagged(line.text);
      if (line.violates) Object.assign(g, { violating: g.violating + 1, caught: g.caught + Number(hit) });
      else Object.assign(g, { clean: g.clean + 1, falseAlarms: g.falseAlarms + Number(hit) });
      if (key === 'all' && line.violates && !hit) missed.push(`${line.language}/${line.kind}`);
    }
  }
  return {
    rows: [...groups].map(([language, g]) => ({
      set,
      language,
      'violating caught': `${g.caught} of ${g.violating}`,
      'clean flagged (false alarms)': `${g.falseAlarms} of ${g.clean}`,
    })),
    note: `${path}: missed ${missed.join(', ') || 'none'}`,
  };
}

if (process.argv[1]?.endsWith('policy-lint.ts')) {
  printReport(policyLintReport());
  printReport(policyLintTrickReport());
}
