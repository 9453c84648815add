import type { MessageKey } from '@/lib/i18n/catalogs';
import type { Translator } from '@/lib/i18n/translator';
import { sendToTab } from '@/lib/messaging';
import { injectPageExtras } from '@/lib/page-extras';
import { ApplyTagsResponseSchema } from '@/lib/schemas/responses';
import type { SiteId } from '@/lib/schemas/ticket';
import type { TagsOutcome } from '@/components/triage-card';
import { siteName } from '@/components/site-labels';

/** What the agent does next, per inbox: some save tags on the ticket's own submit, others as they are added. */
const DONE: Partial<Record<SiteId, MessageKey>> = {
  zendesk: 'triage.tagsApplied.zendesk',
  freshdesk: 'triage.tagsApplied.freshdesk',
  gorgias: 'triage.tagsApplied.gorgias',
  'help-scout': 'triage.tagsApplied.helpScout',
  gmail: 'triage.tagsApplied.gmail',
};

/**
 * Asks the tab's content script to add the tags through the page's own tags field or labels menu,
 * told in the interface language, the content script's reason code too (it carries no catalogs).
 */
export async function applyTags(tabId: number, tags: string[], site: SiteId, t: Translator['t']): Promise<TagsOutcome> {
  try {
    await injectPageExtras(tabId);
    const response = ApplyTagsResponseSchema.parse(await sendToTab(tabId, { type: 'applyTags', tags }));
    if (response.ok) return { ok: true, message: t(DONE[site] ?? 'triage.tagsApplied.zendesk', { applied: response.applied.join(', ') }) };
    if (!response.reason) return { ok: false, message: t('triage.tagsNotApplied') };
    const values = { site: siteName(site, t), tags: (response.missing ?? []).join(', ') };
    return { ok: false, message: t(`triage.tagsFailure.${response.reason}`, values) };
  } catch {
    return { ok: false, message: t('triage.tagsNoAnswer') };
  }
}
