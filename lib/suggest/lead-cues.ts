/**
 * The words with which a customer points at their main request ("Secondly, and more importantly:",
 * "Aber jetzt zum eigentlichen Thema.") or marks a request as a side question asked first
 * ("vorab:", "Petite question d'abord :"). The lead rule (lead-request.ts) follows what they say
 * over the order they say it in. Cues: lead-cues.json.
 */
import cues from '@/lib/suggest/lead-cues.json';

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Korean and Japanese cues match anywhere (no spaces between words); the rest as whole words. */
function cuePattern(byLanguage: Record<string, readonly string[]>): RegExp {
  const latin = Object.entries(byLanguage).flatMap(([language, words]) => (language === 'ko' || language === 'ja' ? [] : words));
  const dense = [...(byLanguage.ko ?? []), ...(byLanguage.ja ?? [])];
  return new RegExp(`(?<![\\p{L}'])(?:${latin.map(escapeRegExp).join('|')})(?![\\p{L}])|${dense.map(escapeRegExp).join('|')}`, 'iu');
}

const MAIN_POINT = cuePattern(cues.mainPoint);
const ASIDE = cuePattern(cues.aside);

/** Where the text first says "what follows is the point" (UTF-16 offset into the text as given), or -1. */
export function mainPointAt(text: string): number {
  return text.search(MAIN_POINT);
}

/** Whether a request's own words call it a side question asked first. */
export function isAside(requestText: string): boolean {
  return ASIDE.test(requestText.normalize('NFKC'));
}
