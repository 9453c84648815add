/** The project's own labelled eval sets (tests/fixtures/intent/*.jsonl): one `{text, intent, language?}` a line. */
import { z } from 'zod';
import { IntentSchema } from '@/lib/schemas/template';

export const LabelledLineSchema = z.object({
  text: z.string().min(1),
  intent: IntentSchema,
  language: z.string().min(2).max(8).optional(),
});
export type LabelledLine = z.infer<typeof LabelledLineSchema>;

export function parseLabelledSet(jsonl: string, name: string): LabelledLine[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      const parsed = LabelledLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${name} line ${number}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}
