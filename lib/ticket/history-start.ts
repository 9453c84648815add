/**
 * Whether quoted history starts at a line that no attribution opens: "-----Original Message-----",
 * Outlook's "____" rule above a header block, a header block below the sender's text, a lone
 * "From:" line, a marketplace's "Your previous message".
 */
import {
  HEADER_FROM_LINE,
  HEADER_OTHER_LINE,
  ORIGINAL_MESSAGE_LINE,
  ORIGINAL_MESSAGE_WITH_HEADER,
  QUOTED_LINE,
  SEPARATOR_LINE,
} from '@/lib/ticket/reply-patterns';
import { firstVisibleChar, isHistoryHeadingLine, mayBeHeaderField } from '@/lib/ticket/line-shortcuts';
import { attributionEnd, isBlank, isHeaderBlock, isMarkerCandidate } from '@/lib/ticket/history-markers';

/** How far below Outlook's rule its header block may start (a blank line in between). */
const RULE_TO_HEADER = 2;

/** A mailing-list footer under a rule: a few last lines, one with an address or link. */
const MAX_FOOTER_LINES = 6;
function isRuleAboveFooter(lines: readonly string[], i: number): boolean {
  if (lines.length - i - 1 > MAX_FOOTER_LINES) return false;
  const rest = lines.slice(i + 1);
  return rest.some((line) => /@|https?:\/\//.test(line)) && !rest.some((line, k) => QUOTED_LINE.test(line) || attributionEnd(rest, k) >= 0);
}

/**
 * "____" followed by "From: …" or an attribution, or above a mailing-list footer; a rule between
 * two parts of the reply stays.
 */
function isRuleAboveHistory(lines: readonly string[], i: number): boolean {
  if (isRuleAboveFooter(lines, i)) return true;
  for (let k = i + 1; k <= i + RULE_TO_HEADER && k < lines.length; k++) {
    const line = lines[k] ?? '';
    if (isBlank(line)) continue;
    return HEADER_FROM_LINE.test(line) || HEADER_OTHER_LINE.test(line) || ORIGINAL_MESSAGE_LINE.test(line) || attributionEnd(lines, k) >= 0;
  }
  return false;
}

/** "From: jane@shop.example" alone after a blank line: the quoted mail's header, its other fields lost. */
function isLoneFromLine(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  return isBlank(lines[i - 1] ?? '') && isBlank(lines[i + 1] ?? '') && line.includes('@') && HEADER_FROM_LINE.test(line);
}

/**
 * Whether history may start at `line` by what it holds alone: each rule of isHistoryStart opens
 * with one of these, so a line that passes none starts no history, whatever its neighbours. The
 * scan's fast path (plain-line.ts) asks this same list: a rule added here is asked there too.
 */
export function opensHistoryLine(line: string): boolean {
  if (!isMarkerCandidate(line)) return false;
  // "-----Original Message-----", "*-----…" and "____" open with a dash, star or underscore: other lines skip those patterns.
  const first = firstVisibleChar(line);
  return (
    ((first === '-' || first === '*') && (ORIGINAL_MESSAGE_LINE.test(line) || ORIGINAL_MESSAGE_WITH_HEADER.test(line))) ||
    (first === '_' && SEPARATOR_LINE.test(line)) ||
    isHistoryHeadingLine(line) ||
    // A header block and a lone "From:" line both open with a header field.
    mayBeHeaderField(line)
  );
}

export function isHistoryStart(lines: readonly string[], i: number, hasVisibleText: boolean): boolean {
  const line = lines[i] ?? '';
  if (!opensHistoryLine(line)) return false;
  const first = firstVisibleChar(line);
  if (first === '-' || first === '*') {
    if (ORIGINAL_MESSAGE_LINE.test(line) || ORIGINAL_MESSAGE_WITH_HEADER.test(line)) return true;
  }
  if (first === '_' && SEPARATOR_LINE.test(line)) return isRuleAboveHistory(lines, i);
  if (!hasVisibleText) return false;
  // A header block on top of everything is a contact form or a pasted mail, not history.
  return isHistoryHeadingLine(line) || isHeaderBlock(lines, i) || isLoneFromLine(lines, i);
}
