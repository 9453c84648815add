/**
 * A relay or webmail attribution no verb list knows ("Huuto.net-viesti myyjältä Kello_Kauppa 3.12.2026 klo 10.15:",
 * blind set 22), opening a mail whose '>' quote the sender answered below: a line that ends with a colon and holds a
 * date and a clock time, with the quote right under it. (Wrapped over two lines it is not read: the sender's
 * "Hi," above a known attribution would read as its first half.) Without both it is the
 * sender's own lead-in to a quote ("I wrote to you before and you said:", "Your confirmation of 3.12.2026 says:"),
 * which stays.
 */
import { isBlank } from '@/lib/ticket/history-markers';
import { isQuotedLine } from '@/lib/ticket/line-shortcuts';
import { MAX_MARKER_LINE } from '@/lib/ticket/reply-patterns';

/**
 * A date ("3.12.2026", "2026-12-03", "12/3/26", or a year, as "December 3, 2026" and "3. joulukuuta 2026" hold
 * one), then a time ("10.15", "10:15"; a date's own dots are not read as the time).
 */
const DATE_THEN_TIME = /(?<!\d)(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d{2})(?!\d).*?(?<![\d./-])\d{1,2}[:.]\d{2}(?![\d./-])/;
const ENDS_WITH_COLON = /[:：]\s*$/;

/** The index of the quote's first line when `lines[i]`, on top of the mail, is such an attribution; else -1. */
export function topAttributionQuote(lines: readonly string[], i: number): number {
  const line = lines[i] ?? '';
  if (line.length > MAX_MARKER_LINE || !ENDS_WITH_COLON.test(line) || !DATE_THEN_TIME.test(line)) return -1;
  let next = i + 1;
  while (next < lines.length && isBlank(lines[next] ?? '')) next++;
  return next < lines.length && isQuotedLine(lines[next] ?? '') ? next : -1;
}
