/**
 * Where quoted history begins: attributions ("On …, Name <a@b> wrote:", wrapped over up to three
 * lines) and Outlook/Apple header blocks. Each test reads a few capped lines, never the whole text.
 */
import {
  ATTRIBUTION_CONTINUATION,
  ATTRIBUTION_END,
  ATTRIBUTION_END_NO_COLON,
  ATTRIBUTION_EVIDENCE,
  ATTRIBUTION_START,
  ATTRIBUTION_STRONG_EVIDENCE,
  HEADER_FROM_LINE,
  HEADER_OTHER_LINE,
  MAX_MARKER_LINE,
  QUOTED_LINE,
} from './reply-patterns';

/** How many lines a client may wrap an attribution ("On …, Name <mail>\nwrote:") over. */
const MAX_ATTRIBUTION_LINES = 3;
/** How far below "From:" Outlook's next header field ("Sent:", "To:") may be, after wrapping. */
const HEADER_BLOCK_REACH = 4;

export const isBlank = (line: string) => line.trim() === '';
export const isMarkerCandidate = (line: string) => line.length <= MAX_MARKER_LINE;

/** End-anchored patterns only need the end of a line: the longest tail they can match. */
const ATTRIBUTION_TAIL = 400;
const VERB_TAIL = 40;

const withoutDashes = (text: string) => text.replace(/^[\s-]+|[\s-]+$/g, '');

/** Whether the joined lines of a candidate attribution read as one ("On …, Name <a@b> wrote:"). */
function readsAsAttribution(joined: string, first: string): boolean {
  if (ATTRIBUTION_END.test(joined.slice(-ATTRIBUTION_TAIL))) return ATTRIBUTION_EVIDENCE.test(joined);
  const undashed = withoutDashes(joined.slice(-VERB_TAIL));
  return ATTRIBUTION_END_NO_COLON.test(undashed) && ATTRIBUTION_START.test(first) && ATTRIBUTION_STRONG_EVIDENCE.test(joined);
}

/** A line that may close an attribution: ends in a colon, or in "wrote" with optional dashes. */
const mayEndAttribution = (line: string) =>
  /[:：]\s*$/.test(line) || ATTRIBUTION_END_NO_COLON.test(withoutDashes(line.slice(-VERB_TAIL)));

/** The last line of an attribution that starts at `start`, or -1. */
export function attributionEnd(lines: readonly string[], start: number): number {
  const first = lines[start] ?? '';
  if (!isMarkerCandidate(first) || isBlank(first) || QUOTED_LINE.test(first)) return -1;
  let joined = '';
  for (let k = 0; k < MAX_ATTRIBUTION_LINES; k++) {
    const line = lines[start + k];
    if (line === undefined || isBlank(line) || !isMarkerCandidate(line)) return -1;
    if (k > 0 && QUOTED_LINE.test(line) && !ATTRIBUTION_CONTINUATION.test(line)) return -1;
    joined = k === 0 ? line : `${joined} ${line.trim()}`;
    if (!mayEndAttribution(line)) continue;
    // A wrapped attribution starts like one ("On …", "Le …", a date), not with a finished sentence.
    if (k > 0 && (!ATTRIBUTION_START.test(first) || /[.!?]\s*$/.test(first))) continue;
    if (readsAsAttribution(joined, first)) return start + k;
  }
  return -1;
}

/**
 * Outlook/Apple header block: header fields on consecutive lines ("From:", "Sent:", "To:"; or
 * "Message du :", "De :", "A :"), one naming the sender. Two fields are enough when the sender
 * has an address; otherwise three, so "From: Berlin / To: Munich" in a message stays text.
 */
export function isHeaderBlock(lines: readonly string[], start: number): boolean {
  let fromHasAddress: boolean | undefined;
  let fields = 0;
  for (let k = 0; k <= HEADER_BLOCK_REACH; k++) {
    const line = lines[start + k];
    if (line === undefined || isBlank(line) || !isMarkerCandidate(line)) break;
    const isFrom = HEADER_FROM_LINE.test(line);
    const isField = isFrom || HEADER_OTHER_LINE.test(line);
    if (k === 0 && !isField) return false;
    if (isFrom) fromHasAddress ||= line.includes('@');
    if (isField) fields++;
    if (fromHasAddress !== undefined && fields >= (fromHasAddress ? 2 : 3)) return true;
  }
  return false;
}
