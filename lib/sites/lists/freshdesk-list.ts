/**
 * Freshdesk's ticket list (/a/tickets, its filters and views), card layout: subject, ticket number,
 * requester and the customer's latest response per card. The card, content, title-row, id, info and
 * tag-row selectors are those a public Freshdesk userscript (Culverdocs-Freshdesk, 2025) queries on
 * live pages; the requester, time and subject-link attributes inside them are RECONSTRUCTED guesses
 * in the same style (see the fixture's header): replace them once a saved page is seen.
 */
import { isoTime } from '@/lib/sites/time';
import { cellText, rowListReader } from './row-list';

/** Seen 2026-12-04 (userscript): one ticket card of the list. */
export const FD_LIST_ITEM = '.__module-tickets__tickets-list__tickets-table__ticket-item';
/** Seen 2026-12-04 (userscript): the ticket number ("#2331"); the attribute's value is the id. */
export const FD_ITEM_ID = '[data-test-ticket-id]';
/** Seen 2026-12-04 (userscript `.ticket-title-row`; link RECONSTRUCTED): the subject link; its title is the description's start. */
export const FD_ITEM_SUBJECT = '.ticket-title-row a[href*="/a/tickets/"]';
/** Seen 2026-12-04 (userscript `.ticket-info`; inner parts RECONSTRUCTED): requester, then "Customer responded <time>". */
export const FD_ITEM_INFO = '.ticket-info';
export const FD_ITEM_REQUESTER = '[data-test-requester-name]';
/** RECONSTRUCTED 2026-12-04: the relative time's tooltip carries the full date. */
export const FD_ITEM_TIME = '[data-test-timeago][title], time[datetime]';
/** Seen 2026-12-04 (userscript): the tag row above the subject ("New" on an unopened ticket). */
export const FD_ITEM_TAGS = '.ticket-tag-toprow';

const LIST_PATH = /^\/a\/tickets(?:\/(?:filters|view)\/[^/]+)?\/?$/;

export const freshdeskList = rowListReader({
  id: 'freshdesk',
  isListPage: (url) => LIST_PATH.test(url.pathname),
  rows: (document) => [...document.querySelectorAll(FD_LIST_ITEM)],
  idOf: (card) => {
    const id = card.querySelector(FD_ITEM_ID);
    return /\d+/.exec(id?.getAttribute('data-test-ticket-id') || cellText(id))?.[0] ?? null;
  },
  clickTarget: (card) => card.querySelector(FD_ITEM_SUBJECT),
  readRow(card) {
    const info = card.querySelector(FD_ITEM_INFO);
    // Without the name element, the info line reads "Sofia Rossi · Customer responded …".
    const name = cellText(info?.querySelector(FD_ITEM_REQUESTER)) || cellText(info).split(/\s+[·•|]\s+/u)[0];
    const time = card.querySelector(FD_ITEM_TIME);
    const lastMessageAt = isoTime(time?.getAttribute('datetime') ?? time?.getAttribute('title'));
    const subject = card.querySelector(FD_ITEM_SUBJECT);
    return {
      subject: cellText(subject),
      customer: name ? { name } : {},
      ...(lastMessageAt ? { lastMessageAt } : {}),
      snippet: (subject?.getAttribute('title') ?? '').trim(),
      unread: /\bnew\b/i.test(cellText(card.querySelector(FD_ITEM_TAGS))),
    };
  },
});
