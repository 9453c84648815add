/**
 * Exact shortcuts for patterns asked of every line of a message: the character every match needs
 * is looked for first, and the pattern runs only on a line that has it. A 1 MB mail of 40,000
 * short lines spent most of its time entering patterns that could not match (issue 10: 50 ms per mail).
 */
import { CODE_FENCE, FORWARD_LINE, HISTORY_HEADING_LINE, QUOTED_LINE, REPLY_ABOVE_LINE } from '@/lib/ticket/reply-patterns';
import { firstCharGate } from '@/lib/ticket/first-char-gate';
import { fragmentsOf } from '@/lib/ticket/reply-words';

const GREATER_THAN = 62;
const SPACE = 32;
const TAB = 9;
/** QUOTED_LINE's indent: at most this many spaces or tabs before '>'. */
const MAX_QUOTE_INDENT = 3;

/** QUOTED_LINE: a '>' after at most three spaces or tabs, then the pattern's own checks. */
export function isQuotedLine(line: string): boolean {
  for (let i = 0; i <= MAX_QUOTE_INDENT; i++) {
    const code = line.charCodeAt(i);
    if (code === GREATER_THAN) return QUOTED_LINE.test(line);
    if (code !== SPACE && code !== TAB) return false;
  }
  return false;
}

const BACKTICK = 96;
const ASCII = 128;

/** CODE_FENCE: "```" first after white space; a line opening with any other visible ASCII character is no fence. */
export function isCodeFence(line: string): boolean {
  const first = line.charCodeAt(0);
  if (first === BACKTICK) return CODE_FENCE.test(line);
  if (first > SPACE && first < ASCII) return false;
  return line.includes('```') && CODE_FENCE.test(line);
}

/** The header keys open with a fixed letter, after white space and a '*' of bold. */
const mayStartWithHeaderKey = firstCharGate([...fragmentsOf('headerFromKeys'), ...fragmentsOf('headerOtherKeys')], '*', false);

/** HEADER_FROM_LINE and HEADER_OTHER_LINE: a header key first, and a colon (ASCII or full-width) after it. */
export const mayBeHeaderField = (line: string) => mayStartWithHeaderKey(line) && (line.includes(':') || line.includes('：'));

/** FORWARD_LINE opens with dashes ("---------- Forwarded message ---------") or one of its intros. */
const mayStartForward = firstCharGate(['-', ...fragmentsOf('forwardIntros')], '', true);
export const isForwardLine = (line: string) => mayStartForward(line) && FORWARD_LINE.test(line);

/** HISTORY_HEADING_LINE opens with one of its headings; REPLY_ABOVE_LINE with its marker after a frame of '#', '-' or '='. */
const mayStartHistoryHeading = firstCharGate(fragmentsOf('historyHeadings'), '', true);
const mayStartReplyAbove = firstCharGate(fragmentsOf('replyAboveMarkers'), '#-=', true);
export const isHistoryHeadingLine = (line: string) =>
  (mayStartHistoryHeading(line) && HISTORY_HEADING_LINE.test(line)) || (mayStartReplyAbove(line) && REPLY_ABOVE_LINE.test(line));

/** The first character after leading white space, as `line.trimStart().charAt(0)`, without copying the line. */
export function firstVisibleChar(line: string): string {
  const first = line.charCodeAt(0);
  return first > SPACE && first < ASCII ? (line[0] ?? '') : line.trimStart().charAt(0);
}
