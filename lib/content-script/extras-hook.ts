/**
 * The hand-over between a site's content script and the page-extras script the panel injects
 * before it reads the inbox list (the Queue), opens a listed conversation, fills the page's tags
 * field or inserts a reply (the keyboard shortcut too), and Settings injects before it tests a site
 * profile on the page (entrypoints/page-extras.ts). Those run when the agent asks, never on a page
 * load, so every site's list reader, tag applier and reply box stay out of the content scripts (the
 * 30 KB budget).
 */
import type { ContentRequest } from '@/lib/schemas/content-messages';
import type { SiteId } from '@/lib/schemas/ticket';
import type { ApplyTagsResponse, GetListResponse, OpenListRowResponse } from '@/lib/messaging';
import type { SiteAdapter } from '@/lib/sites/types';
import type { ListReader } from '@/lib/sites/lists/types';
import type { TagApplier } from '@/lib/sites/tags/types';
import type { testProfileOnPage } from '@/lib/sites/profile/test-on-page';
import type { ReplyBoxImpl } from '@/lib/sites/reply-boxes/types';
import { isolatedHook } from './isolated-hook';

/** The requests answered with the extras (./extras-answers.ts). */
export type ExtrasRequest = Extract<ContentRequest, { type: 'applyTags' | 'getList' | 'openListRow' }>;

/**
 * A site's list reader and tag applier, where it has them, Settings' "Test on this page", and the
 * answers to the requests that use them (./extras-answers.ts).
 */
export interface SiteExtras {
  list?: ListReader;
  tags?: TagApplier;
  testProfile?: typeof testProfileOnPage;
  /** Where a reply goes and how it is typed there (lib/sites/reply-boxes/). */
  replyBox?: ReplyBoxImpl;
  answer?: (
    request: ExtrasRequest,
    adapter: SiteAdapter,
    extras: SiteExtras,
  ) => Promise<ApplyTagsResponse | GetListResponse | OpenListRowResponse>;
}

export type PageExtras = (site: SiteId) => SiteExtras;

const hook = isolatedHook<PageExtras>('page-extras');

export const installPageExtras = hook.install;

/** The extras of `site`, once the page-extras script is injected; none before. */
export function installedExtras(site: SiteId, scope: typeof globalThis = globalThis): SiteExtras {
  return hook.installed(scope)?.(site) ?? {};
}
