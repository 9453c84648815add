/**
 * Snowball stems of French, Spanish and German words (@orama/stemmers: about 6 KB gzip for the
 * three), so "rembourser", "remboursé", "remboursement" or "devolver", "devuelvo", "devolución"
 * also share a word feature, not only character n-grams. English, Korean and Japanese get none:
 * Bitext's English needs no help, and the dense scripts are read by character n-grams.
 */
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import type { GuessedLanguage } from '@/lib/suggest/guess-language';

const STEMMERS: Partial<Record<GuessedLanguage, (word: string) => string>> = { de: german, fr: french, es: spanish };

/** Shorter words are function words or already stems. */
const MIN_STEMMED_LENGTH = 4;

/** `s:<language>:<stem>` for each word that stems to something shorter than itself. */
export function stemFeatures(tokens: readonly string[], language: GuessedLanguage): string[] {
  const stem = STEMMERS[language];
  if (!stem) return [];
  return tokens.flatMap((token) => {
    if (token.length < MIN_STEMMED_LENGTH || !/^\p{L}+$/u.test(token)) return [];
    const stemmed = stem(token);
    return stemmed && stemmed !== token ? [`s:${language}:${stemmed}`] : [];
  });
}
