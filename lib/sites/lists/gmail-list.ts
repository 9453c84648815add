/**
 * Gmail's thread list (inbox, labels, categories, search). Rows are read from what the page shows:
 * the sender's `email` attribute, the subject, the snippet and the date's title. Selectors from
 * ../shared/data/gmail-dom/selectors.json (gmail.js and InboxSDK, both MIT) and the saved pages there.
 */
import { isoTime } from '@/lib/sites/time';
import type { ListRow } from './types';
import { cellText, rowListReader } from './row-list';

/** Seen 2026-12-04 (gmail.js, InboxSDK): one thread row; `zE` unread, `yO` read. */
export const GMAIL_LIST_ROW = 'tr.zA';
/** Seen 2026-12-04: the thread list container (`gh=tl`); hidden while a thread is open. */
export const GMAIL_THREAD_LIST = '[gh="tl"]';
/** Seen 2026-12-04: senders in a row carry `email` and `name` (`span.zF` unread, `span.yP` read). */
export const GMAIL_ROW_SENDER = 'span[email]';
/** Seen 2026-12-04: subject `span.bog` (older pages: `.y6 span`), snippet `span.y2`. */
export const GMAIL_ROW_SUBJECT = 'span.bog, .y6 span';
export const GMAIL_ROW_SNIPPET = 'span.y2';
/** Seen 2026-12-04: the date cell's span carries the full date in its title ("Fri, Dec 4, 2026, 8:55 AM"). */
export const GMAIL_ROW_DATE = 'td.xW span[title]';
/** Seen 2026-12-04: the legacy thread id sits on the subject's inner span. */
export const GMAIL_ROW_THREAD_ID = '[data-legacy-thread-id]';

/** A list route is a hash without a thread token at its end (see CONVERSATION_HASH in ../gmail.ts). */
const THREAD_TOKEN = /\/[A-Za-z0-9_-]{16,}(?:[/?].*)?$/;

/** Notifications and the shop's own mail are not customers waiting (dated 2026-12-04). */
const AUTOMATED_SENDER = /^(?:no-?reply|do-?not-?reply|mailer|mailer-daemon|notifications?|mcinfo|postmaster)@|noreply/i;

/** Gmail's titles read "Thu, Dec 18, 2014 at 12:35 PM" on older pages: the " at " is dropped. */
function rowDate(row: Element): string | undefined {
  const title = row.querySelector(GMAIL_ROW_DATE)?.getAttribute('title');
  return isoTime(title?.replace(/\s+at\s+/u, ', '));
}

/** The signed-in account is "me" in the rows; its address is in the page title. */
function accountOf(document: Document): string | undefined {
  return /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(document.title)?.[0];
}

function readRow(row: Element, document: Document): Omit<ListRow, 'key'> | null {
  const account = accountOf(document);
  const senders = [...row.querySelectorAll(GMAIL_ROW_SENDER)];
  const customer = senders.find((s) => s.getAttribute('name') !== 'me' && s.getAttribute('email') !== account);
  if (!customer) return null;
  const email = customer.getAttribute('email') ?? undefined;
  if (email && AUTOMATED_SENDER.test(email)) return null;
  const name = customer.getAttribute('name') || cellText(customer) || undefined;
  const lastMessageAt = rowDate(row);
  return {
    subject: cellText(row.querySelector(GMAIL_ROW_SUBJECT)),
    customer: { ...(name ? { name } : {}), ...(email ? { email } : {}) },
    ...(lastMessageAt ? { lastMessageAt } : {}),
    // The snippet starts with " - " after the subject.
    snippet: cellText(row.querySelector(GMAIL_ROW_SNIPPET)).replace(/^[-–]\s*/u, ''),
    unread: row.classList.contains('zE'),
  };
}

function visibleRows(document: Document): Element[] {
  const list = document.querySelector(GMAIL_THREAD_LIST);
  if (!list || (list as HTMLElement).hidden) return [];
  return [...list.querySelectorAll(GMAIL_LIST_ROW)];
}

export const gmailList = rowListReader({
  id: 'gmail',
  isListPage: (url) => /^#[a-z]/.test(url.hash || '#inbox') && !THREAD_TOKEN.test(url.hash),
  rows: visibleRows,
  readRow,
  idOf: (row) => row.querySelector(GMAIL_ROW_THREAD_ID)?.getAttribute('data-legacy-thread-id') ?? null,
  clickTarget: (row) => row.querySelector(GMAIL_ROW_SUBJECT),
});
