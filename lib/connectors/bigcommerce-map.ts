/**
 * BigCommerce orders (v2 order with its consignments' line items; v2 shipments and v3 refunds
 * when the agent opens one) onto Deskpilot's Order. Status ids are BigCommerce's fixed system statuses (GET /v2/order_statuses);
 * a store may rename them (custom_status) but not change what the id means.
 */
import type { Address, Fulfillment, Order, OrderDetails } from '@/lib/schemas/order';
import type { BcAddress, BcConsignments, BcOrder, BcOrderProduct, BcRefund, BcShipment } from './bigcommerce-wire';

type Statuses = Pick<Order, 'status' | 'financialStatus'>;

/** System status id → the panel's order and payment state. */
const STATUS_BY_ID: Record<number, Statuses> = {
  0: { status: 'open', financialStatus: 'pending' }, // Incomplete: left on the payment page
  1: { status: 'open', financialStatus: 'pending' }, // Pending
  2: { status: 'shipped', financialStatus: 'paid' }, // Shipped
  3: { status: 'shipped', financialStatus: 'paid' }, // Partially Shipped
  4: { status: 'refunded', financialStatus: 'refunded' }, // Refunded
  5: { status: 'cancelled', financialStatus: 'voided' }, // Cancelled
  6: { status: 'cancelled', financialStatus: 'voided' }, // Declined
  7: { status: 'on_hold', financialStatus: 'pending' }, // Awaiting Payment
  8: { status: 'processing', financialStatus: 'paid' }, // Awaiting Pickup
  9: { status: 'processing', financialStatus: 'paid' }, // Awaiting Shipment
  10: { status: 'delivered', financialStatus: 'paid' }, // Completed
  11: { status: 'processing', financialStatus: 'paid' }, // Awaiting Fulfillment
  12: { status: 'on_hold', financialStatus: 'pending' }, // Manual Verification Required
  13: { status: 'on_hold', financialStatus: 'paid' }, // Disputed
  14: { status: 'shipped', financialStatus: 'partially_refunded' }, // Partially Refunded
};

function statuses(order: BcOrder): Statuses {
  const known = STATUS_BY_ID[order.status_id] ?? { status: 'open', financialStatus: 'pending' };
  // "Partially Refunded" replaces the shipping status: read where the parcel is from the counts.
  const status = order.status_id === 14 && order.items_shipped === 0 ? 'processing' : known.status;
  const refunded = Number(order.refunded_amount ?? '0');
  const financialStatus =
    known.financialStatus === 'paid' && refunded > 0
      ? refunded >= Number(order.total_inc_tax)
        ? 'refunded'
        : 'partially_refunded'
      : known.financialStatus;
  return { status, financialStatus };
}

function fulfillmentStatus(order: BcOrder): Order['fulfillmentStatus'] {
  if (order.items_shipped === 0) return 'unfulfilled';
  return order.items_shipped < order.items_total ? 'partially_fulfilled' : 'fulfilled';
}

function personName(address: BcAddress): string | undefined {
  return [address.first_name, address.last_name].filter(Boolean).join(' ') || undefined;
}

function address(source: BcAddress): Address {
  return {
    name: personName(source),
    address1: source.street_1,
    address2: source.street_2,
    city: source.city,
    province: source.state,
    zip: source.zip,
    country: source.country,
    countryCode: source.country_iso2?.length === 2 ? source.country_iso2.toUpperCase() : undefined,
  };
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Every product of the order, wherever it goes: shipped, picked up, downloaded or e-mailed. */
function lineItems(consignments: BcConsignments | undefined): BcOrderProduct[] {
  if (!consignments) return [];
  const groups = [...consignments.shipping, ...consignments.pickups, ...consignments.downloads, ...consignments.email.gift_certificates];
  return groups.flatMap((group) => group.line_items);
}

/** What opening the order must still read: shipments once something shipped, refunds once money went back. */
function detailsOnOpen(order: BcOrder): Order['detailsOnOpen'] {
  const refunded =
    Number(order.refunded_amount ?? '0') > 0 ||
    order.status_id === 4 ||
    order.status_id === 14 ||
    /refund/i.test(order.payment_status ?? '');
  const parts = [...(order.items_shipped > 0 ? (['fulfillments'] as const) : []), ...(refunded ? (['refunds'] as const) : [])];
  return parts.length ? parts : undefined;
}

export interface BcStoreFacts {
  storeHash: string;
  source: Order['source'];
  /** Known only when the customer's whole order list was read. */
  customer?: Pick<Order['customer'], 'ordersCount' | 'totalSpent' | 'firstOrderAt'>;
}

/** One order as the list or the single-order call sent it (line items embedded); parcels and refunds come on open. */
export function bigCommerceOrder(order: BcOrder, facts: BcStoreFacts): Order {
  const shipTo = order.consignments?.shipping[0];
  return {
    number: `#${order.id}`,
    platform: 'bigcommerce',
    source: facts.source,
    createdAt: order.date_created,
    ...statuses(order),
    fulfillmentStatus: fulfillmentStatus(order),
    total: order.total_inc_tax,
    currency: (order.default_currency_code ?? order.currency_code).toUpperCase(),
    items: lineItems(order.consignments).map((product) => ({
      id: String(product.id),
      title: product.name,
      sku: product.sku,
      quantity: product.quantity,
      price: product.price_inc_tax,
    })),
    shippingAddress: shipTo ? address(shipTo) : undefined,
    fulfillments: [],
    refunds: [],
    customer: { name: personName(order.billing_address), email: order.billing_address.email, ...facts.customer },
    adminUrl: `https://store-${facts.storeHash}.mybigcommerce.com/manage/orders/${order.id}`,
    detailsOnOpen: detailsOnOpen(order),
  };
}

function fulfillment(shipment: BcShipment, order: Order): Fulfillment {
  const titles = new Map(order.items.flatMap((item) => (item.id ? [[item.id, item.title] as const] : [])));
  return {
    carrier: shipment.shipping_provider_display_name ?? shipment.tracking_carrier ?? shipment.shipping_provider,
    trackingNumber: shipment.tracking_number,
    trackingUrl: httpUrl(shipment.tracking_link) ?? httpUrl(shipment.generated_tracking_link),
    // BigCommerce records hand-over, not carrier events: only "Completed" says it arrived.
    status: order.status === 'delivered' ? 'delivered' : 'in_transit',
    shippedAt: shipment.date_created,
    items: shipment.items.flatMap((item) => titles.get(String(item.order_product_id)) ?? []),
  };
}

/** The parcels and refunds of an opened order (its items name the lines the shipments refer to). */
export function bigCommerceDetails(order: Order, wire: { shipments?: readonly BcShipment[]; refunds?: readonly BcRefund[] }): OrderDetails {
  return {
    ...(wire.shipments ? { fulfillments: wire.shipments.map((shipment) => fulfillment(shipment, order)) } : {}),
    ...(wire.refunds
      ? { refunds: wire.refunds.map((refund) => ({ amount: refund.total_amount, createdAt: refund.created, reason: refund.reason })) }
      : {}),
  };
}
