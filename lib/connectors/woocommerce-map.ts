/**
 * A WooCommerce order, as its list entry gives it, onto Deskpilot's Order; and the parts opening
 * it reads (woocommerce-details.ts) onto the Order's parcels and refunds. WooCommerce has order
 * statuses but no fulfilment records: "completed" means shipped, and parcels exist only where the
 * Shipment Tracking extension (in the order's meta, or its route) or a customer note names them.
 */
import type { Fulfillment, Order, Refund } from '@/lib/schemas/order';
import { trackingUrl as carrierTrackingUrl } from '@/lib/ticket/tracking';
import { metaTracking } from './woocommerce-meta-tracking';
import { address, decodeEntities, fromCents, gmt, personName, present, toCents } from './woocommerce-values';
import type { WooOrder, WooRefund, WooTrackingItem } from './woocommerce-wire';

type States = Pick<Order, 'status' | 'financialStatus' | 'fulfillmentStatus'>;

/** Core statuses, plus the "shipped", "partial-shipped" and "delivered" that tracking plugins add. */
const STATES: Record<string, States> = {
  pending: { status: 'open', financialStatus: 'pending', fulfillmentStatus: 'unfulfilled' },
  'checkout-draft': { status: 'open', financialStatus: 'pending', fulfillmentStatus: 'unfulfilled' },
  'on-hold': { status: 'on_hold', financialStatus: 'pending', fulfillmentStatus: 'unfulfilled' },
  processing: { status: 'processing', financialStatus: 'paid', fulfillmentStatus: 'unfulfilled' },
  'partial-shipped': { status: 'shipped', financialStatus: 'paid', fulfillmentStatus: 'partially_fulfilled' },
  shipped: { status: 'shipped', financialStatus: 'paid', fulfillmentStatus: 'fulfilled' },
  completed: { status: 'shipped', financialStatus: 'paid', fulfillmentStatus: 'fulfilled' },
  delivered: { status: 'delivered', financialStatus: 'paid', fulfillmentStatus: 'fulfilled' },
  cancelled: { status: 'cancelled', financialStatus: 'voided', fulfillmentStatus: 'unfulfilled' },
  failed: { status: 'cancelled', financialStatus: 'voided', fulfillmentStatus: 'unfulfilled' },
  trash: { status: 'cancelled', financialStatus: 'voided', fulfillmentStatus: 'unfulfilled' },
  refunded: { status: 'refunded', financialStatus: 'refunded', fulfillmentStatus: 'unfulfilled' },
};

function parcel(item: WooTrackingItem, status: Order['status']): Fulfillment {
  const carrier = present(item.tracking_provider);
  const link =
    item.tracking_link && URL.canParse(item.tracking_link) && /^https?:/i.test(item.tracking_link) ? item.tracking_link : undefined;
  return {
    carrier,
    trackingNumber: item.tracking_number.trim(),
    trackingUrl: link ?? (carrier ? (carrierTrackingUrl(carrier, item.tracking_number) ?? undefined) : undefined),
    status: status === 'delivered' ? 'delivered' : 'in_transit',
    shippedAt: item.date_shipped && !Number.isNaN(Date.parse(item.date_shipped)) ? item.date_shipped : undefined,
  };
}

export function toFulfillments(items: readonly WooTrackingItem[], status: Order['status']): Fulfillment[] {
  return items.map((item) => parcel(item, status));
}

export function toRefunds(refunds: readonly WooRefund[]): Refund[] {
  return refunds.map((refund) => ({
    amount: fromCents(toCents(refund.amount)),
    createdAt: gmt(refund.date_created_gmt),
    reason: present(refund.reason),
  }));
}

/** Statuses after which a parcel may exist. */
const MAY_HAVE_SHIPPED = new Set(['processing', 'completed', 'shipped', 'partial-shipped', 'delivered']);

/**
 * What opening the order must still read (woocommerce-details.ts): refund dates when it has
 * refunds, parcels when it may have shipped and its meta names none. Undefined: the list said all.
 */
export function detailsOnOpen(order: WooOrder): Order['detailsOnOpen'] {
  const parcelsUnknown = MAY_HAVE_SHIPPED.has(order.status) && !metaTracking(order)?.length;
  const parts = [...(parcelsUnknown ? (['fulfillments'] as const) : []), ...(order.refunds.length ? (['refunds'] as const) : [])];
  return parts.length ? parts : undefined;
}

/** A processing order with a tracking number has left the warehouse. */
function shippedWith(status: string, tracking: readonly unknown[]): boolean {
  return status === 'processing' && tracking.length > 0;
}

/** The opened order's state once its parcels are known: what the list's would have been with them. */
export function openedStates(order: Order, tracking: readonly WooTrackingItem[]): Pick<Order, 'status' | 'fulfillmentStatus'> | undefined {
  return shippedWith(order.status, tracking) ? { status: 'shipped', fulfillmentStatus: 'fulfilled' } : undefined;
}

function states(order: WooOrder, tracking: WooTrackingItem[]): States {
  const known = STATES[order.status] ?? STATES.processing!;
  const refunded = -order.refunds.reduce((sum, r) => sum + toCents(r.total), 0);
  const financialStatus =
    known.financialStatus === 'paid' && refunded > 0
      ? refunded >= toCents(order.total)
        ? 'refunded'
        : 'partially_refunded'
      : known.financialStatus;
  if (shippedWith(order.status, tracking)) return { status: 'shipped', financialStatus, fulfillmentStatus: 'fulfilled' };
  return { ...known, financialStatus };
}

/** One order from the list: parcels from its meta; refund dates and other parcels are left for opening it. */
export function toOrder(order: WooOrder, siteUrl: string, source: Order['source']): Order {
  const tracking = metaTracking(order) ?? [];
  const orderStates = states(order, tracking);
  return {
    number: /^\d/.test(order.number) ? `#${order.number}` : order.number,
    storeId: String(order.id),
    platform: 'woocommerce',
    source,
    createdAt: gmt(order.date_created_gmt),
    ...orderStates,
    total: fromCents(toCents(order.total)),
    currency: order.currency.toUpperCase(),
    items: order.line_items.map((item) => ({
      title: decodeEntities(item.name),
      sku: present(item.sku),
      quantity: Math.max(0, Math.round(item.quantity)),
      // WooCommerce sends the unit price as a JSON number; it becomes a two-decimal string here.
      price: Number(item.price).toFixed(2),
    })),
    shippingAddress: address(order.shipping) ?? address(order.billing),
    fulfillments: toFulfillments(tracking, orderStates.status),
    refunds: [],
    customer: { name: personName(order.billing), email: present(order.billing.email) },
    adminUrl: `${siteUrl.replace(/\/+$/, '')}/wp-admin/post.php?post=${order.id}&action=edit`,
    detailsOnOpen: detailsOnOpen(order),
  };
}
