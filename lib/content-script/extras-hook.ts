/**
 * The hand-over between a site's content script and the page-extras script the panel injects
 * before it reads the inbox list (the Queue), opens a listed conversation or fills the page's tags
 * field (entrypoints/page-extras.ts). Those run when the agent asks, never on a page load, so every
 * site's list reader and tag applier stay out of the content scripts (the 30 KB budget).
 */
import type { SiteId } from '@/lib/schemas/ticket';
import type { ListReader } from '@/lib/sites/lists/types';
import type { TagApplier } from '@/lib/sites/tags/types';
import { isolatedHook } from './isolated-hook';

/** A site's list reader and tag applier, where it has them. */
export interface SiteExtras {
  list?: ListReader;
  tags?: TagApplier;
}

export type PageExtras = (site: SiteId) => SiteExtras;

const hook = isolatedHook<PageExtras>('page-extras');

export const installPageExtras = hook.install;

/** The extras of `site`, once the page-extras script is injected; none before. */
export function installedExtras(site: SiteId, scope: typeof globalThis = globalThis): SiteExtras {
  return hook.installed(scope)?.(site) ?? {};
}
