import {
  CODE_FENCE,
  FORWARD_LINE,
  GATEWAY_BANNER,
  HEADER_FROM_LINE,
  HEADER_OTHER_LINE,
  HISTORY_HEADING_LINE,
  ORIGINAL_MESSAGE_LINE,
  ORIGINAL_MESSAGE_WITH_HEADER,
  QUOTED_LINE,
  RULE_LINE,
  SEPARATOR_LINE,
  SIGNATURE_DELIMITER,
} from './reply-patterns';
import { attributionEnd, inlineAttributionStart, isBlank, isHeaderBlock, isMarkerCandidate } from './history-markers';
import { skipQuoteBlock } from './quote-blocks';
import { withoutClosing } from './strip-closing';
import { announcesForward, headsForward } from './forward-header';
import { withoutBoxedSignature } from './strip-sign-off';
import { withoutAddressedName } from './strip-addressed-name';
import { isSignatureStart } from './signature-start';

/** How many lines a gateway's warning on top of the message may take. */
const MAX_BANNER_LINES = 4;
/** A wrapped line of the warning goes on as a long sentence; "Hello," below it is the message. */
const MIN_BANNER_CONTINUATION = 60;
/**
 * Index after a gateway's warning starting at `i` ("CAUTION: … from outside …"), or `i`: its
 * lines up to the last one that names it, and long sentences wrapped from it (HTML puts the
 * warning and the greeting below it in one paragraph).
 */
function bannerEnd(lines: readonly string[], i: number): number {
  let end = i;
  for (let k = i; k < lines.length && k - i < MAX_BANNER_LINES && !isBlank(lines[k] ?? ''); k++) {
    const line = lines[k] ?? '';
    if (isMarkerCandidate(line) && GATEWAY_BANNER.test(line)) end = k + 1;
    else if (end === k && end > i && line.trim().length >= MIN_BANNER_CONTINUATION && /[.!]\s*$/.test(line)) end = k + 1;
  }
  return end;
}

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
  return HEADER_FROM_LINE.test(line) && line.includes('@') && isBlank(lines[i - 1] ?? '') && isBlank(lines[i + 1] ?? '');
}

function isHistoryStart(lines: readonly string[], i: number, hasVisibleText: boolean): boolean {
  const line = lines[i] ?? '';
  if (!isMarkerCandidate(line)) return false;
  if (ORIGINAL_MESSAGE_LINE.test(line) || ORIGINAL_MESSAGE_WITH_HEADER.test(line)) return true;
  if (SEPARATOR_LINE.test(line)) return isRuleAboveHistory(lines, i);
  if (!hasVisibleText) return false;
  // A header block on top of everything is a contact form or a pasted mail, not history.
  return HISTORY_HEADING_LINE.test(line) || isHeaderBlock(lines, i) || isLoneFromLine(lines, i);
}

/**
 * The lines the sender wrote: stops at history or signature, skips '>' blocks in between.
 * A line holding both the end of the reply and an attribution ("Thanks! On Mon, … wrote:") is
 * split in a copy of `original`, the reply kept and the attribution read next.
 */
function visibleLines(original: readonly string[]): { own: string[]; forwarded: string[] } {
  // Copied the first time a line is split (rarely): a 1 MB mail's array is not copied for nothing.
  let lines = original as string[];
  let copied = false;
  const kept: string[] = [];
  let hasVisibleText = false;
  let opensWithHeader = false;
  let inCode = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const isFence = CODE_FENCE.test(line);
    if (isFence) inCode = !inCode;
    if (inCode || isFence) {
      kept.push(line);
      i++;
      continue;
    }
    if (QUOTED_LINE.test(line)) {
      i = skipQuoteBlock(lines, i);
      // Text right above the quote goes on right below it: the blank lines that set the quote off go with it.
      if (kept.length > 0 && !isBlank(kept[kept.length - 1] ?? '')) while (i < lines.length && isBlank(lines[i] ?? '')) i++;
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
    const attribution = attributionEnd(lines, i);
    if (attribution >= 0) {
      let next = attribution + 1;
      while (next < lines.length && isBlank(lines[next] ?? '')) next++;
      // Quoted with '>': the sender may answer below or in between. Unprefixed: the rest is history.
      if (next < lines.length && !QUOTED_LINE.test(lines[next] ?? '')) break;
      i = next;
      continue;
    }
    if (!hasVisibleText && !isBlank(line)) {
      // Above everything the sender wrote: a gateway's warning, or "Sent from my iPhone" that a
      // client put on top, is skipped; "--" there is the message itself (a name under a rule).
      const afterBanner = bannerEnd(lines, i);
      if (afterBanner > i || (isSignatureStart(line) && !SIGNATURE_DELIMITER.test(line))) {
        i = Math.max(afterBanner, i + 1);
        continue;
      }
    }
    if (hasVisibleText && isSignatureStart(line)) return { own: withoutDashedName(kept), forwarded: [] };
    if (isHistoryStart(lines, i, hasVisibleText)) {
      // "Objet : TR: …" in the header block, or "I'm forwarding …" above it: a message passed on, which stays like any forward.
      // In a mail that opens with a header block (itself passed on), it is that message's history.
      if (!opensWithHeader && (headsForward(lines, i) || announcesForward(kept))) return { own: kept, forwarded: lines.slice(i) };
      break;
    }
    // A header block on top of everything (a pasted mail, a forward without its marker) stays
    // whole: its "Sent:"/"To:" lines are not a second header block below the "From:" line.
    if (!hasVisibleText && isMarkerCandidate(line) && isHeaderBlock(lines, i)) {
      const end = headerBlockEnd(lines, i);
      kept.push(...lines.slice(i, end));
      hasVisibleText = true;
      opensWithHeader = true;
      i = end;
      continue;
    }
    // A forward is what the sender chose to pass on: it stays, with everything below it.
    if (isMarkerCandidate(line) && FORWARD_LINE.test(line)) return { own: kept, forwarded: lines.slice(i) };
    kept.push(line);
    hasVisibleText ||= !isBlank(line);
    i++;
  }
  return { own: kept, forwarded: [] };
}

