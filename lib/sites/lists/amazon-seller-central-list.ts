/**
 * Seller Central's Buyer-Seller Messages list (the column of threads beside the open one):
 * buyer name, subject, order line and date per row. Reconstructed from Seller Central help pages
 * and public screenshots (see the fixture's header); the data-test-id names are guesses in the
 * style of Amazon's newer pages, as for the thread adapter.
 */
import { clickLikeUser } from '@/lib/sites/insert';
import type { ListReader, ListRow } from './types';

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

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function keyOf(item: Element, index: number): string {
  const href = item.querySelector('a[href]')?.getAttribute('href') ?? '';
  return /[?&]t=([A-Z0-9]+)/.exec(href)?.[1] ?? `row:${index}`;
}

function readItem(item: Element, index: number): ListRow {
  const nameElement = item.querySelector(SC_ITEM_NAME);
  const badge = nameElement?.querySelector(SC_ITEM_BADGE);
  const name = text(nameElement).replace(text(badge), '').trim();
  const datetime = item.querySelector(SC_ITEM_TIME)?.getAttribute('datetime');
  const millis = datetime ? Date.parse(datetime) : Number.NaN;
  return {
    key: keyOf(item, index),
    subject: text(item.querySelector(SC_ITEM_SUBJECT)),
    customer: name ? { name } : {},
    ...(Number.isNaN(millis) ? {} : { lastMessageAt: new Date(millis).toISOString() }),
    snippet: text(item.querySelector(SC_ITEM_ORDER)),
    unread: badge !== null && badge !== undefined,
  };
}

export const amazonSellerCentralList: ListReader = {
  id: 'amazon-seller-central',
  isListPage: (url) => MESSAGING_PATH.test(url.pathname),
  readList(document) {
    const items = [...document.querySelectorAll(SC_LIST_ITEM)];
    return items.length ? items.map(readItem) : null;
  },
  openRow(document, key) {
    const items = [...document.querySelectorAll(SC_LIST_ITEM)];
    const item = key.startsWith('row:') ? items[Number(key.slice(4))] : items.find((it, i) => keyOf(it, i) === key);
    if (!item) return false;
    clickLikeUser(item.querySelector('a') ?? item);
    return true;
  },
};
