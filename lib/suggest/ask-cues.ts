/**
 * Whether a clause asks for something — a question mark, a plea or a wish ("please", "könnten
 * Sie", "pourriez-vous", "¿podéis", "주세요", "いただけますか") — or only tells the story around
 * it ("I bought the purifier last week."). An ask that names nothing ("Any idea?", "확인 부탁드려요.")
 * is read with the sentence before it (requests.ts). Cues: request-cues.json.
 */
import cues from '@/lib/suggest/request-cues.json';

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const latin = Object.entries(cues.words)
  .filter(([language]) => language !== 'ko' && language !== 'ja')
  .flatMap(([, words]) => words);
const dense = [...cues.words.ko, ...cues.words.ja];

/** Korean and Japanese cues are word endings, so they match anywhere; the rest as whole words. */
const ASKS = new RegExp(
  `[?？]|(?<![\\p{L}'])(?:${latin.map(escapeRegExp).join('|')})(?![\\p{L}])|${dense.map(escapeRegExp).join('|')}`,
  'iu',
);

export function asks(clause: string): boolean {
  return ASKS.test(clause.normalize('NFKC'));
}
