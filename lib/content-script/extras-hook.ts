/**
 * The hand-over between a site's content script and the page-extras script the panel injects
 * before it reads the inbox list (the Queue), opens a listed conversation or fills the page's tags
 * field, and Settings injects before it tests a site profile on the page (entrypoints/page-extras.ts). Those run when the agent asks, never on a page load, so every
 * site's list reader and tag applier stay out of the content scripts (the 30 KB budget). Both
 * scripts run in the extension's isolated world of the page: the page's own scripts cannot see or
 * replace the hook.
 */
import type { SiteId } from '@/lib/schemas/ticket';
import type { ListReader } from '@/lib/sites/lists/types';
import type { TagApplier } from '@/lib/sites/tags/types';
import type { testProfileOnPage } from '@/lib/sites/profile/test-on-page';

/** A site's list reader and tag applier, where it has them, and Settings' "Test on this page". */
export interface SiteExtras {
  list?: ListReader;
  tags?: TagApplier;
  testProfile?: typeof testProfileOnPage;
}

export type PageExtras = (site: SiteId) => SiteExtras;

const HOOK = Symbol.for('deskpilot.page-extras');

type WithHook = typeof globalThis & { [HOOK]?: PageExtras };

/** `undefined` removes it (tests). */
export function installPageExtras(extras: PageExtras | undefined, scope: typeof globalThis = globalThis): void {
  (scope as WithHook)[HOOK] = extras;
}

/** The extras of `site`, once the page-extras script is injected; none before. */
export function installedExtras(site: SiteId, scope: typeof globalThis = globalThis): SiteExtras {
  const hook = (scope as WithHook)[HOOK];
  return typeof hook === 'function' ? hook(site) : {};
}
