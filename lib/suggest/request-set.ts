/**
 * The real-style mail eval sets (tests/fixtures/intent/real-mail-*.jsonl): one message a line,
 * `{language, intent, text, requests: [{intent, span}]}` where each span is the exact text that
 * asks, in order, and `intent` is the request the message is about.
 */
import { z } from 'zod';
import { IntentSchema } from '@/lib/schemas/template';

export const RequestLabelledLineSchema = z
  .object({
    language: z.string().min(2).max(8),
    intent: IntentSchema,
    text: z.string().min(1),
    requests: z.array(z.object({ intent: IntentSchema, span: z.string().min(1) })).min(1),
  })
  .refine((line) => line.requests.every((r) => line.text.includes(r.span)), { message: 'every span must be text of the message' });
export type RequestLabelledLine = z.infer<typeof RequestLabelledLineSchema>;

export function parseRequestSet(jsonl: string, name: string): RequestLabelledLine[] {
  return jsonl.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = RequestLabelledLineSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${name} line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return [parsed.data];
  });
}
