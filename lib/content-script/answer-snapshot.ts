/**
 * Answers the panel's "Report a page read wrong": reads the page with the site's adapter and hands
 * the page and the thread to the snapshot script the panel injected just before
 * (lib/content-script/snapshot-hook.ts), which redacts them into the two files of a fixture.
 */
import type { GetSnapshotRequest, SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import type { SiteAdapter } from '@/lib/sites/types';
import { installedSnapshotter } from './snapshot-hook';

export function answerSnapshot(request: GetSnapshotRequest, adapter: SiteAdapter | null, document: Document, url: URL): SnapshotResponse {
  if (!adapter) return { ok: false, reason: 'unknown-page' };
  const snapshotter = installedSnapshotter();
  if (!snapshotter) return { ok: false, reason: 'not-saved' };
  try {
    const thread = adapter.readThread(document, url);
    if (!thread) return { ok: false, reason: 'no-conversation' };
    return snapshotter(request, adapter.id, thread, document);
  } catch {
    return { ok: false, reason: 'not-saved' };
  }
}
