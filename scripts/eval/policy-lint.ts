/**
 * The Amazon policy lint on reply sets apart from the rules' unit tests (printed by `npm run eval -- intent`, or
 * alone, in seconds, by `npx tsx scripts/eval/policy-lint.ts`): replies that break the
 * messaging rules in paraphrase (review requests without the word "review", incentives,
 * cross-selling, "[Important]" on a thank-you) and clean replies, in six languages.
 * - dev: written before the rules were extended, then the rules were written against it;
 * - dev 3: written for the third pass, which was tuned on it;
 * - dev 4: written and committed before the fourth pass, which was then tuned on it;
 * - dev 5: written and committed before the fifth pass (asks without the review words), which was then tuned on it;
 * - dev 6: written and committed before the sixth pass (soft sales pitches, asks without review words), then tuned on;
 * - dev 7: written and committed before the seventh pass (an off-Amazon shop with a code, a pitch after good news), then tuned on;
 * - stress 7: a paraphrase stress set (10 violating, 10 clean per language), written and first measured before the seventh
 *   pass, then tuned on: it says how far the cues generalise, not what an unseen set would score;
 * - held-out: written after the rules were final, never tuned on;
 * - held-out 2: written and first measured before the second pass over the rules, never tuned on;
 * - held-out 3: written and committed before the third pass over the rules, never tuned on;
 * - held-out 4: written by a fourth evaluator who had not read the cue lists, committed before it ran, never tuned on;
 * - held-out 5: written by a fifth evaluator who had not read the cue lists, committed before it ran; first run 17 of 20
 *   caught, tuned on from session 9 (the seventh pass);
 * - held-out 6: written by a sixth evaluator who had not read the cue lists, committed before it ran; first run on main
 *   b841b64 17 of 20 caught and 4 of 20 flagged, after the seventh pass (still unseen) 19 and 3; tuned on from session 9
 *   (the eighth pass);
 * - held-out 7: written by a seventh evaluator who had not read the cue lists or the lint, committed before it ran; first
 *   measured on main 8f47ac1 (17 of 20 caught, 1 of 20 flagged); tuned on from session 10 (the ninth pass);
 * - held-out 8: written by an eighth evaluator who had not read the lint, committed before it ran; first measured on main
 *   73024b7 (16 of 20 caught, 0 of 20 flagged); tuned on from session 11 (the tenth pass);
 * - probe 8: fresh paraphrases of held-out 8's missed classes and clean near-misses, written for the tenth pass and
 *   committed before it (first run 10 of 24 caught, 1 of 20 flagged), then tuned on.
 * - held-out 9: written by a ninth evaluator who had not read the lint's code or cue lists (only, by accident, the header
 *   comments of three cue files), committed before it ran; first measured on main 7e6aac1 (16 of 20 caught, 0 of 20
 *   flagged); tuned on from session 12 (the eleventh pass);
 * - probe 9: fresh paraphrases of held-out 9's missed classes (a review place under the product, a product of ours that
 *   fits what was bought, revisiting what the buyer wrote) and clean near-misses (a compatible part the buyer asked
 *   about, the listing's size chart, an address to adjust), written for the eleventh pass and committed before it
 *   (first run 4 of 20 caught, 0 of 20 flagged), then tuned on.
 * - held-out 10: written by a tenth evaluator who had not read the lint's code or cue lists (only, by accident, the header
 *   comments of two cue files), committed before it ran; first measured on main 91a3706 (18 of 20 caught, 1 of 20
 *   flagged); tuned on from session 13 (the twelfth pass);
 * - probe 10: fresh paraphrases of held-out 10's missed classes (asking to reconsider or take down what the buyer posted,
 *   a product name to type into the store's search) and clean near-misses (the buyer's own question answered, a "no, we
 *   don't sell it", an order number to search for), written for the twelfth pass and committed before it (first run 2 of
 *   19 caught, 2 of 19 flagged), then tuned on.
 * - held-out 11: written by an eleventh evaluator who had not read the lint's code, cue lists or their comments, committed
 *   before it ran; first measured on main 119a918 (17 of 20 caught, 2 of 20 flagged); tuned on from session 14 (the
 *   thirteenth pass);
 * - probe 11: fresh paraphrases of held-out 11's missed classes (a review asked by what it would give other shoppers, a
 *   call to the seller's own number, a popular product of the same range to consider) and clean near-misses (an address
 *   asked for through Amazon messages, a coupon the buyer asked for refused, a manufacturer's line, other buyers' fix),
 *   written for the thirteenth pass and committed before it (first run 5 of 17 caught, 0 of 17 flagged), then tuned on.
 * - held-out 12: written by a twelfth evaluator who had not read the lint's code, cue lists or their comments, committed
 *   before it ran; first measured on main 255245f (14 of 20 caught, 0 of 20 flagged); tuned on from session 15 (the
 *   fourteenth pass);
 * - probe 12: fresh paraphrases of held-out 12's missed classes (the seller phoning the buyer, a product many of our
 *   buyers pick that is on offer, a short note on the listing that helps others decide, a gift for an opinion in voseo,
 *   "[Important]" on news about the shop) and clean near-misses (a negated "call us", a courier who will ring, a paper
 *   note in the parcel, a photo of a damage for a spare, an out-of-stock item), written for the fourteenth pass and
 *   committed before it (first run 2 of 14 caught, 1 of 14 flagged), then tuned on.
 * - held-out 13: written by a thirteenth evaluator who had not read the lint's code, cue lists or their comments, committed
 *   before it ran; first measured on main 75699e1 (17 of 20 caught, 0 of 20 flagged); tuned on from session 16 (the
 *   fifteenth pass);
 * - probe 13: fresh paraphrases of held-out 13's missed classes (the seller profile to bring in line with how things ended,
 *   support asked as a good report, a free item for proof of a posted review) and clean near-misses (a free part for a
 *   photo or a serial number, a fact on the seller profile corrected, support asked for a claim), written during the
 *   fifteenth pass after its first cues were drafted, so not independent of them: 6 of 15 caught, 0 of 14 flagged with the
 *   cues before the pass, 13 of 15 with the first draft, 15 of 15 and 0 of 14 after two more cues; tuned on.
 * - probe 14: clean replies whose negation the lint did not read (a promise never to ask for a review change, a call as
 *   one more item of a negated list) and violating near-twins, six languages, written and committed before the
 *   session-16 negation pass (lint14): 12 of 12 caught, 9 of 12 flagged before it; 12 of 12 and 0 of 12 after; tuned on.
 * - probe 15: negated lists that go on in bare infinitives, calls asked in a request joined to a later negation, calls and
 *   review asks in other words, and clean near-misses, six languages, written and committed before the session-17 pass
 *   (lint15) by its author, who had read the phone and negation cues: first run on main a1769fb 12 of 16 caught, 3 of 15
 *   flagged; 13 and 1 after the two known misses were fixed; 16 and 0 after its own cues; tuned on.
 * - held-out 14: written by a fourteenth evaluator who had not read the lint's code or cue lists, committed before it ran;
 *   first measured on main a1769fb (19 of 20 caught, 3 of 20 flagged), the same with the session-17 pass's first rules
 *   (lint15, still unseen); tuned on from session 17 (the seventeenth pass).
 * - probe 16: English negated lists without a serial comma, no need to change a review said with the change first, calls
 *   proposed as a talk on the phone, a delivery driver who rings, paraphrased asks, incentives and pitches, and clean
 *   near-misses, six languages, written and committed before the session-18 pass (lint16) by its author, who had read the
 *   phone and negation cues: first run on main 7917829 20 of 21 caught, 6 of 21 flagged; 20 and 1 after the two known
 *   misses were fixed (section 1); 21 and 0 after its own cues; tuned on.
 * - held-out 15: written by a fifteenth evaluator who had not read the lint's code or cue lists, committed before it ran;
 *   first measured on main 7917829 (20 of 20 caught, 7 of 20 flagged), the same with the session-18 pass's first rules
 *   (lint16, still unseen); tuned on from session 18 (the eighteenth pass).
 * - probe 17: refusals of a review reward followed by an offer for "one" (the review named before) or only by their reason,
 *   care tips, order "[Important]" notes, reviews mentioned without an ask, refund offers, and paraphrased violations, six
 *   languages, written and committed before the session-19 pass (lint17) by its author, who had read the lint: first run
 *   on main 8dc6f36 15 of 20 caught, 1 of 20 flagged; 18 and 0 after section 1's rules (the refusal class); 20 and 0 after
 *   its own cues; tuned on.
 * - held-out 16: written by a sixteenth evaluator who had not read the lint's code or cue lists, committed before it ran;
 *   first measured on main 8dc6f36 (19 of 20 caught, 2 of 20 flagged), the same with the session-19 pass's section-1 and
 *   probe-17 rules (lint17, still unseen); tuned on from session 19 (the nineteenth pass).
 * - held-out 17: written by a seventeenth evaluator who had not read the lint's code or cue lists, committed before it ran;
 *   first measured on main 4fa8a9c (18 of 20 caught, 2 of 20 flagged), the same with the session-20 pass's section-1 rules
 *   (lint18, still unseen); tuned on from session 20 (the twentieth pass).
 * - held-out 18: written by an eighteenth evaluator who had not read the lint's code or cue lists, committed before it ran;
 *   first measured on main 678de2f (16 of 20 caught, 5 of 20 flagged); never tuned on.
 * - held-out 19: written by a nineteenth evaluator who had not read the lint's code or cue lists, committed before it ran;
 *   first measured on main aafb559 (11 of 20 caught, 2 of 20 flagged: missed lines 1, 2, 9, 11, 21, 27, 30, 36, 37 — stars
 *   or a rating asked by euphemism, a pitch inside care advice, money off or free postage for next time; flagged 7, a recall
 *   under "[Important]", and 40, the buyer's review answered with a fix); the same on lint20's branch with its rules written
 *   before the set (session 21's leftovers); tuned on from session 22 (lint20).
 * - held-out 20: written by a twentieth evaluator (eval20b) who had not read the lint's code or cue lists, committed before
 *   it ran; first measured on main 153c1397 (14 of 20 caught, 1 of 20 flagged: missed lines 3 and 9, a rating-change asked
 *   as letting the earlier verdict "catch up with the happy ending"; 15 and 21, a review asked as a "retour d'expérience"
 *   on the product sheet or an opinion "junto al producto"; 16, a 10 % code "lors de votre retour chez nous"; 36, a
 *   replacement head "sold separately in our shop" inside shaver care advice; flagged 26, a child-seat safety recall under
 *   "[Importante]"); unseen.
 * `npx tsx scripts/eval/policy-lint.ts` prints this table alone; `npm run eval -- intent` prints it after the intent tables.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { lintReply } from '@/lib/suggest/policy-lint';
import { printReport } from '../table';
import type { EvalReport } from './types';

export const POLICY_SETS = {
  'dev (rules written against it)': 'tests/fixtures/policy-lint/amazon-replies-dev.jsonl',
  'dev 3 (written for the third pass of issue 15, rules tuned on it)': 'tests/fixtures/policy-lint/amazon-replies-dev-3.jsonl',
  'dev 4 (written before the fourth pass of issue 15, rules tuned on it)': 'tests/fixtures/policy-lint/amazon-replies-dev-4.jsonl',
  'dev 5 (written before the fifth pass of issue 15, rules tuned on it)': 'tests/fixtures/policy-lint/amazon-replies-dev-5.jsonl',
  'dev 6 (written before the sixth pass of issue 15, rules tuned on it)': 'tests/fixtures/policy-lint/amazon-replies-dev-6.jsonl',
  'dev 7 (written before the seventh pass of issue 15, rules tuned on it)': 'tests/fixtures/policy-lint/amazon-replies-dev-7.jsonl',
  'stress 7 (paraphrase stress set, first measured before the seventh pass, rules tuned on it)':
    'tests/fixtures/policy-lint/amazon-replies-stress-7.jsonl',
  'held-out (never tuned on)': 'tests/fixtures/policy-lint/amazon-replies-heldout.jsonl',
  'held-out 2 (written before the paraphrase pass of issue 15, never tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-heldout-2.jsonl',
  'held-out 3 (written and committed before the third pass of issue 15, never tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-heldout-3.jsonl',
  'held-out 4 (written by a fourth evaluator, committed before running, first measured on main at 1edf88b, never tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-heldout-4.jsonl',
  'held-out 5 — tuned on from session 9 (first run 17/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-5.jsonl',
  'held-out 6 — tuned on from session 9 (first run 17/20 caught, 4/20 flagged)':
    'tests/fixtures/policy-lint/amazon-replies-heldout-6.jsonl',
  'held-out 7 — tuned on from session 10 (first run 17/20, 1/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-7.jsonl',
  'held-out 8 — tuned on from session 11 (first run 16/20, 0/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-8.jsonl',
  'probe 8 (written before the tenth pass of issue 15, first run 10/24, 1/20; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-8.jsonl',
  'held-out 9 — tuned on from session 12 (first run 16/20, 0/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-9.jsonl',
  'probe 9 (written before the eleventh pass of issue 15, first run 4/20, 0/20; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-9.jsonl',
  'held-out 10 — tuned on from session 13 (first run 18/20, 1/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-10.jsonl',
  'probe 10 (written before the twelfth pass of issue 15, first run 2/19, 2/19; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-10.jsonl',
  'held-out 11 — tuned on from session 14 (first run 17/20, 2/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-11.jsonl',
  'probe 11 (written before the thirteenth pass of issue 15, first run 5/17, 0/17; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-11.jsonl',
  'held-out 12 — tuned on from session 15 (first run 14/20, 0/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-12.jsonl',
  'probe 12 (written before the fourteenth pass of issue 15, first run 2/14, 1/14; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-12.jsonl',
  'held-out 13 — tuned on from session 16 (first run 17/20, 0/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-13.jsonl',
  'probe 13 (written during the fifteenth pass, after its cues were drafted; pre-pass 6/15, 0/14; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-13.jsonl',
  'probe 14 (written before the session-16 negation pass; pre-pass 12/12, 9/12; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-14.jsonl',
  'probe 15 (written before the session-17 pass; first run 12/16, 3/15; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-15.jsonl',
  'held-out 14 — tuned on from session 17 (first run 19/20, 3/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-14.jsonl',
  'probe 16 (written before the session-18 pass; first run 20/21, 6/21; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-16.jsonl',
  'held-out 15 — tuned on from session 18 (first run 20/20, 7/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-15.jsonl',
  'probe 17 (written before the session-19 pass; first run 15/20, 1/20; tuned on)':
    'tests/fixtures/policy-lint/amazon-replies-probe-17.jsonl',
  'held-out 16 — tuned on from session 19 (first run 19/20, 2/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-16.jsonl',
  'held-out 17 — tuned on from session 20 (first run 18/20, 2/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-17.jsonl',
  'held-out 18 — tuned on from session 21 (first run 16/20, 5/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-18.jsonl',
  'held-out 19 — tuned on from session 22 (first run 11/20, 2/20)': 'tests/fixtures/policy-lint/amazon-replies-heldout-19.jsonl',
  'held-out 20 — unseen': 'tests/fixtures/policy-lint/amazon-replies-heldout-20.jsonl',
} as const;

const ReplyLineSchema = z.object({ language: z.string(), violates: z.boolean(), kind: z.string().optional(), text: z.string().min(1) });

export function policyLintReport(): EvalReport {
  const parts = Object.entries(POLICY_SETS).map(([set, path]) => policyLintRows(set, path));
  return {
    title: 'Amazon policy lint on reply sets apart from its tests',
    rows: parts.flatMap((p) => p.rows),
    notes: parts.map((p) => p.note),
  };
}

function policyLintRows(set: string, path: string): { rows: EvalReport['rows']; note: string } {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
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
    rows: [...groups].map(([language, g]) => ({
      set,
      language,
      'violating caught': `${g.caught} of ${g.violating}`,
      'clean flagged (false alarms)': `${g.falseAlarms} of ${g.clean}`,
    })),
    note: `${path}: missed ${missed.join(', ') || 'none'}`,
  };
}

if (process.argv[1]?.endsWith('policy-lint.ts')) printReport(policyLintReport());
