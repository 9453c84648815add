/**
 * Zendesk Agent Workspace views and search results: the generic ticket table. Requester name,
 * subject and the requester's last update per row. Selectors as public scripts that list a view's
 * tickets query them; the table is Garden's (`data-garden-id="tables.row"`).
 */
import { cellText, isoAttribute, rowListReader } from './row-list';

/** Seen 2026-12-04: one ticket row of a view or search result. */
export const ZD_VIEW_ROW = '[data-test-id="generic-table-row"]';
/** Seen 2026-12-04: the ticket id and subject cells (the subject holds the ticket link). */
export const ZD_ID_CELL = '[data-test-id="generic-table-cells-id"]';
export const ZD_SUBJECT_CELL = '[data-test-id="ticket-table-cells-subject"]';
/** Seen 2026-12-04: the requester cell; some accounts show the email beside the name. */
export const ZD_REQUESTER_CELL = '[data-test-id="ticket-table-cells-requester"]';
/** Seen 2026-12-04: date cells render `<time datetime>`; the first is "Requester updated" when that column is shown. */
export const ZD_DATE = '[data-test-id="generic-table-cells-date"] time[datetime]';

const VIEW_PATH = /^\/agent\/(?:filters|search|views)\b/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

export const zendeskList = rowListReader({
  id: 'zendesk',
  isListPage: (url) => VIEW_PATH.test(url.pathname),
  rows: (document) => [...document.querySelectorAll(ZD_VIEW_ROW)],
  idOf: (row) => cellText(row.querySelector(ZD_ID_CELL)).replace(/^#/, '') || null,
  clickTarget: (row) => row.querySelector(`${ZD_SUBJECT_CELL} a`),
  readRow(row) {
    const requester = cellText(row.querySelector(ZD_REQUESTER_CELL));
    const email = EMAIL.exec(requester)?.[0];
    const name = requester
      .replace(email ?? '', '')
      .replace(/[<>()]/g, '')
      .trim();
    const lastMessageAt = isoAttribute(row.querySelector(ZD_DATE));
    const subjectCell = row.querySelector(ZD_SUBJECT_CELL);
    return {
      subject: cellText(subjectCell?.querySelector('a') ?? subjectCell),
      customer: { ...(name ? { name } : {}), ...(email ? { email } : {}) },
      ...(lastMessageAt ? { lastMessageAt } : {}),
      // Views show no message text; the row's description tooltip, when present, is the latest comment.
      snippet: (subjectCell?.querySelector('a')?.getAttribute('title') ?? '').trim(),
      unread: row.getAttribute('aria-selected') !== 'true' && row.querySelector('[data-test-id="ticket-table-cells-unread"]') !== null,
    };
  },
});
