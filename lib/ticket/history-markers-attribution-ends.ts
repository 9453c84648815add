/**
 * Whether a line may end an attribution: a colon at its end ("… wrote:", "… a écrit :"), or a verb
 * of the word list with no colon ("… wrote", "… wrote ----"). Read from the line's last characters,
 * so the scan rejects most lines without a pattern.
 */
import { VERB_BEFORE_TRAILER } from '@/lib/ticket/attribution-patterns';
import { withAsciiTable } from '@/lib/ticket/ascii-table';
import { lastCharsOf } from '@/lib/ticket/regex-fragments';
import { fragmentsOfList } from '@/lib/ticket/reply-words';

/** The last character that is not white space ('' for a blank line), without scanning the line. */
export function lastVisibleChar(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u00a0')) i--;
  return i >= 0 ? (line[i] ?? '') : '';
}

/** The colon an attribution ends with; Armenian Gmail's "գրել է՝" ends with the Armenian comma instead. */
export const isColon = (char: string) => char === ':' || char === '：' || char === '\u055D';
const LETTER = /\p{L}/u;

const isTrailerChar = withAsciiTable((char) => /[\s-]/u.test(char));
/** How many dashes and spaces may follow the verb ("wrote ----"), as VERB_BEFORE_TRAILER allows. */
const MAX_TRAILER = 20;

/** "… wrote" / "… wrote ----" at the end of `text`: the verb is matched backwards from where the trailer begins (no copy, no search). */
export function endsWithVerbNoColon(text: string): boolean {
  let trailer = text.length;
  while (trailer > 0 && text.length - trailer <= MAX_TRAILER && isTrailerChar(text[trailer - 1] ?? '')) trailer--;
  if (text.length - trailer > MAX_TRAILER) return false;
  VERB_BEFORE_TRAILER.lastIndex = trailer;
  const found = VERB_BEFORE_TRAILER.test(text);
  VERB_BEFORE_TRAILER.lastIndex = 0;
  return found;
}

/**
 * The letters a verb of "… wrote" without a colon ends with (e of "wrote", t of "a écrit"), read
 * from the word list; undefined when one of them cannot be told, and then any letter may.
 */
const VERB_LAST_CHARS = (() => {
  const chars = fragmentsOfList('attributionVerbsNoColon').map(lastCharsOf);
  return chars.every((list) => list !== undefined) ? new Set(chars.flat()) : undefined;
})();
const mayEndVerb = withAsciiTable((char) => (VERB_LAST_CHARS ? VERB_LAST_CHARS.has(char.toLowerCase()) : isLetter(char)));

/** A line that may close an attribution: ends in a colon, or in "wrote" with optional dashes. */
export function mayEndAttribution(line: string): boolean {
  // Most lines end in a digit, a sign or a letter that no verb list word ends with: decided from the last character.
  const last = lastVisibleChar(line);
  if (isColon(last)) return true;
  if (last !== '-' && !mayEndVerb(last)) return false;
  return endsWithVerbNoColon(line);
}

/** Whether an attribution may end on `line` (`mayEndAttribution`), or one on a single line may, ending in a dated address ('>'). */
export const mayEndAttributionLine = (line: string) => lastVisibleChar(line) === '>' || mayEndAttribution(line);

/**
 * The scan asks about each line up to three times (as the first, second and third line of a
 * wrapped attribution): the last few answers, by position and text (a line split in place is asked again).
 */
const MEMO_SLOTS = 4;
const memoText: Array<string | undefined> = new Array(MEMO_SLOTS);
const memoIndex = new Int32Array(MEMO_SLOTS).fill(-1);
const memoAnswer = new Uint8Array(MEMO_SLOTS);
export function mayEndAttributionAt(lines: readonly string[], k: number): boolean {
  const line = lines[k] ?? '';
  const slot = k % MEMO_SLOTS;
  if (memoIndex[slot] === k && memoText[slot] === line) return memoAnswer[slot] === 1;
  const answer = mayEndAttribution(line);
  memoIndex[slot] = k;
  memoText[slot] = line;
  memoAnswer[slot] = answer ? 1 : 0;
  return answer;
}

/** ASCII letters without a regex; other characters by their Unicode category. */
function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(char);
}
