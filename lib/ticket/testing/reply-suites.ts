/**
 * Reads the reply-stripping suites in ../shared/data/email-replies (format
 * `email-reply-expectations/v1`, see its README.md) and applies a case's checks to a stripper's
 * output. Node only: used by the regression test and `npm run eval`, never bundled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { requireCorpus } from '@/lib/testing/corpora';

const CaseSchema = z.object({
  file: z.string().optional(),
  input: z.string().optional(),
  upstream_test: z.string().optional(),
  reply_text: z.string().optional(),
  reply_is_whole_input: z.boolean().optional(),
  reply_must_contain: z.array(z.string()).optional(),
  reply_must_not_contain: z.array(z.string()).optional(),
  reply_must_match: z.array(z.string()).optional(),
  reply_must_not_match: z.array(z.string()).optional(),
  hidden_must_contain: z.array(z.string()).optional(),
  quoted_must_match: z.array(z.string()).optional(),
  quoted_must_not_match: z.array(z.string()).optional(),
  max_ms: z.number().optional(),
});
const SuiteFileSchema = z.object({ format: z.literal('email-reply-expectations/v1'), cases: z.array(CaseSchema) });

export type ReplyCase = z.infer<typeof CaseSchema> & { name: string; text: string };
export const SUITE_NAMES = ['zapier', 'crisp'] as const;

/** `shared/` sits beside the repository (../shared from the repo root). */
export function suitesRoot(repoRoot = process.cwd()): string {
  return requireCorpus('email-replies', repoRoot);
}

export function loadReplySuite(name: string, root = suitesRoot()): ReplyCase[] {
  const folder = join(root, name);
  const parsed = SuiteFileSchema.parse(JSON.parse(readFileSync(join(folder, 'expectations.json'), 'utf8')));
  return parsed.cases.map((c, i) => {
    const text = c.file !== undefined ? readFileSync(join(folder, c.file), 'utf8') : c.input;
    if (text === undefined) throw new Error(`${name} case ${i} has neither file nor input`);
    return { ...c, name: `${name}/${c.file ?? `input#${i}`} (${c.upstream_test ?? '?'})`, text };
  });
}

/** README comparison: LF line ends, no trailing spaces, no leading or trailing blank lines. */
export function normalizeReply(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Upstream sources use PCRE-style leading flags ("(?m)^On"); JavaScript takes them as flags. */
function toRegExp(source: string): RegExp {
  const leading = /^\(\?([ims]+)\)/.exec(source);
  return leading ? new RegExp(source.slice(leading[0].length), leading[1]) : new RegExp(source);
}

/** The removed text: input lines that the reply does not keep (as a multiset of lines). */
function removedText(input: string, reply: string): string {
  const kept = new Map<string, number>();
  for (const line of reply.split('\n')) kept.set(line, (kept.get(line) ?? 0) + 1);
  const removed: string[] = [];
  for (const line of input.split('\n')) {
    const count = kept.get(line) ?? 0;
    if (count > 0) kept.set(line, count - 1);
    else removed.push(line);
  }
  return removed.join('\n');
}

export function hasChecks(c: ReplyCase): boolean {
  return (
    c.reply_text !== undefined ||
    c.reply_is_whole_input !== undefined ||
    [
      c.reply_must_contain,
      c.reply_must_not_contain,
      c.reply_must_match,
      c.reply_must_not_match,
      c.hidden_must_contain,
      c.quoted_must_match,
      c.quoted_must_not_match,
    ].some((list) => (list?.length ?? 0) > 0) ||
    c.max_ms !== undefined
  );
}

/** The checks of a case that fail for this output, as readable strings; empty when it passes. */
export function failedChecks(c: ReplyCase, output: string, elapsedMs: number): string[] {
  const input = normalizeReply(c.text);
  const reply = normalizeReply(output);
  const removed = removedText(input, reply);
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
  };
  if (c.reply_text !== undefined) check(reply === normalizeReply(c.reply_text), 'reply_text');
  if (c.reply_is_whole_input) check(reply === input, 'reply_is_whole_input');
  for (const s of c.reply_must_contain ?? []) check(reply.includes(s), `reply_must_contain ${s}`);
  for (const s of c.reply_must_not_contain ?? []) check(!reply.includes(s), `reply_must_not_contain ${s}`);
  for (const s of c.hidden_must_contain ?? []) check(!reply.includes(s) && input.includes(s), `hidden_must_contain ${s}`);
  for (const r of c.reply_must_match ?? []) check(toRegExp(r).test(reply), `reply_must_match ${r}`);
  for (const r of c.reply_must_not_match ?? []) check(!toRegExp(r).test(reply), `reply_must_not_match ${r}`);
  for (const r of c.quoted_must_match ?? []) check(toRegExp(r).test(removed), `quoted_must_match ${r}`);
  for (const r of c.quoted_must_not_match ?? []) check(!toRegExp(r).test(removed), `quoted_must_not_match ${r}`);
  if (c.max_ms !== undefined) check(elapsedMs <= c.max_ms, `max_ms ${c.max_ms} (took ${elapsedMs.toFixed(0)})`);
  return failures;
}

export interface SuiteScore {
  suite: string;
  cases: number;
  checked: number;
  passed: number;
  failures: Array<{ name: string; failed: string[] }>;
}

/** Runs a stripper over every case of a suite. A case without checks passes (README), counted apart. */
export function scoreSuite(suite: string, strip: (text: string) => string, root = suitesRoot()): SuiteScore {
  const cases = loadReplySuite(suite, root);
  const score: SuiteScore = { suite, cases: cases.length, checked: 0, passed: 0, failures: [] };
  for (const c of cases) {
    if (hasChecks(c)) score.checked++;
    const started = performance.now();
    let output: string;
    try {
      output = strip(c.text);
    } catch (error) {
      score.failures.push({ name: c.name, failed: [`threw ${String(error)}`] });
      continue;
    }
    const failed = failedChecks(c, output, performance.now() - started);
    if (failed.length === 0) score.passed++;
    else score.failures.push({ name: c.name, failed });
  }
  return score;
}
