/**
 * Our own reply-stripping sets: realistic customer emails, plain text and HTML, each with the new
 * text a person would read as the customer's message. The list is data (reply-sets.json beside
 * this file, in the eval's order): each set's name, its dated fixture under
 * tests/fixtures/reply-stripping when it has one (else lib/ticket/testing/reply-sets/<name>.jsonl),
 * and who wrote it and what it covers. Its first run and whether it is tuned on are the eval's
 * notes (scripts/eval/reply-stripping-set-notes.json).
 * Node only: used by tests and `npm run eval`, never bundled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import setList from './reply-sets.json';

const ReplySetEntrySchema = z.object({
  name: z.string().regex(/^[a-z0-9-]+$/),
  fixture: z.string().endsWith('.jsonl').optional(),
  about: z.string().optional(),
});
const REPLY_SETS = z.array(ReplySetEntrySchema).parse(setList);

export const REPLY_SET_NAMES: readonly string[] = REPLY_SETS.map((set) => set.name);
export type ReplySetName = string;

const ReplySetCaseSchema = z.object({
  id: z.string().min(1),
  format: z.enum(['text', 'html']),
  client: z.string(),
  lang: z.string().length(2),
  input: z.string(),
  expected: z.string(),
  note: z.string().optional(),
});
export type ReplySetCase = z.infer<typeof ReplySetCaseSchema>;

function setFile(name: ReplySetName, repoRoot: string): string {
  const set = REPLY_SETS.find((s) => s.name === name);
  if (!set) throw new Error(`no reply-stripping set named ${name} (lib/ticket/testing/reply-sets.json)`);
  return set.fixture
    ? join(repoRoot, 'tests', 'fixtures', 'reply-stripping', set.fixture)
    : join(repoRoot, 'lib', 'ticket', 'testing', 'reply-sets', `${name}.jsonl`);
}

export function loadReplySet(name: ReplySetName, repoRoot = process.cwd()): ReplySetCase[] {
  const file = setFile(name, repoRoot);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = ReplySetCaseSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
