import { sendToTab } from '@/lib/messaging';
import { SnapshotResponseSchema, type SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import type { SiteId } from '@/lib/schemas/ticket';

/** Asks the tab's content script for the redacted snapshot of its page, named for today. */
export async function requestSnapshot(tabId: number, site: SiteId): Promise<SnapshotResponse> {
  const date = new Date().toISOString().slice(0, 10);
  const answer = await sendToTab(tabId, { type: 'getSnapshot', what: `${site}-read-wrong`, date });
  return SnapshotResponseSchema.parse(answer);
}
