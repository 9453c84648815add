/**
 * A mail that opens with quoted history — "-------- Оригинално писмо --------" over its header block, nothing
 * above it — was answered below it (bottom-posting, as ABV.bg writes a reply). Without '>' marks nothing shows
 * where the quoted message ends but the sender's greeting: their new text starts at the last greeting alone on
 * its line below the header block ("Здравейте,", "Hello,"). With none, it starts right under the header block:
 * the quote then stays with the sender's text, which must not be lost.
 */
import { isBlank, isHeaderBlock } from '@/lib/ticket/history-markers';
import { MAX_MARKER_LINE, ORIGINAL_MESSAGE_LINE } from '@/lib/ticket/reply-patterns';
import { GREETING_ALONE } from '@/lib/ticket/name-patterns';

/** A greeting alone is a short line: longer ones are not asked (a 1 MB mail below such a block stays linear). */
const MAX_GREETING_LINE = 80;

/** Where the sender's text starts when `lines[start]` opens the mail with quoted history, or -1 when it does not. */
export function replyBelowHistoryStart(lines: readonly string[], start: number): number {
  const line = lines[start] ?? '';
  if (line.length > MAX_MARKER_LINE || !ORIGINAL_MESSAGE_LINE.test(line) || !isHeaderBlock(lines, start + 1)) return -1;
  let below = start + 1;
  while (below < lines.length && !isBlank(lines[below] ?? '')) below++;
  for (let k = lines.length - 1; k > below; k--) {
    const candidate = lines[k] ?? '';
    if (candidate.length <= MAX_GREETING_LINE && GREETING_ALONE.test(candidate)) return k;
  }
  return below;
}
