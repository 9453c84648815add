/** The lint's reply sets (policy-lint-sets.json: label, file, history) and their lines, parsed at the boundary. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import sets from './policy-lint-sets.json';

/** A set: its label in the table, its file, and its history (who wrote it, its first run, since when it is tuned on). */
const PolicySetSchema = z.object({ set: z.string().min(1), path: z.string().endsWith('.jsonl'), history: z.string().min(1) });

export const POLICY_SETS = z.array(PolicySetSchema).parse(sets);

const ReplyLineSchema = z.object({ language: z.string(), violates: z.boolean(), kind: z.string().optional(), text: z.string().min(1) });
export type ReplyLine = z.infer<typeof ReplyLineSchema>;

export function readReplies(path: string): ReplyLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = ReplyLineSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${path} line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}
