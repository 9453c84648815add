/**
 * The Amazon policy lint on held-out replies (tests/fixtures/policy-lint/amazon-replies-heldout.jsonl):
 * replies that break the messaging rules in paraphrase (review requests without the word
 * "review", incentives, cross-selling, "[Important]" on a thank-you) and clean replies, in six
 * languages. Written apart from the rules' unit tests and never tuned on.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { lintReply } from '@/lib/suggest/policy-lint';
import type { EvalReport } from './types';

const SET = 'tests/fixtures/policy-lint/amazon-replies-heldout.jsonl';

const ReplyLineSchema = z.object({ language: z.string(), violates: z.boolean(), kind: z.string().optional(), text: z.string().min(1) });

export function policyLintReport(path = SET): EvalReport {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    const parsed = ReplyLineSchema.safeParse(JSON.parse(l));
    if (!parsed.success) throw new Error(`${path} line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
  });
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
    title: 'Amazon policy lint on held-out replies',
    rows: [...groups].map(([language, g]) => ({
      language,
      'violating caught': `${g.caught} of ${g.violating}`,
      'clean flagged (false alarms)': `${g.falseAlarms} of ${g.clean}`,
    })),
    notes: [`${SET}: written apart from lib/suggest/policy-lint.test.ts, never tuned on; missed: ${missed.join(', ') || 'none'}`],
  };
}
