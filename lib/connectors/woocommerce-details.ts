/**
 * What a WooCommerce order's list entry does not carry, read only when the agent opens the order
 * (`Order.detailsOnOpen`), so the panel's first answer is the order list call alone:
 * - refunds' dates and reasons (orders/<id>/refunds; the list has only their totals);
 * - parcels of an order that may have shipped with none in its Shipment Tracking meta: tracking
 *   numbers an agent wrote in a note to the customer ("Shipped with UPS, tracking 1Z…"),
 *   recognised by their check digits, and, on a site whose order list hides meta, the extension's
 *   own route (orders/<id>/shipment-trackings; a 404 means it is not installed).
 * WooCommerce's REST API has no batched read for these (orders/batch only writes): opening an
 * order asks for the parts it lacks side by side.
 */
import type { Order, OrderDetails } from '@/lib/schemas/order';
import type { WooCommerceStoreConnection } from '@/lib/schemas/store';
import { findTrackingNumbers } from '@/lib/ticket/tracking';
import { problem } from './problem';
import { SHIPMENT_TRACKING_API, wooGet, wooGetOptional, wooSiteUrl } from './woocommerce-api';
import { openedStates, toFulfillments, toRefunds } from './woocommerce-map';
import { gmt } from './woocommerce-values';
import { WooNotesSchema, WooRefundsSchema, WooTrackingItemsSchema, type WooOrder, type WooTrackingItem } from './woocommerce-wire';
import { ConnectorError, type ConnectorContext } from './types';

const CARRIER_NAMES: Record<string, string> = { ups: 'UPS', usps: 'USPS', fedex: 'FedEx', dhl: 'DHL Express', 'royal-mail': 'Royal Mail' };

/**
 * Sites seen answering the order list without `meta_data` (a plugin filtering it out): only on
 * those can the extension's route know parcels the list did not show. Learned by the lookup in
 * the same background (or command-line) process; a site not seen yet is asked both ways.
 */
const sitesShowingMeta = new Map<string, boolean>();

export function rememberMetaShown(config: WooCommerceStoreConnection, orders: readonly WooOrder[]): void {
  if (orders.length)
    sitesShowingMeta.set(
      wooSiteUrl(config).href,
      orders.every((order) => order.meta_data !== undefined),
    );
}

async function noteTracking(config: WooCommerceStoreConnection, ctx: ConnectorContext, id: string): Promise<WooTrackingItem[]> {
  const { data: notes } = await wooGet(config, ctx, `orders/${id}/notes`, { type: 'customer' }, WooNotesSchema);
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

async function pluginTracking(config: WooCommerceStoreConnection, ctx: ConnectorContext, id: string): Promise<WooTrackingItem[]> {
  const page = await wooGetOptional(config, ctx, `orders/${id}/shipment-trackings`, {}, WooTrackingItemsSchema, SHIPMENT_TRACKING_API);
  return page?.data ?? [];
}

async function parcels(config: WooCommerceStoreConnection, ctx: ConnectorContext, id: string): Promise<WooTrackingItem[]> {
  const metaShown = sitesShowingMeta.get(wooSiteUrl(config).href);
  const [fromPlugin, fromNotes] = await Promise.all([metaShown ? [] : pluginTracking(config, ctx, id), noteTracking(config, ctx, id)]);
  return fromPlugin.length ? fromPlugin : fromNotes;
}

/** The opened order's parts its list entry lacked, each only when it said it lacks it. */
export async function wooOrderDetails(config: WooCommerceStoreConnection, order: Order, ctx: ConnectorContext): Promise<OrderDetails> {
  const id = order.storeId;
  if (!id) throw ConnectorError.of('not_found', problem('storeError.woocommerce.notAnOrder', { number: order.number }));
  const parts = new Set(order.detailsOnOpen ?? []);
  const [tracking, refunds] = await Promise.all([
    parts.has('fulfillments') ? parcels(config, ctx, id) : undefined,
    parts.has('refunds') ? wooGet(config, ctx, `orders/${id}/refunds`, {}, WooRefundsSchema).then((page) => page.data) : undefined,
  ]);
  const states = tracking ? openedStates(order, tracking) : undefined;
  return {
    ...(tracking ? { fulfillments: toFulfillments(tracking, states?.status ?? order.status), ...states } : {}),
    ...(refunds ? { refunds: toRefunds(refunds) } : {}),
  };
}
