/**
 * One opened mail shown whole: a header of label/value rows ("De :" / "From:" / "Von:" beside the
 * sender) and the body right after it — webmail light and basic views, printed views, a mail opened
 * in its own window. There is no group of message blocks to find, yet a person sees a conversation:
 * the mail is its newest message, and the history it quotes stays in its text for the reply
 * stripper (lib/ticket) to cut. Asked only when the page has no conversation of blocks (./structural.ts).
 * Small on purpose (every content script carries it): no time is read, one message needs no order.
 */
import type { GenericMessage } from './generic-message';
import { person } from './people';
import { relayedAddress } from './form-relay';
import { headerRow } from './structural-header-row';
import { readableText } from './text';
import { singleLine } from './single-line';

/**
 * Elements that may hold one header row: a table row, a definition pair, a line of a header block,
 * or an element whose accessible name is the row (a pop-out reading window labels its sender
 * "From: Name <address>" and shows only the name).
 */
const ROW = 'tr, dt, li, div, p, [aria-label]';
/** Quoted history inside a mail body: a "From:" row there heads an earlier mail, never this one. */
const QUOTED = '#divRplyFwdMsg, blockquote, .gmail_quote';
/** Rows looked at, on any page. */
const MAX_ROWS = 400;
/** A header row is short; a longer one is a paragraph that happens to start with "From:". */
const MAX_ROW_CHARS = 200;
/** Levels above the "From:" row where the header block may end. */
const MAX_LEVELS = 4;
/** A body says at least this much. */
const MIN_BODY_CHARS = 40;

export interface SingleMail {
  message: GenericMessage;
  /** The element holding the header and the body: where the customer is looked for. */
  container: Element;
  /** The line a mail view writes above its "From:" row: the mail's subject. */
  subject: string;
}

export function findSingleMail(doc: Document): SingleMail | null {
  for (const row of Array.from(doc.body?.querySelectorAll(ROW) ?? []).slice(0, MAX_ROWS)) {
    const label = singleLine(row.getAttribute('aria-label'), MAX_ROW_CHARS);
    const line = headerRow(label) ? label : singleLine(row.textContent, MAX_ROW_CHARS + 1);
    const sender = line.length > MAX_ROW_CHARS || row.closest(QUOTED) ? null : headerRow(line);
    for (let header = row, level = 0; sender && level < MAX_LEVELS && header.parentElement; level++, header = header.parentElement) {
      const body = header.nextElementSibling;
      const text = body ? readableText(body).trim() : '';
      // A short sibling is the header's next row; one that opens with a "From:" row is another mail's header.
      if (text.length < MIN_BODY_CHARS || headerRow(text)) continue;
      const above = singleLine(row.previousElementSibling?.textContent, MAX_ROW_CHARS);
      const author = person(sender.name, sender.email);
      return {
        // One message: no kind to compare, no side; its header is the "From:" row.
        message: { author, text, classWords: new Set(), header: line, side: null, kind: '', relayed: relayedAddress(author, text) },
        container: header.parentElement,
        subject: headerRow(above) ? '' : above,
      };
    }
  }
  return null;
}
