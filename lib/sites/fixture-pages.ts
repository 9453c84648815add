/**
 * Test and demo pages: inbox fixtures served on loopback at /sites/<site-id>/<file>.html, read by
 * that site's adapter (only the e2e/demo build injects content scripts on loopback). An adapter's
 * route rule is applied to the URL the fixture stands for, with the fixture's query and hash, so
 * Gmail's hash routes still decide whether a conversation is open. A `?route=<path>` query makes the
 * page stand for that path of the site instead (an e2e page at a route the adapter does not know).
 * No adapter is imported here: each per-site content script bundles only its own adapter.
 */
import type { SiteId } from '@/lib/schemas/ticket';
import type { SiteAdapter } from './types';

const FIXTURE_STANDS_FOR: Record<SiteId, string> = {
  gmail: 'https://mail.google.com/mail/u/0/',
  'amazon-seller-central': 'https://sellercentral.amazon.com/messaging/inbox',
  zendesk: 'https://acme.zendesk.com/agent/tickets/1',
  freshdesk: 'https://acme.freshdesk.com/a/tickets/1',
  'help-scout': 'https://secure.helpscout.net/conversation/1/1',
  gorgias: 'https://acme.gorgias.com/app/ticket/1',
  outlook: 'https://outlook.office.com/mail/inbox/id/1',
  ebay: 'https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/1',
  etsy: 'https://www.etsy.com/messages/1',
  generic: 'https://helpdesk.example/tickets/1',
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const FIXTURE_PATH = /^\/sites\/([a-z-]+)\//;

export function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname);
}

/** The site a loopback fixture page belongs to, from its /sites/<site-id>/ path. */
export function fixtureSiteOf(url: URL): string | null {
  return isLoopback(url) ? (FIXTURE_PATH.exec(url.pathname)?.[1] ?? null) : null;
}

/**
 * A test page's own page-read budget (`?read-budget-ms=<n>`), so an e2e test sees a read the budget
 * stops on any machine: below zero, every profile read is over it after its newest message.
 */
export function fixtureReadBudget(url: URL): number | undefined {
  const budget = isLoopback(url) ? url.searchParams.get('read-budget-ms') : null;
  return budget === null || Number.isNaN(Number(budget)) ? undefined : Number(budget);
}

/** The site URL a loopback fixture page stands for. */
function standsFor(site: SiteId, url: URL): URL {
  const route = url.searchParams.get('route');
  return route ? new URL(route + url.hash, FIXTURE_STANDS_FOR[site]) : new URL(FIXTURE_STANDS_FOR[site] + url.search + url.hash);
}

/** The adapter as it applies to its fixture pages. */
export function asFixturePage(adapter: SiteAdapter): SiteAdapter {
  const refused = adapter.holdsNoConversation;
  return {
    ...adapter,
    isTicketPage: (url) => adapter.isTicketPage(standsFor(adapter.id, url)),
    ...(refused ? { holdsNoConversation: (url: URL) => refused(standsFor(adapter.id, url)) } : {}),
  };
}
