import { CLOSING_LINE, RULE_LINE } from '@/lib/ticket/reply-patterns';
import { isBlank } from '@/lib/ticket/history-markers';
import { closingEnd } from '@/lib/ticket/strip-closing';
import { withoutBoxedSignature } from '@/lib/ticket/strip-sign-off';
import { NAME_ALONE, withoutAddressedName } from '@/lib/ticket/strip-addressed-name';
import { visibleLines } from '@/lib/ticket/visible-lines';
import { withoutDashedName } from '@/lib/ticket/signer-above-footer';
import { foldTypography, unfoldTypography } from '@/lib/ticket/fold-typography';

const textLineCount = (lines: readonly string[]) => lines.filter((line) => !isBlank(line)).length;

/**
 * "…can you check this?\n\nTakahashi" (or "/Linnea", as Swedes sign) right above the forward: the name signs
 * the note that hands the forward over (at the very end of a reply a name alone stays, README; here nothing
 * follows it but the message passed on). A closing word alone ("Thanks") is not a name. `lines` when there is none.
 */
function withoutNameAboveForward(lines: readonly string[]): readonly string[] {
  const undashed = withoutDashedName(lines);
  if (undashed !== lines) return undashed;
  let last = lines.length - 1;
  while (last >= 0 && isBlank(lines[last] ?? '')) last--;
  const name = lines[last] ?? '';
  if (last <= 0 || !isBlank(lines[last - 1] ?? '') || !NAME_ALONE.test(name) || CLOSING_LINE.test(name)) return lines;
  const above = lines.slice(0, last);
  return textLineCount(above) > 0 ? above : lines;
}

/**
 * What stays above a forward: the sender's text without a sign-off that has their name under it
 * ("Thanks,\nChris") or their name alone; a lone "Thanks" there stays, as the line that hands the
 * forward over.
 */
function aboveForward(own: readonly string[], withoutSignOff: readonly string[]): readonly string[] {
  return textLineCount(own) - textLineCount(withoutSignOff) >= 2 ? withoutSignOff : withoutNameAboveForward(own);
}

/** Where the text ends without the blank and rule lines ("-----", "====") left at the end where history was cut off. */
function endWithoutTrailingRules(lines: readonly string[]): number {
  let end = lines.length;
  while (end > 0 && (isBlank(lines[end - 1] ?? '') || RULE_LINE.test(lines[end - 1] ?? ''))) end--;
  return end;
}

/**
 * The new text the sender wrote in a plain-text message: without quoted history (attributions in
 * many languages, Outlook header blocks, "-----Original Message-----", '>' quotes), without the
 * signature ("-- ", "Sent from my iPhone", a closing formula with a few name lines).
 * Line-based and linear in the input: a 1 MB message takes milliseconds. The rules read the text
 * with its typographic variants folded ("d’avance", U+2010 hyphens); the reply keeps them.
 */
export function stripReplyText(text: string): string {
  const unfolded = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const normalized = foldTypography(unfolded);
  const original = normalized.split('\n');
  const { own, forwarded } = visibleLines(original);
  // The sender's closing is cut from what they wrote, never from the message they forward. The
  // rules at the end read `signed` up to an end index: no copy of a 1 MB mail's lines per rule.
  const signed = withoutBoxedSignature(own);
  const ownEnd = closingEnd(signed, endWithoutTrailingRules(signed));
  const kept = forwarded.length > 0 ? [...aboveForward(own, signed.slice(0, ownEnd)), ...forwarded] : signed;
  const keptEnd = forwarded.length > 0 ? kept.length : ownEnd;
  const reply = (asPrefixOf(normalized, original, kept, keptEnd) ?? kept.slice(0, keptEnd).join('\n'))
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
  return unfoldTypography(forwarded.length > 0 ? reply : withoutAddressedName(reply, normalized), normalized, unfolded);
}

/**
 * When the kept lines (`kept[0, keptEnd)`) are the first lines of the message unchanged (the usual
 * reply on top), the text up to there: a slice instead of joining thousands of lines again.
 * Otherwise undefined.
 */
function asPrefixOf(text: string, lines: readonly string[], kept: readonly string[], keptEnd: number): string | undefined {
  if (keptEnd > lines.length) return undefined;
  // The scan kept the message's own lines: only the lines cut below are read (text = lines joined by '\n').
  if (kept === lines) {
    let cut = 0;
    for (let k = keptEnd; k < lines.length; k++) cut += (lines[k] ?? '').length + 1;
    return text.slice(0, Math.max(0, text.length - cut));
  }
  let length = 0;
  for (let k = 0; k < keptEnd; k++) {
    const line = kept[k] ?? '';
    if (line !== lines[k]) return undefined;
    length += line.length + 1;
  }
  return text.slice(0, Math.max(0, length - 1));
}
