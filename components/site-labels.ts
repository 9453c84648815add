import type { SiteId } from '@/lib/schemas/ticket';

/** Each site's name as agents know it. */
export const SITE_LABELS: Record<SiteId, string> = {
  gmail: 'Gmail',
  'amazon-seller-central': 'Amazon Seller Central',
  zendesk: 'Zendesk',
  freshdesk: 'Freshdesk',
  'help-scout': 'Help Scout',
  gorgias: 'Gorgias',
  outlook: 'Outlook',
  ebay: 'eBay',
  etsy: 'Etsy',
  generic: 'Generic reader',
};
