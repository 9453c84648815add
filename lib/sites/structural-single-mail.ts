/**
 * One opened mail shown whole: a header of label/value rows ("De :" / "From:" / "Von:" beside the
 * sender, "Envoyé :" / "Sent:" beside the date) and the body right after it — webmail light and
 * basic views, printed views, a mail opened in its own window. There is no group of message blocks
 * to find, yet a person sees a conversation: the mail is its newest message, and the history it
 * quotes stays in its text for the reply stripper (lib/ticket) to cut. Asked only when the page has
 * no conversation of several blocks (./structural.ts).
 */
import type { GenericMessage } from './generic-message';
import { headerRow } from './structural-header-row';
import { readableText, singleLine } from './text';
import { isoTime } from './time';

/** Elements that may hold one header row: a table row, a definition pair, a line of a header block. */
const ROW = 'tr, dt, li, div, p';
/** Rows looked at, on any page. */
const MAX_ROWS = 400;
/** A header row is short; a longer one is a paragraph that happens to start with "From:". */
const MAX_ROW_CHARS = 200;
/** Levels above the "From:" row where the header block may end. */
const MAX_LEVELS = 4;
/** A body says at least this much. */
const MIN_BODY_CHARS = 40;
/** "Sent:" / "Date:" rows, in the languages of the "From:" row. */
const DATE_ROW =
  /^\s*(?:sent|date|datum|gesendet|envoyé|date d'envoi|enviado|fecha|inviato|data|verzonden|verstuurd|skickat|sendt|wysłano|送信日時|日付|보낸\s?날짜|날짜)\s*:\s*(.{4,80})$/iu;

export interface SingleMail {
  message: GenericMessage;
  /** The element holding the header rows and the body: where the customer is looked for. */
  container: Element;
  /** The line a mail view writes above its "From:" row: the mail's subject. */
  subject?: string;
}

export function findSingleMail(doc: Document): SingleMail | null {
  const rows = doc.body?.querySelectorAll(ROW) ?? [];
  for (let index = 0; index < rows.length && index < MAX_ROWS; index++) {
    const row = rows[index]!;
    const text = singleLine(row.textContent, MAX_ROW_CHARS + 1);
    if (text.length > MAX_ROW_CHARS) continue;
    const sender = headerRow(text);
    if (!sender) continue;
    const found = bodyAfter(row);
    if (!found) continue;
    const sentAt = sentTime(found.header, doc.documentElement.lang || '');
    const subject = lineAbove(row, found.header);
    return {
      ...(subject ? { subject } : {}),
      message: {
        author: { ...(sender.name ? { name: sender.name } : {}), ...(sender.email ? { email: sender.email } : {}) },
        ...(sentAt ? { sentAt } : {}),
        text: found.text,
        classWords: new Set(),
        header: text.toLowerCase(),
        side: null,
        kind: found.body.tagName.toLowerCase(),
      },
      container: found.header.parentElement ?? found.header,
    };
  }
  return null;
}

/** The header block the row sits in and the body that follows it: the next element that says enough. */
function bodyAfter(row: Element): { header: Element; body: Element; text: string } | null {
  let header: Element | null = row;
  for (let level = 0; header && level < MAX_LEVELS; level++, header = header.parentElement) {
    const body = header.nextElementSibling;
    if (!body) continue;
    const text = readableText(body).trim();
    // A short sibling is the header's next row (or an attachment line): the header block ends higher up.
    if (text.length >= MIN_BODY_CHARS) return holdsRows(body) ? null : { header, body, text };
  }
  return null;
}

/** A body holds no header rows of its own (a second mail's header makes it a list, not one mail). */
function holdsRows(element: Element): boolean {
  return Array.from(element.querySelectorAll(ROW))
    .slice(0, MAX_ROWS)
    .some((row) => {
      const text = singleLine(row.textContent, MAX_ROW_CHARS + 1);
      return text.length <= MAX_ROW_CHARS && headerRow(text) !== null;
    });
}

/** The first line before the "From:" row inside its header block (the subject row), if it is one line. */
function lineAbove(row: Element, header: Element): string | undefined {
  for (let at: Element | null = row; at && at !== header.parentElement; at = at.parentElement) {
    const above = at.previousElementSibling;
    if (!above) continue;
    const text = singleLine(above.textContent, MAX_ROW_CHARS + 1);
    return text && text.length <= MAX_ROW_CHARS && !headerRow(text) && !DATE_ROW.test(text) ? text : undefined;
  }
  return undefined;
}

/** The "Sent:" row of the header block, as ISO 8601. */
function sentTime(header: Element, lang: string): string | undefined {
  for (const row of Array.from(header.querySelectorAll(ROW)).slice(0, 20)) {
    const value = DATE_ROW.exec(singleLine(row.textContent, MAX_ROW_CHARS))?.[1];
    if (value) return isoTime(value, lang);
  }
  return undefined;
}
