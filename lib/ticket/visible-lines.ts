/**
 * The scan of a plain-text message from the top: the lines the sender wrote, up to quoted history
 * or their signature, '>' blocks in between skipped, a forward kept apart. Each line is asked a
 * bounded number of capped questions, so the scan is linear in the message.
 */
import { isCodeFence, isForwardLine, isQuotedLine } from '@/lib/ticket/line-shortcuts';
import { attributionEnd, inlineAttributionStart, isBlank, isHeaderBlock, isMarkerCandidate } from '@/lib/ticket/history-markers';
import { skipQuoteBlock } from '@/lib/ticket/quote-blocks';
import { announcesForward, headsForward } from '@/lib/ticket/forward-header';
import { isDashSignature, isMobileFooter, isSignatureStart } from '@/lib/ticket/signature-start';
import { bannerEnd } from '@/lib/ticket/gateway-banner';
import { isHistoryStart } from '@/lib/ticket/history-start';
import { replyBelowHistoryStart } from '@/lib/ticket/reply-below-history';
import { topAttributionQuote } from '@/lib/ticket/top-attribution';
import { withoutDashedName, withoutSignerAboveFooter } from '@/lib/ticket/signer-above-footer';
import { KeptLines } from '@/lib/ticket/kept-lines';
import { PlainLines } from '@/lib/ticket/plain-line';

/**
 * The lines the sender wrote: stops at history or signature, skips '>' blocks in between.
 * A line holding both the end of the reply and an attribution ("Thanks! On Mon, … wrote:") is
 * split in a copy of `original`, the reply kept and the attribution read next. `plain` is the fast
 * path for runs of lines no rule acts on; a test passes one that finds none, to check it changes nothing.
 */
export function visibleLines(
  original: readonly string[],
  plain: Pick<PlainLines, 'plainRunEnd'> = new PlainLines(),
): { own: readonly string[]; forwarded: readonly string[] } {
  // Copied the first time a line is split (rarely): a 1 MB mail's array is not copied for nothing.
  let lines = original as string[];
  let copied = false;
  const kept = new KeptLines();
  let hasVisibleText = false;
  let opensWithHeader = false;
  let inCode = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    // No fence, quote, attribution, signature, history or header block opens with a blank line: it
    // is kept without asking each of them (half the lines of a pasted log are blank).
    if (isBlank(line)) {
      kept.keep(lines, i);
      i++;
      continue;
    }
    // Most lines of a long reply: kept a run at a time, on a character or two each, no rule entered.
    const plainEnd = hasVisibleText && !inCode ? plain.plainRunEnd(lines, i) : i;
    if (plainEnd > i) {
      kept.keepRange(lines, i, plainEnd);
      i = plainEnd;
      continue;
    }
    const isFence = isCodeFence(line);
    if (isFence) inCode = !inCode;
    if (inCode || isFence) {
      kept.keep(lines, i);
      i++;
      continue;
    }
    if (isQuotedLine(line)) {
      const above = kept.all();
      i = skipQuoteBlock(lines, i);
      // Text right above the quote goes on right below it: the blank lines that set the quote off go with it.
      if (above.length > 0 && !isBlank(above[above.length - 1] ?? '')) while (i < lines.length && isBlank(lines[i] ?? '')) i++;
      continue;
    }
    const inlineAt = inlineAttributionStart(line);
    if (inlineAt > 0) {
      kept.push(line.slice(0, inlineAt).replace(/[\s-]+$/, ''));
      hasVisibleText = true;
      if (!copied) lines = [...lines];
      copied = true;
      lines[i] = line.slice(inlineAt);
      continue;
    }
    const attribution = hasVisibleText ? attributionEnd(lines, i) : Math.max(attributionEnd(lines, i), topAttributionQuote(lines, i) - 1);
    if (attribution >= 0) {
      let next = attribution + 1;
      while (next < lines.length && isBlank(lines[next] ?? '')) next++;
      // Quoted with '>': the sender may answer below or in between. Unprefixed: the rest is history.
      if (next < lines.length && !isQuotedLine(lines[next] ?? '')) break;
      i = next;
      continue;
    }
    // Quoted history on top of everything ("-------- Original message --------" and its header block): the
    // sender answered below it, from their greeting on.
    const replyBelow = hasVisibleText ? -1 : replyBelowHistoryStart(lines, i);
    if (replyBelow > i) {
      i = replyBelow;
      continue;
    }
    if (!hasVisibleText && !isBlank(line)) {
      // Above everything the sender wrote: a gateway's warning, or "Sent from my iPhone" that a
      // client put on top, is skipped; "--" there is the message itself (a name under a rule).
      const afterBanner = bannerEnd(lines, i);
      if (afterBanner > i || (isSignatureStart(line) && !isDashSignature(line))) {
        i = Math.max(afterBanner, i + 1);
        continue;
      }
    }
    // "__" above a mailing list's footer or a header block is the rule history starts at, not a signature's.
    if (hasVisibleText && isSignatureStart(line) && !(line.startsWith('_') && isHistoryStart(lines, i, hasVisibleText))) {
      // "--" right above a client's footer ("--\nОтправлено из Почты Mail.ru") is that footer's rule.
      const footed = !isDashSignature(line) || isMobileFooter(lines[i + 1] ?? '');
      return { own: footed ? withoutSignerAboveFooter(kept.result()) : withoutDashedName(kept.result()), forwarded: [] };
    }
    if (isHistoryStart(lines, i, hasVisibleText)) {
      // "Objet : TR: …" in the header block, or "I'm forwarding …" above it: a message passed on, which stays like any forward.
      // In a mail that opens with a header block (itself passed on), it is that message's history.
      if (!opensWithHeader && (headsForward(lines, i) || announcesForward(kept.all())))
        return { own: kept.result(), forwarded: lines.slice(i) };
      break;
    }
    // A header block on top of everything (a pasted mail, a forward without its marker) stays
    // whole: its "Sent:"/"To:" lines are not a second header block below the "From:" line.
    if (!hasVisibleText && isMarkerCandidate(line) && isHeaderBlock(lines, i)) {
      const end = headerBlockEnd(lines, i);
      kept.keepRange(lines, i, end);
      hasVisibleText = true;
      opensWithHeader = true;
      i = end;
      continue;
    }
    // A forward is what the sender chose to pass on: it stays, with everything below it.
    if (isMarkerCandidate(line) && isForwardLine(line)) return { own: kept.result(), forwarded: lines.slice(i) };
    kept.keep(lines, i);
    hasVisibleText ||= !isBlank(line);
    i++;
  }
  return { own: kept.result(), forwarded: [] };
}

/** The line after a header block: the first blank line below it. */
function headerBlockEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && !isBlank(lines[end] ?? '')) end++;
  return end;
}
