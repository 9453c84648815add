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
 * Which rule of isHistoryStart `line` may open, by what it holds alone; undefined: none, whatever
 * its neighbours. Asked once per line: the scan's fast path (plain-line.ts) asks the same through
 * opensHistoryLine, so a rule added here is asked there too.
 */
type HistoryOpening = 'original-message' | 'rule' | 'heading' | 'header-field';
function historyOpening(line: string): HistoryOpening | undefined {
  if (!isMarkerCandidate(line)) return undefined;
  // "-----Original Message-----", "*-----…" and "____" open with a dash, star or underscore: other lines skip those patterns.
  const first = firstVisibleChar(line);
  if ((first === '-' || first === '*') && (ORIGINAL_MESSAGE_LINE.test(line) || ORIGINAL_MESSAGE_WITH_HEADER.test(line)))
    return 'original-message';
  if (first === '_' && SEPARATOR_LINE.test(line)) return 'rule';
  if (isHistoryHeadingLine(line)) return 'heading';
  // A header block and a lone "From:" line both open with a header field ("From:", "Sent:", "De :"); a line of a
  // pasted contact list ("Tel: …") is none, and reading it as one cost such a list's every line the scan's rules.
  return mayBeHeaderField(line) && (HEADER_FROM_LINE.test(line) || HEADER_OTHER_LINE.test(line)) ? 'header-field' : undefined;
}

/** Whether history may start at `line` by what it holds alone (each rule of isHistoryStart opens with one of these). */
export const opensHistoryLine = (line: string) => historyOpening(line) !== undefined;

export function isHistoryStart(lines: readonly string[], i: number, hasVisibleText: boolean): boolean {
  const opening = historyOpening(lines[i] ?? '');
  if (opening === 'original-message') return true;
  if (opening === 'rule') return isRuleAboveHistory(lines, i);
  // A heading or header block on top of everything is a contact form or a pasted mail, not history.
  if (opening === undefined || !hasVisibleText) return false;
  return opening === 'heading' || isHeaderBlock(lines, i) || isLoneFromLine(lines, i);
}
