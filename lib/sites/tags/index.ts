/**
 * The inboxes whose tags field or labels Deskpilot can fill (lib/sites/tags/<site>-tags.ts).
 * Elsewhere the panel offers Copy. A content script is given only its own site's applier
 * (entrypoints/<site>.content.ts); the panel asks this registry which sites can apply.
 */
import type { SiteId } from '@/lib/schemas/ticket';
import type { TagApplier } from './types';
import { zendeskTags } from './zendesk-tags';
import { freshdeskTags } from './freshdesk-tags';
import { gorgiasTags } from './gorgias-tags';
import { helpScoutTags } from './help-scout-tags';
import { gmailLabels } from './gmail-labels';

export const TAG_APPLIERS: Partial<Record<SiteId, TagApplier>> = {
  zendesk: zendeskTags,
  freshdesk: freshdeskTags,
  gorgias: gorgiasTags,
  'help-scout': helpScoutTags,
  gmail: gmailLabels,
};

export function canApplyTags(site: SiteId): boolean {
  return TAG_APPLIERS[site] !== undefined;
}
