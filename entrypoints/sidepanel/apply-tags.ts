import { sendToTab } from '@/lib/messaging';
import { injectPageExtras } from '@/lib/page-extras';
import { ApplyTagsResponseSchema } from '@/lib/schemas/responses';
import type { SiteId } from '@/lib/schemas/ticket';
import type { TagsOutcome } from '@/components/triage-card';

/** What the agent does next, per inbox: some save tags on the ticket's own submit, others as they are added. */
const DONE: Partial<Record<SiteId, (applied: string) => string>> = {
  zendesk: (applied) => `Tags added in the page's Tags field (${applied}). Submit the ticket to save them.`,
  freshdesk: (applied) => `Tags added in the ticket's Tags field (${applied}). Click Update to save them.`,
  gorgias: (applied) => `Tags added to the ticket (${applied}).`,
  'help-scout': (applied) => `Tags added to the conversation (${applied}).`,
  gmail: (applied) => `Labels applied in Gmail (${applied}).`,
};

/** Asks the tab's content script to add the tags through the page's own tags field or labels menu. */
export async function applyTags(tabId: number, tags: string[], site: SiteId = 'zendesk'): Promise<TagsOutcome> {
  try {
    await injectPageExtras(tabId);
    const response = ApplyTagsResponseSchema.parse(await sendToTab(tabId, { type: 'applyTags', tags }));
    if (response.ok) return { ok: true, message: (DONE[site] ?? DONE.zendesk!)(response.applied.join(', ')) };
    return { ok: false, message: response.message ?? 'The tags could not be added. Copy them instead.' };
  } catch {
    return { ok: false, message: 'The page did not answer. Reload the inbox tab and try again.' };
  }
}
