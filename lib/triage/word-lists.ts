/**
 * The signal word lists, one JSON file per language (lib/triage/words/<lang>.json), parsed once.
 * A ticket is matched against every language's lists: customers mix languages and the detected
 * language of a short message is often wrong.
 */
import { z } from 'zod';
import de from '@/lib/triage/words/de.json';
import en from '@/lib/triage/words/en.json';
import es from '@/lib/triage/words/es.json';
import fr from '@/lib/triage/words/fr.json';
import ja from '@/lib/triage/words/ja.json';
import ko from '@/lib/triage/words/ko.json';

export const WORD_SIGNALS = [
  'chargeback',
  'a_to_z_claim',
  'legal_threat',
  'review_threat',
  'angry',
  'thanks',
  'pre_sale',
  'event',
  'deadline',
  'contrast',
  'request',
] as const;
export type WordSignal = (typeof WORD_SIGNALS)[number];

const Phrase = z.string().min(1).max(80);
export const WordListSchema = z.strictObject(
  Object.fromEntries(WORD_SIGNALS.map((signal) => [signal, z.array(Phrase).min(1)])) as Record<WordSignal, z.ZodArray<typeof Phrase>>,
);
export type WordList = z.infer<typeof WordListSchema>;

export const WORD_LIST_LANGUAGES = ['en', 'de', 'fr', 'es', 'ko', 'ja'] as const;
const RAW: Record<(typeof WORD_LIST_LANGUAGES)[number], unknown> = { en, de, fr, es, ko, ja };

let parsed: Record<string, WordList> | undefined;

export function wordLists(): Record<string, WordList> {
  parsed ??= Object.fromEntries(
    Object.entries(RAW).map(([lang, raw]) => {
      const result = WordListSchema.safeParse(raw);
      if (!result.success)
        throw new Error(`lib/triage/words/${lang}.json: ${result.error.issues[0]?.path.join('.')}: ${result.error.issues[0]?.message}`);
      return [lang, result.data];
    }),
  );
  return parsed;
}
