import type { SiteId } from '@/lib/schemas/ticket';
import type { SiteAdapter } from './types';
import { amazonSellerCentral } from './amazon-seller-central';
import { ebay } from './ebay';
import { etsy } from './etsy';
import { generic } from './generic';
import { freshdesk } from './freshdesk';
import { gmail } from './gmail';
import { gorgias } from './gorgias';
import { helpScout } from './help-scout';
import { outlook } from './outlook';
import { zendesk } from './zendesk';
import { asFixturePage, fixtureSiteOf, isLoopback } from './fixture-pages';
import { matchesPattern } from './match-pattern';

/** Every site adapter, one line each. */
export const ADAPTERS = {
  gmail,
  'amazon-seller-central': amazonSellerCentral,
  // Matches no URL: read only on demand (context menu, shortcut, "Always read this site").
  generic,
  ebay,
  etsy,
  'help-scout': helpScout,
  outlook,
  zendesk,
  freshdesk,
  gorgias,
} satisfies Partial<Record<SiteId, SiteAdapter>>;

export type AdapterId = keyof typeof ADAPTERS;

/** The adapter for a page, or null. Loopback /sites/<site-id>/… pages get that site's adapter. */
export function adapterForUrl(url: URL): SiteAdapter | null {
  if (isLoopback(url)) {
    const id = fixtureSiteOf(url);
    return id && isAdapterId(id) ? asFixturePage(ADAPTERS[id]) : null;
  }
  return Object.values(ADAPTERS).find((adapter) => adapter.matches.some((pattern) => matchesPattern(pattern, url))) ?? null;
}

function isAdapterId(id: string): id is AdapterId {
  return Object.hasOwn(ADAPTERS, id);
}
