import { CLOSING_LINE, CODE_FENCE, MAX_MARKER_LINE, MAX_SIGNATURE_LINE_LENGTH, MAX_SIGNATURE_LINES } from './reply-patterns';

/** "---" alone on its line: above a few short lines at the very end, it opens a signature. */
const DASH_RULE = /^\s*-{2,4}\s*$/;
/** A link, an address or a phone number: signature furniture, whatever its length, not counted as a line. */
const CONTACT_LINE = /https?:\/\/|www\.|\S@\S|\d(?:[\s().-]{0,2}\d){6}/;

/** Contact lines a signature may hold besides its few short lines (the scan from the end stays short). */
const MAX_CONTACT_LINES = 6;

/** Name, title, company, phone: short, and not a question or a sentence ("The box was empty."). */
function looksLikeSignatureLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_SIGNATURE_LINE_LENGTH || text.endsWith('?')) return false;
  return !(text.endsWith('.') && text.split(/\s+/).length >= 3);
}

const hasText = (lines: readonly string[]) => lines.some((l) => l.trim() !== '');

/**
 * Drops a trailing "Best regards,\nJane Doe\nAcme Inc." block: a closing formula (or a "---" rule)
 * alone on its line followed by at most a few short lines (links, addresses and phone numbers not
 * counted). A dashed name alone ("-Abhishek") stays, as email_reply_parser's suite keeps it. Keeps
 * everything when the closing is all there is, so a message that only says "Thanks!" stays "Thanks!".
 */
export function withoutClosing(lines: readonly string[]): readonly string[] {
  let trailing = 0;
  let contacts = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (CODE_FENCE.test(line)) break; // a signature never ends inside or below code
    const opensSignature = line.length <= MAX_MARKER_LINE && (CLOSING_LINE.test(line) || DASH_RULE.test(line));
    if (opensSignature) {
      const before = lines.slice(0, i);
      return hasText(before) ? before : lines;
    }
    if (contacts < MAX_CONTACT_LINES && line.length <= MAX_MARKER_LINE && CONTACT_LINE.test(line)) {
      contacts++;
      continue;
    }
    trailing++;
    if (trailing > MAX_SIGNATURE_LINES || !looksLikeSignatureLine(line)) break;
  }
  return lines;
}
