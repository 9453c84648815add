/**
 * Help Scout's mailbox folders (/mailbox/<slug>/ and /mailbox/<slug>/<folder>/): customer, subject,
 * preview and the latest update per conversation row. The routes and the conversation permalink
 * (/conversation/<id>/<number>) are those public code links to; the row markup is RECONSTRUCTED in
 * the newer app's `data-cy` style (see the fixture's header), with the older table's attributes as
 * fallbacks: replace them once a saved page is seen.
 */
import { isoTime } from '@/lib/sites/time';
import { cellText, rowListReader } from './row-list';

/** RECONSTRUCTED 2026-12-04: one conversation row of a folder. */
export const HS_LIST_ROW = '[data-cy="ConversationRow"], tr[data-conversation-id]';
/** RECONSTRUCTED 2026-12-04: the customer cell (name as text, email in its title). */
export const HS_ROW_CUSTOMER = '[data-cy="ConversationRow-Customer"]';
export const HS_ROW_SUBJECT = '[data-cy="ConversationRow-Subject"]';
export const HS_ROW_PREVIEW = '[data-cy="ConversationRow-Preview"]';
/** Seen 2026-12-04 (permalinks in public code): the row's link to its conversation. */
export const HS_ROW_LINK = 'a[href*="/conversation/"]';
/** RECONSTRUCTED 2026-12-04: the relative time ("6h") with the instant in `datetime`. */
export const HS_ROW_TIME = 'time[datetime]';

const LIST_PATH = /^\/mailbox\/[0-9a-f]{8,}(?:\/\d+)?\/?$/;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

export const helpScoutList = rowListReader({
  id: 'help-scout',
  isListPage: (url) => LIST_PATH.test(url.pathname),
  rows: (document) => [...document.querySelectorAll(HS_LIST_ROW)],
  idOf: (row) =>
    row.getAttribute('data-conversation-id') ??
    /\/conversation\/(\d+)/.exec(row.querySelector(HS_ROW_LINK)?.getAttribute('href') ?? '')?.[1] ??
    null,
  clickTarget: (row) => row.querySelector(HS_ROW_LINK),
  readRow(row) {
    const customerCell = row.querySelector(HS_ROW_CUSTOMER);
    const name = cellText(customerCell);
    const title = customerCell?.getAttribute('title')?.trim() ?? '';
    const email = EMAIL.test(title) ? title : undefined;
    const lastMessageAt = isoTime(row.querySelector(HS_ROW_TIME)?.getAttribute('datetime'));
    return {
      subject: cellText(row.querySelector(HS_ROW_SUBJECT)),
      customer: { ...(name ? { name } : {}), ...(email ? { email } : {}) },
      ...(lastMessageAt ? { lastMessageAt } : {}),
      snippet: cellText(row.querySelector(HS_ROW_PREVIEW)),
      unread: row.classList.contains('is-unread'),
    };
  },
});
