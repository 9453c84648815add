/**
 * Whether a clause asks for something — a question mark, a plea or a wish ("please", "könnten
 * Sie", "pourriez-vous", "¿podéis", "주세요", "いただけますか") — or only tells the story around
 * it ("I bought the purifier last week."). An ask that names nothing ("Any idea?", "확인 부탁드려요.")
 * is read with the sentence before it (requests.ts). Cues: request-cues.json.
 */
import { cueAlternatives } from '@/lib/suggest/cue-pattern';
import cues from '@/lib/suggest/request-cues.json';

/** Korean and Japanese cues are word endings, so they match anywhere; the rest as whole words (./cue-pattern.ts). */
const ASKS = new RegExp(`[?？]|${cueAlternatives(cues.words)}`, 'iu');

export function asks(clause: string): boolean {
  return ASKS.test(clause.normalize('NFKC'));
}
