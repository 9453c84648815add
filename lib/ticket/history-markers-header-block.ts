/**
 * Outlook's and Apple's header blocks of quoted history: "From:", "Sent:", "To:" (in many languages) on
 * consecutive lines. Reads at most a few capped lines from where it is asked.
 */
import {
  HEADER_DATE_LINE,
  HEADER_FROM_LINE,
  HEADER_KEY_ANYWHERE,
  HEADER_OTHER_LINE,
  INLINE_SECOND_FIELD,
} from '@/lib/ticket/reply-patterns';
import { isBlank, isMarkerCandidate } from '@/lib/ticket/history-markers-lines';
import { mayBeHeaderField } from '@/lib/ticket/line-shortcuts';

/** How far below "From:" Outlook's next header field ("Sent:", "To:") may be, after wrapping. */
const HEADER_BLOCK_REACH = 4;

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
