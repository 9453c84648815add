/**
 * Parcels from the order itself: the Shipment Tracking extension keeps them in the order's
 * `_wc_shipment_tracking_items` meta, which the orders list already returns in `meta_data`. So
 * the list call is the only request tracking needs, instead of one shipment-trackings call per order.
 * The meta holds the extension's stored shape: a provider slug ("ups", "canada-post") or a custom
 * provider and link, and the ship date as a Unix timestamp.
 */
import { z } from 'zod';
import type { WooOrder, WooTrackingItem } from './woocommerce-wire';

export const TRACKING_META_KEY = '_wc_shipment_tracking_items';

const StoredItemSchema = z
  .object({
    tracking_provider: z.string().nullish(),
    custom_tracking_provider: z.string().nullish(),
    custom_tracking_link: z.string().nullish(),
    tracking_number: z.union([z.string(), z.number()]).transform(String),
    date_shipped: z.union([z.string(), z.number()]).nullish(),
    tracking_id: z.string().nullish(),
  })
  .loose();

/** Names of the extension's predefined providers Deskpilot knows a tracking page for, by slug. */
const PROVIDER_NAMES: Record<string, string> = {
  ups: 'UPS',
  usps: 'USPS',
  fedex: 'FedEx',
  dhl: 'DHL',
  'dhl-express': 'DHL Express',
  'royal-mail': 'Royal Mail',
  'canada-post': 'Canada Post',
  'australia-post': 'Australia Post',
  'deutsche-post-dhl': 'Deutsche Post DHL',
};

function providerName(slug: string): string {
  return PROVIDER_NAMES[slug] ?? slug.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
}

/** A Unix timestamp (seconds) as the YYYY-MM-DD the extension's REST route gives. */
function shipDay(value: string | number | null | undefined): string | null {
  const seconds = Number(value);
  if (value === null || value === undefined || value === '' || !Number.isFinite(seconds) || seconds <= 0) return null;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The order's parcels from its meta; null when the meta is absent (no extension, or meta hidden). */
export function metaTracking(order: WooOrder): WooTrackingItem[] | null {
  const stored = order.meta_data?.find((meta) => meta.key === TRACKING_META_KEY);
  if (!stored) return null;
  const items = z.array(z.unknown()).safeParse(stored.value);
  if (!items.success) return [];
  return items.data.flatMap((raw, index): WooTrackingItem[] => {
    const item = StoredItemSchema.safeParse(raw);
    if (!item.success || !item.data.tracking_number.trim()) return [];
    const { custom_tracking_provider: custom, tracking_provider: slug } = item.data;
    return [
      {
        tracking_id: item.data.tracking_id ?? `meta-${order.id}-${index}`,
        tracking_provider: custom?.trim() || (slug?.trim() ? providerName(slug.trim()) : null),
        tracking_link: item.data.custom_tracking_link || null,
        tracking_number: item.data.tracking_number,
        date_shipped: shipDay(item.data.date_shipped),
      },
    ];
  });
}
