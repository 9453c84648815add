/**
 * Where quoted history begins: attributions ("On …, Name <a@b> wrote:", wrapped over up to three
 * lines) and Outlook/Apple header blocks. Each test reads a few capped lines, never the whole text.
 */
import {
  ADDRESS_BEFORE_VERB,
  ATTRIBUTION_CONTINUATION,
  ATTRIBUTION_END,
  ATTRIBUTION_EVIDENCE,
  ATTRIBUTION_OPENER,
  ATTRIBUTION_START,
  ATTRIBUTION_STRONG_EVIDENCE,
  DATE_ADDRESS_ATTRIBUTION,
  HEADER_DATE_LINE,
  HEADER_FROM_LINE,
  HEADER_KEY_ANYWHERE,
  HEADER_OTHER_LINE,
  INLINE_ATTRIBUTION_START,
  INLINE_SECOND_FIELD,
  MAX_MARKER_LINE,
  ONLY_ATTRIBUTION_STARTS,
  VIA_EVIDENCE,
  VERB_BEFORE_TRAILER,
  WEAK_ATTRIBUTION_END,
} from './reply-patterns';
import { withAsciiTable } from '@/lib/ticket/ascii-table';
import { isQuotedLine, mayBeHeaderField } from '@/lib/ticket/line-shortcuts';
import { lastCharsOf } from '@/lib/ticket/regex-fragments';
import { fragmentsOfList } from '@/lib/ticket/reply-words';

/** How many lines a client may wrap an attribution ("On …, Name <mail>\nwrote:") over. */
export const MAX_ATTRIBUTION_LINES = 3;
/** How far below "From:" Outlook's next header field ("Sent:", "To:") may be, after wrapping. */
const HEADER_BLOCK_REACH = 4;
/** "Jane wrote:" without a date or address is an attribution only when a '>' quote follows it. */
const MAX_BARE_ATTRIBUTION = 120;

const NON_SPACE = /\S/;
/** Most lines start with a visible character: answered without a regex (the scan asks about every line several times). */
export const isBlank = (line: string) => {
  if (line.length === 0) return true;
  const first = line.charCodeAt(0);
  if (first > 32 && first !== 160 && first < 0x2000) return false;
  return !NON_SPACE.test(line);
};
export const isMarkerCandidate = (line: string) => line.length <= MAX_MARKER_LINE;

/** End-anchored patterns only need the end of a line: the longest tail they can match. */
const ATTRIBUTION_TAIL = 400;

/** Whether the joined lines of a candidate attribution read as one ("On …, Name <a@b> wrote:"). */
function readsAsAttribution(joined: string, first: string): boolean {
  const endsWithColon = isColon(lastVisibleChar(joined));
  const tail = endsWithColon ? joined.slice(-ATTRIBUTION_TAIL) : '';
  if (endsWithColon && ATTRIBUTION_END.test(tail)) return ATTRIBUTION_EVIDENCE.test(joined) || VIA_EVIDENCE.test(joined);
  if (endsWithColon && ATTRIBUTION_OPENER.test(first)) return ATTRIBUTION_EVIDENCE.test(joined);
  // "Shop <team@shop.example> wrote on Thu, Dec 3, 2026 at 9:15 AM:": the date after the verb.
  if (endsWithColon && ADDRESS_BEFORE_VERB.test(joined)) return true;
  if (endsWithColon && WEAK_ATTRIBUTION_END.test(tail)) return ATTRIBUTION_START.test(first) && ATTRIBUTION_EVIDENCE.test(joined);
  if (endsWithColon || !endsWithVerbNoColon(joined) || !ATTRIBUTION_START.test(first)) return false;
  // "------On 12/29/2026 17:32, Jane wrote-----": set off by dashes, a date is evidence enough.
  return ATTRIBUTION_STRONG_EVIDENCE.test(joined) || (/^\s*-{2,}/.test(first) && /\d/.test(joined));
}

/** The last character that is not white space ('' for a blank line), without scanning the line. */
function lastVisibleChar(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\t' || line[i] === '\u00a0')) i--;
  return i >= 0 ? (line[i] ?? '') : '';
}

/** The colon an attribution ends with; Armenian Gmail's "գրել է՝" ends with the Armenian comma instead. */
const isColon = (char: string) => char === ':' || char === '：' || char === '\u055D';
const LETTER = /\p{L}/u;

const isTrailerChar = withAsciiTable((char) => /[\s-]/u.test(char));
/** How many dashes and spaces may follow the verb ("wrote ----"), as VERB_BEFORE_TRAILER allows. */
const MAX_TRAILER = 20;

