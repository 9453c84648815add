/**
 * What a WooCommerce order does not carry itself: refund dates and reasons (orders/<id>/refunds),
 * and parcels — from the Shipment Tracking extension (orders/<id>/shipment-trackings; a 404 means
 * the extension is not installed), or else tracking numbers an agent wrote in a note to the
 * customer ("Shipped with UPS, tracking 1Z…"), recognised by their check digits.
 * Only the ticket's order is enriched: the panel's first answer costs the order list call, plus
 * one call for a refunded order's refund dates or a shipped order's notes when its meta has no parcel.
 */
import type { WooCommerceStoreConnection } from '@/lib/schemas/store';
import { findTrackingNumbers } from '@/lib/ticket/tracking';
import type { WooOrderExtras } from './woocommerce-map';
import { gmt } from './woocommerce-map';
import { metaTracking } from './woocommerce-meta-tracking';
import { SHIPMENT_TRACKING_API, wooGet, wooGetOptional } from './woocommerce-api';
import { WooNotesSchema, WooRefundsSchema, WooTrackingItemsSchema, type WooOrder, type WooTrackingItem } from './woocommerce-wire';
import type { ConnectorContext } from './types';

/** Statuses after which a parcel may exist. */
const MAY_HAVE_SHIPPED = new Set(['processing', 'completed', 'shipped', 'partial-shipped', 'delivered']);

const CARRIER_NAMES: Record<string, string> = { ups: 'UPS', usps: 'USPS', fedex: 'FedEx', dhl: 'DHL Express', 'royal-mail': 'Royal Mail' };

async function noteTracking(config: WooCommerceStoreConnection, ctx: ConnectorContext, order: WooOrder): Promise<WooTrackingItem[]> {
  const { data: notes } = await wooGet(config, ctx, `orders/${order.id}/notes`, { type: 'customer' }, WooNotesSchema);
  return notes
    .filter((note) => note.customer_note)
    .flatMap((note) =>
      findTrackingNumbers(note.note.replace(/<[^>]*>/g, ' ')).map((ref) => ({
        tracking_id: `note-${note.id}-${ref.number}`,
        tracking_provider: CARRIER_NAMES[ref.carrier] ?? null,
        tracking_number: ref.number,
        date_shipped: gmt(note.date_created_gmt),
      })),
    );
}

async function pluginTracking(
  config: WooCommerceStoreConnection,
  ctx: ConnectorContext,
  order: WooOrder,
): Promise<WooTrackingItem[] | null> {
  const page = await wooGetOptional(
    config,
    ctx,
    `orders/${order.id}/shipment-trackings`,
    {},
    WooTrackingItemsSchema,
    SHIPMENT_TRACKING_API,
  );
  return page?.data ?? null;
}

/**
 * Parcels for every order from its own meta (no request), and for the ticket's order only what
 * its list entry lacks: its refunds' dates and reasons (when it has refunds), and, when it may have
 * shipped with no parcel in its meta, the extension's route (only where the list hides meta) or
 * the notes to the customer. Other orders keep their refund totals and states, not refund dates.
 */
export async function orderExtras(
  config: WooCommerceStoreConnection,
  ctx: ConnectorContext,
  orders: readonly WooOrder[],
  focus: WooOrder | undefined,
): Promise<Map<number, WooOrderExtras>> {
  const extras = new Map<number, WooOrderExtras>(orders.map((order) => [order.id, { tracking: metaTracking(order) ?? [] }]));
  if (!focus) return extras;
  const [refunds, tracking] = await Promise.all([
    focus.refunds.length ? wooGet(config, ctx, `orders/${focus.id}/refunds`, {}, WooRefundsSchema).then((page) => page.data) : [],
    (async () => {
      const fromMeta = metaTracking(focus);
      if (fromMeta?.length || !MAY_HAVE_SHIPPED.has(focus.status)) return fromMeta ?? [];
      // No meta_data at all: a site that hides it from the API; the extension's route may still answer.
      const fromPlugin = focus.meta_data === undefined ? await pluginTracking(config, ctx, focus) : null;
      return fromPlugin?.length ? fromPlugin : noteTracking(config, ctx, focus);
    })(),
  ]);
  extras.set(focus.id, { refunds, tracking });
  return extras;
}
