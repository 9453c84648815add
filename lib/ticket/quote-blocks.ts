/**
 * A '>' quote block in plain text, with the lines a client wrapped out of it: a long quoted line's
 * tail, a link broken over two lines. Each line is looked at once, with its two neighbours.
 */
import { isBlank } from './history-markers';
import { LINK_ONLY_LINE, MAX_MARKER_LINE, MIN_WRAPPED_QUOTE_LENGTH, ONE_TOKEN_LINE, URL_AT_LINE_END } from '@/lib/ticket/reply-patterns';
import { isQuotedLine } from '@/lib/ticket/line-shortcuts';

/** Index after the '>' block starting at `start` (blank lines inside the block belong to it). */
export function skipQuoteBlock(lines: readonly string[], start: number): number {
  let end = start;
  let i = start;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isQuotedLine(line) || isWrappedQuoteTail(lines, i)) end = i + 1;
    else if (!isBlank(line)) break;
    i++;
  }
  return end;
}

/**
 * "> a long quoted line that the client wrapp" + "ed here" + "> next": the middle line is quote;
 * so is a link the client wrapped out of the quote ("> View (http://shop.example/a" + "b=1)", or
 * " (http://shop.example/c) >" alone).
 */
function isWrappedQuoteTail(lines: readonly string[], i: number): boolean {
  const before = lines[i - 1] ?? '';
  const after = lines[i + 1] ?? '';
  if (!isQuotedLine(before) || !isQuotedLine(after)) return false;
  const line = lines[i] ?? '';
  if (line.length > MAX_MARKER_LINE) return false;
  return (
    before.length >= MIN_WRAPPED_QUOTE_LENGTH || LINK_ONLY_LINE.test(line) || (URL_AT_LINE_END.test(before) && ONE_TOKEN_LINE.test(line))
  );
}
