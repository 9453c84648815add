/**
 * The default thresholds (issue 11) and the marketplaces' own response-time rules.
 *
 * Marketplace first-response targets, as the marketplaces state them (checked 2026-12-04):
 * - Amazon: "Respond to buyer messages within 24 hours, including weekends and holidays.
 *   Auto-responders are not considered a valid response." (Seller Central help,
 *   https://sellercentral.amazon.com/gp/help/external/202152030). Past it is `urgent`.
 * - Etsy: Star Seller needs 95 % of *initial* messages answered within 24 hours
 *   (https://help.etsy.com/hc/en-us/articles/4403058372503; reported by EcommerceBytes,
 *   2021-10-05). Follow-ups in a thread are not counted, but we hold every message to it.
 * - eBay: no hard deadline for member messages; return requests and Money Back Guarantee claims
 *   must get a response within 3 business days (eBay Seller Centre, "Change to response times
 *   for handling returns", 2020: "from 8 calendar days to 3 business days"). We use 72 hours,
 *   which is never later than 3 business days, so the warning comes in time.
 * - Shopify and every other channel: the shop's own target, 24 hours by default.
 */
import type { Marketplace, TriageSettings, TriageSettingsPatch } from '@/lib/triage/schema';
import type { SiteId } from '@/lib/schemas/ticket';

export const DEFAULT_TRIAGE_SETTINGS: TriageSettings = {
  targets: { default: 24, amazon: 24, ebay: 72, etsy: 24 },
  nearMarginHours: 4,
  vipLifetimeSpend: 1000,
  vipOrdersCount: 10,
  highValueOrderTotal: 500,
  repeatContacts7d: 2,
  eventWithinDays: 3,
};

/** The marketplace whose rule applies to an inbox; null for a shop's own channels. */
export const MARKETPLACE_OF_SITE: Partial<Record<SiteId, Marketplace>> = {
  'amazon-seller-central': 'amazon',
  ebay: 'ebay',
  etsy: 'etsy',
};

export function marketplaceOfChannel(channel: string | undefined): Marketplace | null {
  if (!channel) return null;
  const id = channel.toLowerCase();
  if (id in MARKETPLACE_OF_SITE) return MARKETPLACE_OF_SITE[id as SiteId] ?? null;
  if (id === 'amazon' || id === 'ebay' || id === 'etsy' || id === 'shopify') return id;
  return null;
}

/** Settings (or a pack) on top of the defaults; later patches win field by field. */
export function mergeTriageSettings(...patches: Array<TriageSettingsPatch | undefined>): TriageSettings {
  let merged: TriageSettings = { ...DEFAULT_TRIAGE_SETTINGS, targets: { ...DEFAULT_TRIAGE_SETTINGS.targets } };
  for (const patch of patches) {
    if (!patch) continue;
    const { targets, ...rest } = patch;
    const definedRest = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
    const definedTargets = Object.fromEntries(Object.entries(targets ?? {}).filter(([, v]) => v !== undefined));
    merged = { ...merged, ...definedRest, targets: { ...merged.targets, ...definedTargets } };
  }
  return merged;
}

export function targetFor(settings: TriageSettings, marketplace: Marketplace | null): { hours: number; source: Marketplace | 'default' } {
  const own = marketplace ? settings.targets[marketplace] : undefined;
  return own !== undefined && marketplace ? { hours: own, source: marketplace } : { hours: settings.targets.default, source: 'default' };
}
