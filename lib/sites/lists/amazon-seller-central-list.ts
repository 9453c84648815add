/**
 * Seller Central's Buyer-Seller Messages list (the column of threads beside the open one):
 * buyer name, subject, order line and date per row. Reconstructed from Seller Central help pages
 * and public screenshots (see the fixture's header); the data-test-id names are guesses in the
 * style of Amazon's newer pages, as for the thread adapter.
 */
import { cellText, isoAttribute, rowListReader } from './row-list';

/** Seen 2026-12-04 (reconstructed): one thread row in the list. */
export const SC_LIST_ITEM = '[data-test-id="thread-list"] [data-test-id="thread-list-item"]';
/** Seen 2026-12-04: the row's date; only a machine-readable `datetime` is trusted ("Nov 24" has no year). */
export const SC_ITEM_TIME = 'time[datetime]';
export const SC_ITEM_NAME = '.tl-top > span';
export const SC_ITEM_SUBJECT = '.tl-subject';
export const SC_ITEM_ORDER = '.tl-order';
/** Seen 2026-12-04: the "New" badge inside the buyer's name. */
export const SC_ITEM_BADGE = '.badge';

const MESSAGING_PATH = /^\/messaging\//;

export const amazonSellerCentralList = rowListReader({
  id: 'amazon-seller-central',
  isListPage: (url) => MESSAGING_PATH.test(url.pathname),
  rows: (document) => [...document.querySelectorAll(SC_LIST_ITEM)],
  idOf: (item) => /[?&]t=([A-Z0-9]+)/.exec(item.querySelector('a[href]')?.getAttribute('href') ?? '')?.[1] ?? null,
  clickTarget: (item) => item.querySelector('a'),
  readRow(item) {
    const nameElement = item.querySelector(SC_ITEM_NAME);
    const badge = nameElement?.querySelector(SC_ITEM_BADGE);
    const name = cellText(nameElement).replace(cellText(badge), '').trim();
    const lastMessageAt = isoAttribute(item.querySelector(SC_ITEM_TIME));
    return {
      subject: cellText(item.querySelector(SC_ITEM_SUBJECT)),
      customer: name ? { name } : {},
      ...(lastMessageAt ? { lastMessageAt } : {}),
      snippet: cellText(item.querySelector(SC_ITEM_ORDER)),
      unread: badge !== null && badge !== undefined,
    };
  },
});
