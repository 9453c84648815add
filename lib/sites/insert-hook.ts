/**
 * Reply insertion as the content scripts carry it: each adapter's `findReplyBox` / `insertReply`
 * forward to its site's reply box (./reply-boxes/), which arrives with the page-extras script that
 * the panel and the keyboard shortcut inject before they ask for an insert (lib/page-extras.ts).
 * Inserting runs only when the agent asks, never on a page load, so its code and the composer
 * selectors stay out of the 30 KB content-script budget (issue 10).
 * Before the extras are injected nothing is inserted (false) and no reply box is found (null).
 */
import type { SiteId } from '@/lib/schemas/ticket';
import { isolatedHook } from '@/lib/content-script/isolated-hook';
import type { ReplyBoxImpl } from './reply-boxes/types';

export type ReplyBoxes = Record<SiteId, ReplyBoxImpl>;

const hook = isolatedHook<() => ReplyBoxes>('reply-boxes');

/** Called by the page-extras script (entrypoints/page-extras.ts); `undefined` removes them (tests). */
export const installReplyBoxes = hook.install;

const replyBoxes = (): ReplyBoxes | undefined => hook.installed()?.();

/** The adapter's reply box for `site`: the installed one's, else nothing found and nothing inserted. */
export const replyBoxOf = (site: SiteId): ReplyBoxImpl => ({
  findReplyBox: (doc) => replyBoxes()?.[site].findReplyBox(doc) ?? null,
  insertReply: async (doc, text) => (await replyBoxes()?.[site].insertReply(doc, text)) ?? false,
});
