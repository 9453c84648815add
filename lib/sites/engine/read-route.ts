/**
 * Which reading a page's route gets — one decision for the content script, its thread watcher and
 * the CLI. A route the adapter knows as a conversation is read by the whole engine; a route it knows
 * holds none (an inbox list, settings, order details) is refused; any other route of the site (a
 * newer build's, next month's) is read by the structural reader given the site's hints, and kept
 * only when it shows a conversation with one customer (issue 10: nothing is empty when a person
 * can see a conversation, and an inbox list or a product page is no ticket).
 */
import type { Thread } from '@/lib/schemas/ticket';
import type { SiteAdapter } from '../types';
import { LOW_CONFIDENCE, readPage, type ReadingSetup } from './read-page';

export type RouteKind = 'conversation' | 'no-conversation' | 'unknown';

export interface RouteRead {
  route: RouteKind;
  /** Null when the route is refused or nothing was found (see `route` for which). */
  thread: Thread | null;
}

export function routeKind(adapter: SiteAdapter, url: URL): RouteKind {
  if (adapter.isTicketPage(url)) return 'conversation';
  return adapter.holdsNoConversation?.(url) ? 'no-conversation' : 'unknown';
}

export function readRoute(doc: Document, url: URL, setup: ReadingSetup): RouteRead {
  const route = routeKind(setup.adapter, url);
  if (route === 'no-conversation') return { route, thread: null };
  if (route === 'conversation') return { route, thread: readPage(doc, url, setup) };
  const thread = readPage(doc, url, { ...setup, only: 'structural' });
  return { route, thread: thread && isCustomerConversation(thread) ? thread : null };
}

/**
 * A conversation with a customer, sure enough to show on a route nobody declared: at least one
 * customer message, and one customer — a list of reviews or of other people's posts gives its
 * "customer" role to several names or addresses. A customer shown once by name and once by
 * address is still one (at most one of each).
 */
export function isCustomerConversation(thread: Thread): boolean {
  if (thread.confidence < LOW_CONFIDENCE) return false;
  const customers = thread.messages.filter(({ role }) => role === 'customer').map(({ author }) => author);
  const distinct = (values: (string | undefined)[]) => new Set(values.filter(Boolean).map((value) => value!.toLowerCase())).size;
  return customers.length > 0 && distinct(customers.map(({ name }) => name)) <= 1 && distinct(customers.map(({ email }) => email)) <= 1;
}
