import type { SiteId } from '@/lib/schemas/ticket';
import type { Translator } from '@/lib/i18n/translator';

/** Each site's name as agents know it: brand names, the same in every language (the generic reader's is translated). */
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

/** The site's name in the interface language. */
export const siteName = (site: SiteId, t: Translator['t']): string => (site === 'generic' ? t('site.generic') : SITE_LABELS[site]);
