/**
 * The hand-over between a site's content script and the page-snapshot script the panel injects on
 * "Report a page read wrong" (entrypoints/page-snapshot.ts). Redaction and the fixture export are
 * needed once in a while, never on a page load, so they stay out of every content script (the 30 KB
 * budget) and arrive only when the agent asks. Both scripts run in the extension's isolated world
 * of the page, which they share: the page's own scripts cannot see or replace the hook.
 */
import type { GetSnapshotEnvelope, SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import type { SiteId, Thread } from '@/lib/schemas/ticket';

/** `request` as the content script received it: the snapshotter parses it in full. */
export type PageSnapshotter = (request: GetSnapshotEnvelope, site: SiteId, thread: Thread, document: Document) => SnapshotResponse;

const HOOK = Symbol.for('deskpilot.page-snapshot');

type WithHook = typeof globalThis & { [HOOK]?: PageSnapshotter };

/** `undefined` removes it (tests). */
export function installSnapshotter(snapshotter: PageSnapshotter | undefined, scope: typeof globalThis = globalThis): void {
  (scope as WithHook)[HOOK] = snapshotter;
}

export function installedSnapshotter(scope: typeof globalThis = globalThis): PageSnapshotter | undefined {
  const hook = (scope as WithHook)[HOOK];
  return typeof hook === 'function' ? hook : undefined;
}
