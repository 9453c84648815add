import { injectScript } from '@/lib/inject-script';
import { sendToTab } from '@/lib/messaging';
import { SnapshotResponseSchema, type SnapshotResponse } from '@/lib/schemas/snapshot-response';
import type { SiteId } from '@/lib/schemas/ticket';

/** Where WXT writes entrypoints/page-snapshot.ts. */
export const PAGE_SNAPSHOT_SCRIPT = '/page-snapshot.js';

/**
 * Asks the tab's content script for the redacted snapshot of its page, named for today. The
 * redaction arrives first, injected into the tab only now (it is no part of the content script).
 */
export async function requestSnapshot(tabId: number, site: SiteId): Promise<SnapshotResponse> {
  const date = new Date().toISOString().slice(0, 10);
  await injectScript(tabId, PAGE_SNAPSHOT_SCRIPT);
  const answer = await sendToTab(tabId, { type: 'getSnapshot', what: `${site}-read-wrong`, date });
  return SnapshotResponseSchema.parse(answer);
}
