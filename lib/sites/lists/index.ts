/**
 * The inboxes whose list pages the Queue can read (lib/sites/lists/<site>-list.ts). Kept apart from
 * the site adapters. The CLI uses this registry; a content script is given only its own site's
 * reader (entrypoints/<site>.content.ts), so it bundles no other site's.
 */
import type { SiteId } from '@/lib/schemas/ticket';
import type { ListReader } from './types';
import { gmailList } from './gmail-list';
import { amazonSellerCentralList } from './amazon-seller-central-list';
import { zendeskList } from './zendesk-list';
import { freshdeskList } from './freshdesk-list';
import { helpScoutList } from './help-scout-list';

export const LIST_READERS: Partial<Record<SiteId, ListReader>> = {
  gmail: gmailList,
  'amazon-seller-central': amazonSellerCentralList,
  zendesk: zendeskList,
  freshdesk: freshdeskList,
  'help-scout': helpScoutList,
};
