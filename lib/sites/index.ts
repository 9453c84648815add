import type { SiteId } from '@/lib/schemas/ticket';
import type { SiteAdapter } from './types';
import { amazonSellerCentral } from './amazon-seller-central';
import { gmail } from './gmail';
import { matchesPattern } from './match-pattern';

/** Every site adapter, one line each. */
export const ADAPTERS = {
  gmail,
  'amazon-seller-central': amazonSellerCentral,
} satisfies Partial<Record<SiteId, SiteAdapter>>;

export type AdapterId = keyof typeof ADAPTERS;

/**
 * Where each site's fixture pages stand on the real site. Fixture pages are served on loopback at
 * /sites/<site-id>/<file>.html, not at the site's own paths, so an adapter's route rule is applied
 * to this URL with the fixture page's query and hash (Gmail routes by hash, so its rule still bites).
 */
const FIXTURE_STANDS_FOR: Record<AdapterId, string> = {
  gmail: 'https://mail.google.com/mail/u/0/',
  'amazon-seller-central': 'https://sellercentral.amazon.com/messaging/inbox',
};

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const FIXTURE_PATH = /^\/sites\/([a-z-]+)\//;

/** The adapter for a page, or null. Loopback /sites/<site-id>/… pages get that site's adapter. */
export function adapterForUrl(url: URL): SiteAdapter | null {
  if (LOOPBACK_HOSTS.has(url.hostname)) {
    const id = FIXTURE_PATH.exec(url.pathname)?.[1];
    return id && isAdapterId(id) ? asFixturePage(id, ADAPTERS[id]) : null;
  }
  return Object.values(ADAPTERS).find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url))) ?? null;
}

function isAdapterId(id: string): id is AdapterId {
  return Object.hasOwn(ADAPTERS, id);
}

function asFixturePage(id: AdapterId, adapter: SiteAdapter): SiteAdapter {
  return {
    ...adapter,
    isTicketPage: (url) => adapter.isTicketPage(new URL(FIXTURE_STANDS_FOR[id] + url.search + url.hash)),
  };
}
