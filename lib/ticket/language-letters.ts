/**
 * A language told by the letters only it writes (language-letters.json): Ukrainian's і ї є ґ among
 * Cyrillic, Persian's پ چ ژ گ ی ک among Arabic letters. The language model reads both as their
 * neighbour (Russian, Arabic); the letters settle it when they are frequent enough to be the text's
 * own, not a quoted place name ("Київ" in a Russian mail).
 */
import { z } from 'zod';
import data from './language-letters.json';

const LanguageLettersSchema = z.object({
  minShare: z.number().min(0).max(1),
  languages: z.record(
    z.string().length(2),
    z.object({ instead: z.array(z.string().length(2)), letters: z.string().min(1), notLetters: z.string() }),
  ),
});

const { minShare, languages } = LanguageLettersSchema.parse(data);

function count(text: string, letters: string): number {
  let found = 0;
  for (const char of text) if (letters.includes(char)) found++;
  return found;
}

/** The language whose own letters the text writes, when the model said its neighbour (`modelLanguage`); else null. */
export function languageByOwnLetters(text: string, modelLanguage: string, letterCount: number): string | null {
  for (const [language, { instead, letters, notLetters }] of Object.entries(languages)) {
    if (!instead.includes(modelLanguage)) continue;
    const own = count(text, letters);
    // A Russian mail to "Києва" writes two such letters, and its own ы or э beside them.
    if (own >= letterCount * minShare && own > 2 * count(text, notLetters)) return language;
  }
  return null;
}
