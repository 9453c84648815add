/**
 * The loop every list reader shares: find the rows, read each into a ListRow keyed by the page's
 * own id (else its position), and open a row by clicking what a person would click. A site's list
 * reader gives only what differs: its rows, how to read one, its id and its click target.
 */
import { clickLikeUser } from '@/lib/sites/insert';
import type { SiteId } from '@/lib/schemas/ticket';
import type { ListReader, ListRow } from './types';

export interface RowListSpec {
  id: SiteId;
  isListPage(url: URL): boolean;
  /** The visible rows, top to bottom (none when the page shows no list). */
  rows(document: Document): Element[];
  /** One row as the page shows it; null to skip it (a notification, the shop's own mail). */
  readRow(row: Element, document: Document): Omit<ListRow, 'key'> | null;
  /** The row's own id (thread id, ticket number), or null: then its position is its key. */
  idOf(row: Element): string | null;
  /** What a person clicks to open the row (the subject link); the row itself when absent. */
  clickTarget(row: Element): Element | null;
}

/** Whitespace-collapsed text of an element ('' when absent). */
export function cellText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A machine-readable date attribute as ISO 8601; undefined when absent or unreadable. */
export function isoAttribute(element: Element | null | undefined, attribute = 'datetime'): string | undefined {
  const millis = Date.parse(element?.getAttribute(attribute) ?? '');
  return Number.isNaN(millis) ? undefined : new Date(millis).toISOString();
}

export function rowListReader(spec: RowListSpec): ListReader {
  const keyOf = (row: Element, index: number) => spec.idOf(row) || `row:${index}`;
  return {
    id: spec.id,
    isListPage: spec.isListPage,
    readList(document) {
      const rows = spec.rows(document);
      if (rows.length === 0) return null;
      return rows.flatMap((row, index) => {
        const read = spec.readRow(row, document);
        return read ? [{ key: keyOf(row, index), ...read }] : [];
      });
    },
    openRow(document, key) {
      const rows = spec.rows(document);
      const row = key.startsWith('row:') ? rows[Number(key.slice(4))] : rows.find((r, i) => keyOf(r, i) === key);
      if (!row) return false;
      clickLikeUser(spec.clickTarget(row) ?? row);
      return true;
    },
  };
}