/** "… wrote" / "… wrote ----" at the end of `text`: the verb is matched backwards from where the trailer begins (no copy, no search). */
function endsWithVerbNoColon(text: string): boolean {
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
function mayEndAttributionAt(lines: readonly string[], k: number): boolean {
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

/** Whether one of the next lines (as far as an attribution can wrap) may end one: most lines are rejected here. */
function mayEndAttributionWithin(lines: readonly string[], start: number): boolean {
  for (let k = start; k < start + MAX_ATTRIBUTION_LINES && k < lines.length; k++) {
    const line = lines[k] ?? '';
    if (isBlank(line) || !isMarkerCandidate(line)) return false;
    if (mayEndAttributionAt(lines, k)) return true;
  }
  return false;
}

/** "Emma via Help Center wrote:" + "> …": a short, unpunctuated "… wrote:" line right above a quote. */
function isBareAttributionAboveQuote(lines: readonly string[], start: number): boolean {
  const line = lines[start] ?? '';
  if (line.length > MAX_BARE_ATTRIBUTION || /[.!?]\s/.test(line) || !ATTRIBUTION_END.test(line)) return false;
  let next = start + 1;
  if (isBlank(lines[next] ?? 'x')) next++;
  return isQuotedLine(lines[next] ?? '');
}

/** The last line of an attribution that starts at `start`, or -1. */
export function attributionEnd(lines: readonly string[], start: number): number {
  const first = lines[start] ?? '';
  if (!isMarkerCandidate(first) || isBlank(first) || isQuotedLine(first)) return -1;
  if (lastVisibleChar(first) === '>' && DATE_ADDRESS_ATTRIBUTION.test(first)) return start;
  if (!mayEndAttributionWithin(lines, start)) return -1;
  let joined = '';
  for (let k = 0; k < MAX_ATTRIBUTION_LINES; k++) {
    const line = lines[start + k];
    if (line === undefined || isBlank(line) || !isMarkerCandidate(line)) return -1;
    if (k > 0 && isQuotedLine(line) && !ATTRIBUTION_CONTINUATION.test(line)) return -1;
    joined = k === 0 ? line : `${joined} ${line.trim()}`;
    if (!mayEndAttributionAt(lines, start + k)) continue;
    // "Il est signalé …" above "Le mar. 30 avr. 2024, Shop a écrit :": the attribution is the second line alone.
    if (k > 0 && ATTRIBUTION_START.test(line) && readsAsAttribution(line, line)) return -1;
    // A wrapped attribution starts like one ("On …", "Le …", a date), not with a finished sentence.
    if (k > 0 && (!(ATTRIBUTION_START.test(first) || ADDRESS_BEFORE_VERB.test(first)) || /[.!?]\s*$/.test(first))) continue;
    if (readsAsAttribution(joined, first)) return start + k;
    if (k === 0 && isBareAttributionAboveQuote(lines, start)) return start;
  }
  return -1;
}

/**
 * "Thanks, see the photo. On Mon, 2 Nov 2026, Shop <a@b> wrote:" on one line: the index where the
 * attribution starts, or -1. Only a line that ends like an attribution is searched.
 */
export function inlineAttributionStart(line: string): number {
  if (!isMarkerCandidate(line) || !mayEndAttribution(line)) return -1;
  // Every attribution found below needs a date, an address or "via": most lines stop here.
  if (!ATTRIBUTION_EVIDENCE.test(line) && !VIA_EVIDENCE.test(line)) return -1;
  for (const match of line.matchAll(INLINE_ATTRIBUTION_START)) {
    const at = match.index + match[0].length;
    const tail = line.slice(at);
    // After a finished sentence a date is evidence enough; in mid-sentence it takes an address.
    if (ONLY_ATTRIBUTION_STARTS.test(line.slice(0, match.index).trim())) continue;
    const afterSentence = /[.!?)]\s*$/.test(line.slice(0, match.index + 1));
    if (readsAsAttribution(tail, tail) && (afterSentence || ATTRIBUTION_STRONG_EVIDENCE.test(tail))) return at;
  }
  return -1;
}

/** Header keys a line holds, counted up to what decides (a collapsed header block has several). */
const COLLAPSED_HEADER_KEYS = 3;
function countHeaderKeys(line: string): number {
  let count = 0;
  HEADER_KEY_ANYWHERE.lastIndex = 0;
  while (count < COLLAPSED_HEADER_KEYS && HEADER_KEY_ANYWHERE.exec(line)) count++;
  HEADER_KEY_ANYWHERE.lastIndex = 0;
  return count;
}

/**
 * Outlook/Apple header block: header fields on consecutive lines ("From:", "Sent:", "To:"; or
 * "Message du :", "De :", "A :"), one naming the sender. Two fields are enough when the sender
 * has an address; otherwise three, so "From: Berlin / To: Munich" in a message stays text.
 * Without a "From:" line, a dated block ("Date: …" + "To: a@b") is one too.
 */
export function isHeaderBlock(lines: readonly string[], start: number): boolean {
  let fromHasAddress: boolean | undefined;
  let fields = 0;
  let dated = false;
  let hasAddress = false;
  for (let k = 0; k <= HEADER_BLOCK_REACH; k++) {
    const line = lines[start + k];
    if (line === undefined || isBlank(line) || !isMarkerCandidate(line)) break;
    const hasColon = mayBeHeaderField(line);
    const isFrom = hasColon && HEADER_FROM_LINE.test(line);
    const isField = isFrom || (hasColon && HEADER_OTHER_LINE.test(line));
    if (k === 0 && !isField) return false;
    if (k === 0 && line.includes('@') && countHeaderKeys(line) >= COLLAPSED_HEADER_KEYS) return true;
    if (isFrom) fromHasAddress ||= line.includes('@');
    if (isField) fields += isFrom && INLINE_SECOND_FIELD.test(line) ? 2 : 1;
    dated ||= isField && HEADER_DATE_LINE.test(line) && /\d/.test(line);
    hasAddress ||= line.includes('@');
    if (fromHasAddress !== undefined && fields >= (fromHasAddress ? 2 : 3)) return true;
  }
  return fromHasAddress === undefined && dated && hasAddress && fields >= 2;
}
