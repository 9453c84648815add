/**
 * The sender's own name right above the signature or footer that ends their text ("-Lev." above
 * "-- ", "Marta" above "Sent from my iPhone"): it signs the message, and goes with what it signs.
 */
import { CLOSING_LINE } from '@/lib/ticket/reply-patterns';
import { isBlank } from '@/lib/ticket/history-markers';
import { ENDS_SENTENCE, NAME_ALONE, closingWithName } from '@/lib/ticket/strip-addressed-name';

/** "-Lev." or "/Lina" (as Swedes sign) right above "Sent from my phone" or "-- " belongs to the signature it signs. */
const DASHED_NAME = /^\s*[-/]\s?\p{Lu}[\p{L}.' ]{0,30}$/u;
export function withoutDashedName(kept: readonly string[]): readonly string[] {
  let end = kept.length;
  while (end > 0 && isBlank(kept[end - 1] ?? '')) end--;
  return end > 0 && DASHED_NAME.test(kept[end - 1] ?? '') && kept.slice(0, end - 1).some((line) => !isBlank(line))
    ? kept.slice(0, end - 1)
    : kept;
}

/**
 * "…resend it?\n\nMarta\n\nSent from my iPhone": a name alone (or with its closing, "Groetjes, Sanne"), set off
 * from text that ends a sentence, right above the footer a client adds signs the message like "-Lev." does, and goes with the footer.
 * "Hello,\n\nYes\n\nSent from my iPhone" keeps its answer: a greeting does not end a sentence. A name alone
 * at the very end of a reply, with no footer under it, stays (README: the public suites keep it). A
 * closing word alone ("Thanks") is not a name: the closing rules decide on it.
 */
export function withoutSignerAboveFooter(kept: readonly string[]): readonly string[] {
  const own = withoutDashedName(kept);
  if (own !== kept) return own;
  let end = kept.length;
  while (end > 0 && isBlank(kept[end - 1] ?? '')) end--;
  const name = kept[end - 1] ?? '';
  const signs = (NAME_ALONE.test(name) && !CLOSING_LINE.test(name)) || closingWithName(name) !== undefined;
  if (end < 2 || !isBlank(kept[end - 2] ?? '') || !signs) return kept;
  let textEnd = end - 2;
  while (textEnd >= 0 && isBlank(kept[textEnd] ?? '')) textEnd--;
  return textEnd >= 0 && ENDS_SENTENCE.test(kept[textEnd] ?? '') ? kept.slice(0, end - 1) : kept;
}
