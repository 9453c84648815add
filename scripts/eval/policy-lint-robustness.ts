/**
 * The lint against the seller's usual tricks: every violating reply of every lint set with the phrase the lint finds
 * in it (the whole reply when it finds none) rewritten by each trick of policy-lint-tricks.ts, and every clean reply
 * rewritten whole. A variant is caught when the lint still finds what it found in the reply as written (any finding
 * when it found none); emoji found in the emoji trick's variants are the trick's own and do not count, unless the reply
 * as written had some. A trick that
 * changes nothing (full-width Latin in a Japanese sentence) makes no variant.
 */
import { lintReply } from '@/lib/suggest/policy-lint';
import type { PolicyCode } from '@/lib/suggest/policy-lint-types';
import { POLICY_SETS, readReplies } from './policy-lint-replies';
import { seededRandom } from './seeded-random';
import { applyTrick, TRICKS, type Trick } from './policy-lint-tricks';
import type { EvalReport } from './types';

/** How many misses and false alarms each trick names in the notes. */
const SHOWN = 12;

const codesOf = (text: string, ignored: PolicyCode | null) =>
  new Set(
    lintReply(text, 'amazon-seller-central')
      .violations.map((v) => v.code)
      .filter((code) => code !== ignored),
  );

type Tally = { violating: number; caught: number; clean: number; flagged: number; missed: string[]; alarms: string[] };

export function policyLintTrickReport(): EvalReport {
  const tallies = new Map<Trick, Tally>(TRICKS.map((t) => [t, { violating: 0, caught: 0, clean: 0, flagged: 0, missed: [], alarms: [] }]));
  for (const { path } of POLICY_SETS) {
    const file =
      path
        .split('/')
        .at(-1)
        ?.replace(/^amazon-replies-|\.jsonl$/g, '') ?? path;
    readReplies(path).forEach((line, index) => {
      const found = lintReply(line.text, 'amazon-seller-central').violations;
      const words = found.filter((v) => v.code !== 'emoji');
      const span = line.violates && words[0] ? words[0] : { start: 0, end: line.text.length };
      const hadEmoji = found.length > words.length;
      for (const trick of TRICKS) {
        const variant = applyTrick(line.text, span.start, span.end, trick, seededRandom(`${path}:${index}:${trick}`));
        if (variant === line.text) continue;
        const tally = tallies.get(trick) as Tally;
        const codes = codesOf(variant, trick === 'emoji between words' && !hadEmoji ? 'emoji' : null);
        const name = `${file}#${index + 1}`;
        if (line.violates) {
          const caught = found.length > 0 ? found.some((v) => codes.has(v.code)) : codes.size > 0;
          Object.assign(tally, { violating: tally.violating + 1, caught: tally.caught + Number(caught) });
          if (!caught) tally.missed.push(name);
        } else {
          Object.assign(tally, { clean: tally.clean + 1, flagged: tally.flagged + Number(codes.size > 0) });
          if (codes.size > 0) tally.alarms.push(name);
        }
      }
    });
  }
  const list = (names: string[]) =>
    `${names.slice(0, SHOWN).join(', ') || 'none'}${names.length > SHOWN ? ` and ${names.length - SHOWN} more` : ''}`;
  return {
    title: "Amazon policy lint against the seller's tricks (every lint set, seeded variants)",
    rows: [...tallies].map(([trick, t]) => ({
      trick,
      'violating caught': `${t.caught} of ${t.violating}`,
      'clean flagged (false alarms)': `${t.flagged} of ${t.clean}`,
    })),
    notes: [...tallies].map(([trick, t]) => `${trick}: missed ${list(t.missed)}; flagged ${list(t.alarms)}`),
  };
}
