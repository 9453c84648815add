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
  GROUPWISE_HEADER,
  INLINE_ATTRIBUTION_START,
  ONLY_ATTRIBUTION_STARTS,
  VIA_EVIDENCE,
  WEAK_ATTRIBUTION_END,
} from '@/lib/ticket/attribution-patterns';
import {
  endsWithVerbNoColon,
  isColon,
  lastVisibleChar,
  mayEndAttribution,
  mayEndAttributionAt,
} from '@/lib/ticket/history-markers-attribution-ends';
import { isBlank, isMarkerCandidate } from '@/lib/ticket/history-markers-lines';
import { isQuotedLine } from '@/lib/ticket/line-shortcuts';
import { COMPANY_LINE_END } from '@/lib/ticket/name-patterns';

// The line tests, the header block and where an attribution may end are units of their own; the scan and the
// other rules ask them all here, where quoted history begins.
export { isBlank, isMarkerCandidate } from '@/lib/ticket/history-markers-lines';
export { mayEndAttribution, mayEndAttributionLine } from '@/lib/ticket/history-markers-attribution-ends';
export { isHeaderBlock } from '@/lib/ticket/history-markers-header-block';

/** How many lines a client may wrap an attribution ("On …, Name <mail>\nwrote:") over. */
export const MAX_ATTRIBUTION_LINES = 3;
/** "Jane wrote:" without a date or address is an attribution only when a '>' quote follows it. */
const MAX_BARE_ATTRIBUTION = 120;

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

/** The line a client wrapped an attribution onto: the address on ("<a@b> wrote:", "a@b <a@b>:"), or the verb alone ("작성:"). */
const WRAPPED_ADDRESS_FIRST = /^\s*(?:<[^\s<>@]{1,64}@[^\s<>]{1,255}>|[^\s<>@]{1,64}@[^\s<>@]{1,255}\s)/u;
const MAX_WRAPPED_VERB = 24;
const isWrappedTail = (line: string) =>
  WRAPPED_ADDRESS_FIRST.test(line) || (line.trim().length <= MAX_WRAPPED_VERB && ATTRIBUTION_END.test(line));

/**
 * A wrapped attribution starts like one ("On …", "Le …", "Wiadomość napisana przez …") or is wrapped before
 * its address or verb ("2026年11月21日 13:45 Shop\n<a@b>:"), never after a finished sentence ("… Co." is none).
 */
function wrapsAsAttribution(first: string, second: string): boolean {
  if (/[.!?]\s*$/.test(first) && !COMPANY_LINE_END.test(first)) return false;
  return ATTRIBUTION_START.test(first) || ADDRESS_BEFORE_VERB.test(first) || ATTRIBUTION_OPENER.test(first) || isWrappedTail(second);
}

/** The last line of an attribution that starts at `start`, or -1. */
export function attributionEnd(lines: readonly string[], start: number): number {
  const first = lines[start] ?? '';
  if (!isMarkerCandidate(first) || isBlank(first) || isQuotedLine(first)) return -1;
  if (lastVisibleChar(first) === '>' && (DATE_ADDRESS_ATTRIBUTION.test(first) || GROUPWISE_HEADER.test(first))) return start;
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
    if (k > 0 && !wrapsAsAttribution(first, lines[start + 1] ?? '')) continue;
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
