/**
 * The hand-over between a site's content script and the page-snapshot script the panel injects on
 * "Report a page read wrong" (entrypoints/page-snapshot.ts). Redaction and the fixture export are
 * needed once in a while, never on a page load, so they stay out of every content script (the 30 KB
 * budget) and arrive only when the agent asks.
 */
import type { GetSnapshotEnvelope, SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import type { SiteId, Thread } from '@/lib/schemas/ticket';
import { isolatedHook } from './isolated-hook';

/** `request` as the content script received it: the snapshotter parses it in full. */
export type PageSnapshotter = (request: GetSnapshotEnvelope, site: SiteId, thread: Thread, document: Document) => SnapshotResponse;

const hook = isolatedHook<PageSnapshotter>('page-snapshot');

export const installSnapshotter = hook.install;
export const installedSnapshotter = hook.installed;
