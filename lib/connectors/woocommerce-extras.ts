/**
 * What a WooCommerce order does not carry itself: refund dates and reasons (orders/<id>/refunds),
 * and parcels — from the Shipment Tracking extension (orders/<id>/shipment-trackings; a 404 means
 * the extension is not installed), or else tracking numbers an agent wrote in a note to the
 * customer ("Shipped with UPS, tracking 1Z…"), recognised by their check digits.
 * Only the newest orders are enriched: each costs a request or two.
 */
import type { WooCommerceStoreConnection } from '@/lib/schemas/store';
import { findTrackingNumbers } from '@/lib/ticket/tracking';
import type { WooOrderExtras } from './woocommerce-map';
import { gmt } from './woocommerce-map';
import { SHIPMENT_TRACKING_API, wooGet, wooGetOptional } from './woocommerce-api';
import { WooNotesSchema, WooRefundsSchema, WooTrackingItemsSchema, type WooOrder, type WooTrackingItem } from './woocommerce-wire';
import type { ConnectorContext } from './types';

export const ENRICHED_ORDERS = 5;

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

/** Extras for the newest orders, keyed by order id. */
export async function orderExtras(
  config: WooCommerceStoreConnection,
  ctx: ConnectorContext,
  orders: readonly WooOrder[],
): Promise<Map<number, WooOrderExtras>> {
  const newest = [...orders]
    .sort((a, b) => Date.parse(gmt(b.date_created_gmt)) - Date.parse(gmt(a.date_created_gmt)))
    .slice(0, ENRICHED_ORDERS);
  const shipped = newest.filter((o) => MAY_HAVE_SHIPPED.has(o.status));
  // Ask the first shipped order alone: a 404 there means no extension, and spares the others a 404 each.
  const [first, ...rest] = shipped;
  const firstTracking = first ? await pluginTracking(config, ctx, first) : null;
  const pluginInstalled = firstTracking !== null;
  const extras = await Promise.all(
    newest.map(async (order): Promise<[number, WooOrderExtras]> => {
      const [refunds, tracking] = await Promise.all([
        order.refunds.length ? wooGet(config, ctx, `orders/${order.id}/refunds`, {}, WooRefundsSchema).then((page) => page.data) : [],
        (async () => {
          if (!MAY_HAVE_SHIPPED.has(order.status)) return [];
          const fromPlugin =
            order === first ? firstTracking : pluginInstalled && rest.includes(order) ? await pluginTracking(config, ctx, order) : null;
          return fromPlugin?.length ? fromPlugin : noteTracking(config, ctx, order);
        })(),
      ]);
      return [order.id, { refunds, tracking }];
    }),
  );
  return new Map(extras);
}
