import { detectAll } from 'tinyld/light';
import { languageByOwnLetters } from './language-letters';

/**
 * tinyld's light model (~34 KB gzip, 64 languages) rather than the normal one (~260 KB): on our
 * own support-style sentences in en, de, fr, es, it, nl, pt, ko and ja it missed only two- and
 * three-word inputs, which we do not judge anyway (see language.test.ts).
 */

/** Only the start of a long text is read: a few sentences decide the language. */
const MAX_CHARS = 2000;
/** Below this a Latin, Cyrillic or similar text says too little ("Refund please" reads as German,
 * "Order arrived broken" as Spanish): no answer beats a wrong one, which would pick a reply in that language. */
const MIN_WORDS = 5;
const MIN_LETTERS = 20;

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;
/**
 * Share of the letters that must be Hangul (Korean) or Kana plus Kanji (Japanese) for the script to
 * decide: a Korean name in an English mail's signature ("Thanks, 김민수") does not make it Korean.
 * One Hangul syllable or Kanji carries a word's worth of meaning, so a third is already a lot.
 */
const CJK_SHARE = 0.3;
const NOISE = /https?:\/\/\S+|\S+@\S+|[\d#%&*_=+<>|~^$€£@/\\-]+/gu;

/**
 * ISO 639-1 code of the text's language, or null when the text is too short to tell. Kana (with
 * Kanji) mean Japanese and Hangul means Korean however short the text, when they make up a fair
 * share of it; Han alone is left to the model.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_CHARS).replace(NOISE, ' ');
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const kana = sample.match(KANA)?.length ?? 0;
  const hangul = sample.match(HANGUL)?.length ?? 0;
  const japanese = kana > 0 ? kana + (sample.match(HAN_ALL)?.length ?? 0) : 0;
  if (japanese > hangul && japanese >= letters * CJK_SHARE) return 'ja';
  if (hangul > japanese && hangul >= letters * CJK_SHARE) return 'ko';
  const words = sample.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
  if (!HAN.test(sample) && (words < MIN_WORDS || letters < MIN_LETTERS)) return null;
  if (HAN.test(sample) && letters < 4) return null;
  const scores = detectAll(sample);
  // The model knows neither Ukrainian nor Persian: their own letters decide over its Russian or Arabic.
  return languageByOwnLetters(sample, scores[0]?.lang ?? '', letters) ?? clearWinner(scores);
}

/**
 * Short texts often come out as a near tie ("Has my refund been processed yet?" scores German
 * 0.058, English 0.044): a guess that close is no answer, since a wrong one picks a reply in the
 * wrong language.
 */
const WINNING_MARGIN = 1.5;

function clearWinner(scores: Array<{ lang: string; accuracy: number }>): string | null {
  const [best, next] = scores;
  if (!best?.lang) return null;
  return !next || best.accuracy >= next.accuracy * WINNING_MARGIN ? best.lang : null;
}
