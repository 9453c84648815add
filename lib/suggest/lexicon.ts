/**
 * Cross-language pivots: a German, Spanish, French, Korean or Japanese word stem also fires the English
 * word it means. Nearly all training data is English (Bitext), so "stornieren", "anular",
 * "annuler" and "취소" then share the weight the model learned for "cancel". Written from the
 * domain vocabulary, not from any eval set. Stems are accent-folded and lowercased like tokens;
 * Latin stems match a token's start ("=" marks a whole-word match), Hangul stems match anywhere
 * because Korean glues particles and compounds onto the stem, and Japanese writes no spaces.
 * The word lists are data: lib/suggest/lexicon.json.
 */
import lexicon from '@/lib/suggest/lexicon.json';
const PIVOTS = lexicon as Record<string, string[]>;

/** Hangul, kana, Han: stems match anywhere in the token. */
const DENSE = /[\uac00-\ud7a3\u3040-\u30ff\u4e00-\u9fff]/;

const exact = new Map<string, string>();
const prefixes: Array<[string, string]> = [];
/** German glues nouns together ("Lieferadresse", "Kundenkonto", "Mengenrabatt"): long stems also match inside a long word. */
const infixes: Array<[string, string]> = [];
const MIN_INFIX_STEM = 5;
const MIN_COMPOUND = 8;
const hangul: Array<[string, string]> = [];
for (const [concept, stems] of Object.entries(PIVOTS)) {
  for (const stem of stems) {
    if (stem.startsWith('=')) exact.set(stem.slice(1), concept);
    else if (DENSE.test(stem)) hangul.push([stem, concept]);
    else {
      prefixes.push([stem, concept]);
      if (stem.length >= MIN_INFIX_STEM) infixes.push([stem, concept]);
    }
  }
}

/** The English pivot words a token stands for (usually none). */
export function pivotsOf(token: string): string[] {
  const found = new Set<string>();
  const whole = exact.get(token);
  if (whole) found.add(whole);
  for (const [stem, concept] of prefixes) if (token.startsWith(stem)) found.add(concept);
  if (token.length >= MIN_COMPOUND) for (const [stem, concept] of infixes) if (token.indexOf(stem, 1) > 0) found.add(concept);
  if (DENSE.test(token)) for (const [stem, concept] of hangul) if (token.includes(stem)) found.add(concept);
  return [...found];
}
