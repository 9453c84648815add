import { CLOSING_LINE, CODE_FENCE, MAX_MARKER_LINE, MAX_SIGNATURE_LINE_LENGTH, MAX_SIGNATURE_LINES } from '@/lib/ticket/reply-patterns';
import { COMPANY_LINE_END } from '@/lib/ticket/name-patterns';
import { signatureCardStart } from './strip-signature-card';
import { nameSignOffEnd, trailingNoticeStart } from './strip-sign-off';

/**
 * "---", "_____" or "——————" alone on its line: above a few short lines at the very end, it opens a
 * signature (a longer run of hyphens is a divider the sender draws between parts of the text).
 */
const DASH_RULE = /^\s*(?:-{2,4}|_{3,}|[—─━]{2,})\s*$/;
/** A long rule is also a divider in the text: below it, "Item: Blue mug" / "Qty: 2" are data, not a signature. */
const LONG_RULE = /^\s*(?:_{3,}|[—─━]{2,})\s*$/;
const FIELD_LINE = /^\s*[^:：\s][^:：]{0,30}[:：]\s/;
/** A link, an address or a phone number: signature furniture, whatever its length, not counted as a line. */
const CONTACT_LINE = /https?:\/\/|www\.|\S@\S|\d(?:[\s().-]{0,2}\d){6}/;

/** Contact lines a signature may hold besides its few short lines (the scan from the end stays short). */
const MAX_CONTACT_LINES = 6;

/** Name, title, company, phone: short, and not a question or a sentence ("The box was empty."). */
function looksLikeSignatureLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_SIGNATURE_LINE_LENGTH || text.endsWith('?')) return false;
  // "Gestor de Compras | Carvalho & Filhos, Lda.": a title and company, its period an abbreviation's.
  if (text.includes(' | ')) return true;
  if (COMPANY_LINE_END.test(text)) return true;
  return !(text.endsWith('.') && text.split(/\s+/).length >= 3);
}

/** Whether a line above `end` has text: read in place, not from a copy of every line above a closing. */
function hasTextBefore(lines: readonly string[], end: number): boolean {
  for (let k = 0; k < end; k++) if ((lines[k] ?? '').trim() !== '') return true;
  return false;
}

/**
 * Where a trailing "Best regards,\nJane Doe\nAcme Inc." block of `lines[0, end)` starts, as the end of
 * what stays (`end` when nothing goes): a closing formula (or a "---" rule) alone on its line followed
 * by at most a few short lines (links, addresses and phone numbers not counted). A dashed name alone
 * ("-Abhishek") stays, as email_reply_parser's suite keeps it. Keeps everything when the closing is all
 * there is, so a message that only says "Thanks!" stays "Thanks!". Every rule at the end of a message
 * reads the scan's lines in place, not a copy of 240,000 lines per rule.
 */
export function closingEnd(lines: readonly string[], end: number): number {
  const cut = signatureEnd(lines, end);
  if (cut < end) return cut;
  // A legal notice under the signature hides it from the scan from the end: looked for without it.
  const body = trailingNoticeStart(lines, end);
  if (body < end) {
    const signed = signatureEnd(lines, body);
    if (signed < body) return signed;
    const named = nameSignOffEnd(lines, body);
    if (named < body) return named;
  }
  return nameSignOffEnd(lines, end);
}

/** Where the text above a closing with its signature, a sign-off above company furniture, or a signature card ends; or `end`. */
function signatureEnd(lines: readonly string[], end: number): number {
  const closing = closingStart(lines, end);
  if (closing > 0) {
    // "Viele Grüße\nStefan Wolf\n---\nWolf Steuerberatung": the closing above the rule goes too.
    const closingAboveRule = DASH_RULE.test(lines[closing] ?? '') ? closingStart(lines, closing) : -1;
    return closingAboveRule > 0 ? closingAboveRule : closing;
  }
  const signOff = signOffAboveFurniture(lines, end);
  if (signOff > 0 && hasTextBefore(lines, signOff)) return signOff;
  const card = signatureCardStart(lines, end);
  if (card <= 0 || !hasTextBefore(lines, card)) return end;
  // "Best,\nKaren" above the card: the closing goes too (looked for once, not card after card).
  const closingAboveCard = closingStart(lines, card);
  return closingAboveCard > 0 ? closingAboveCard : card;
}

/** Where the closing (or "---" rule) that opens a short trailing signature of `lines[0, end)` is, with text above it; or -1. */
function closingStart(lines: readonly string[], end: number): number {
  let trailing = 0;
  let contacts = 0;
  let fields = false;
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (CODE_FENCE.test(line)) break; // a signature never ends inside or below code
    if (POSTSCRIPT.test(line)) break; // "P.S. …" below the name is the sender's text
    const isRule = DASH_RULE.test(line) && !(fields && LONG_RULE.test(line));
    const opensSignature = line.length <= MAX_MARKER_LINE && (CLOSING_LINE.test(line) || isRule);
    if (opensSignature) return hasTextBefore(lines, i) ? i : -1;
    if (contacts < MAX_CONTACT_LINES && line.length <= MAX_MARKER_LINE && CONTACT_LINE.test(line)) {
      contacts++;
      continue;
    }
    trailing++;
    fields ||= FIELD_LINE.test(line);
    if (trailing > MAX_SIGNATURE_LINES || !looksLikeSignatureLine(line)) break;
  }
  return -1;
}

/** How far from the end a sign-off with a long signature below it is looked for. */
const MAX_SIGN_OFF_TAIL = 12;
const MAX_SIGN_OFF_SCAN = 40;
/** A name under the closing: a few words, no sentence. */
const NAME_LINE = /^\s*\p{L}[\p{L}.'’ -]{0,40}$/u;
const MAX_NAME_WORDS = 4;
/** What a company signature carries and a sender's own text rarely does: links, images, addresses, bold. */
const SIGNATURE_FURNITURE = /https?:\/\/|www\.|\S@\S|\*\*|!\[/;
/** A postscript is the sender's text, even below the name. */
const POSTSCRIPT = /^\s*P\.?\s?S\b/i;

/**
 * "Freundliche Grüße\nAnke\n\n**Anke McElligott**, Implementation Specialist\n![banner](…)\n
 * Willst du …?": a closing and a name on their own, then a company signature too long or too wordy
 * for the scan from the end, told by its links, images or bold. Index of the closing, or -1.
 * Prose below the name without such furniture stays (the sender went on writing).
 */
function signOffAboveFurniture(lines: readonly string[], end: number): number {
  let tailLines = 0;
  let furnished = false;
  const stop = Math.max(0, end - MAX_SIGN_OFF_SCAN);
  for (let i = end - 1; i > stop; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (CODE_FENCE.test(line) || ++tailLines > MAX_SIGN_OFF_TAIL) return -1;
    furnished ||= SIGNATURE_FURNITURE.test(line);
    const closing = lines[i - 1] ?? '';
    const isNameUnderClosing =
      NAME_LINE.test(line) &&
      line.trim().split(/\s+/).length <= MAX_NAME_WORDS &&
      CLOSING_LINE.test(closing) &&
      closing.length <= MAX_MARKER_LINE;
    if (!isNameUnderClosing) continue;
    const after = lines.slice(i + 1, end).find((next) => next.trim() !== '') ?? '';
    const below = i + 1 < end ? (lines[i + 1] ?? '') : '';
    return furnished && below.trim() === '' && !POSTSCRIPT.test(after) ? i - 1 : -1;
  }
  return -1;
}