/** The line after a header block: the first blank line below it. */
function headerBlockEnd(lines: readonly string[], start: number): number {
  let end = start;
  while (end < lines.length && !isBlank(lines[end] ?? '')) end++;
  return end;
}

/** "-Lev." or "/Lina" (as Swedes sign) right above "Sent from my phone" or "-- " belongs to the signature it signs. */
const DASHED_NAME = /^\s*[-/]\s?\p{Lu}[\p{L}.' ]{0,30}$/u;
function withoutDashedName(kept: string[]): string[] {
  let end = kept.length;
  while (end > 0 && isBlank(kept[end - 1] ?? '')) end--;
  return end > 0 && DASHED_NAME.test(kept[end - 1] ?? '') && kept.slice(0, end - 1).some((line) => !isBlank(line))
    ? kept.slice(0, end - 1)
    : kept;
}

const textLineCount = (lines: readonly string[]) => lines.filter((line) => !isBlank(line)).length;

/**
 * What stays above a forward: the sender's text without a sign-off that has their name under it
 * ("Thanks,\nChris"); a lone "Thanks" there stays, as the line that hands the forward over.
 */
function aboveForward(own: readonly string[], withoutSignOff: readonly string[]): readonly string[] {
  return textLineCount(own) - textLineCount(withoutSignOff) >= 2 ? withoutSignOff : own;
}

/** Drops blank and rule lines ("-----", "====") left at the end where history was cut off. */
function withoutTrailingRules(lines: readonly string[]): readonly string[] {
  let end = lines.length;
  while (end > 0 && (isBlank(lines[end - 1] ?? '') || RULE_LINE.test(lines[end - 1] ?? ''))) end--;
  return end === lines.length ? lines : lines.slice(0, end);
}

/**
 * The new text the sender wrote in a plain-text message: without quoted history (attributions in
 * many languages, Outlook header blocks, "-----Original Message-----", '>' quotes), without the
 * signature ("-- ", "Sent from my iPhone", a closing formula with a few name lines).
 * Line-based and linear in the input: a 1 MB message takes milliseconds.
 */
export function stripReplyText(text: string): string {
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const original = normalized.split('\n');
  const { own, forwarded } = visibleLines(original);
  // The sender's closing is cut from what they wrote, never from the message they forward.
  const ownText = withoutClosing(withoutTrailingRules(withoutBoxedSignature(own)));
  const kept = forwarded.length > 0 ? [...aboveForward(own, ownText), ...forwarded] : ownText;
  const reply = (asPrefixOf(normalized, original, kept) ?? kept.join('\n'))
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
  return forwarded.length > 0 ? reply : withoutAddressedName(reply, normalized);
}

/**
 * When the kept lines are the first lines of the message unchanged (the usual reply on top), the
 * text up to there: a slice instead of joining thousands of lines again. Otherwise undefined.
 */
function asPrefixOf(text: string, lines: readonly string[], kept: readonly string[]): string | undefined {
  if (kept.length > lines.length) return undefined;
  let length = 0;
  for (let k = 0; k < kept.length; k++) {
    const line = kept[k] ?? '';
    if (line !== lines[k]) return undefined;
    length += line.length + 1;
  }
  return text.slice(0, Math.max(0, length - 1));
}
