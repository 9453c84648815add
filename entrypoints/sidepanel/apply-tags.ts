import { sendToTab } from '@/lib/messaging';
import { ApplyTagsResponseSchema } from '@/lib/schemas/responses';
import type { TagsOutcome } from '@/components/triage-card';

/** Asks the tab's content script to type the tags into the page's own tags field. Saves nothing. */
export async function applyTags(tabId: number, tags: string[]): Promise<TagsOutcome> {
  try {
    const response = ApplyTagsResponseSchema.parse(await sendToTab(tabId, { type: 'applyTags', tags }));
    if (response.ok)
      return { ok: true, message: `Tags added in the page's Tags field (${response.applied.join(', ')}). Submit the ticket to save them.` };
    return { ok: false, message: response.message ?? 'The tags could not be added. Copy them instead.' };
  } catch {
    return { ok: false, message: 'The page did not answer. Reload the inbox tab and try again.' };
  }
}
