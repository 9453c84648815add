/**
 * Shopify's display statuses placed where an agent would describe them to a customer: an order's
 * "shipped" or "delivered", a parcel's tracking state, the payment's state.
 */
import type { Fulfillment, Order } from '@/lib/schemas/order';
import type { ShopifyOrder } from './shopify-wire';

type Status = Order['status'];

const FINANCIAL: Record<string, Order['financialStatus']> = {
  PAID: 'paid',
  PARTIALLY_REFUNDED: 'partially_refunded',
  REFUNDED: 'refunded',
  VOIDED: 'voided',
  EXPIRED: 'voided',
};

const ORDER_FULFILLMENT: Record<string, Order['fulfillmentStatus']> = {
  FULFILLED: 'fulfilled',
  PARTIALLY_FULFILLED: 'partially_fulfilled',
  RESTOCKED: 'returned',
};

const STATUS_BY_FULFILLMENT: Record<string, Status> = {
  PARTIALLY_FULFILLED: 'shipped',
  IN_PROGRESS: 'processing',
  PENDING_FULFILLMENT: 'processing',
  SCHEDULED: 'processing',
  ON_HOLD: 'on_hold',
};

/** Fulfillment.displayStatus (tracking events) first, then Fulfillment.status; null = not a parcel (cancelled). */
const PARCEL: Record<string, Fulfillment['status'] | null> = {
  DELIVERED: 'delivered',
  PICKED_UP: 'delivered',
  OUT_FOR_DELIVERY: 'out_for_delivery',
  ATTEMPTED_DELIVERY: 'out_for_delivery',
  FAILURE: 'failure',
  NOT_DELIVERED: 'failure',
  ERROR: 'failure',
  IN_TRANSIT: 'in_transit',
  CONFIRMED: 'in_transit',
  FULFILLED: 'in_transit',
  MARKED_AS_FULFILLED: 'in_transit',
  SUCCESS: 'in_transit',
  LABEL_PRINTED: 'pending',
  LABEL_PURCHASED: 'pending',
  SUBMITTED: 'pending',
  READY_FOR_PICKUP: 'pending',
  PENDING: 'pending',
  OPEN: 'pending',
  CANCELED: null,
  CANCELLED: null,
  LABEL_VOIDED: null,
};

type Parcel = ShopifyOrder['fulfillments'][number];

/** Null for a parcel that is not one any more (cancelled, label voided). */
export function parcelStatus(parcel: Parcel): Fulfillment['status'] | null {
  return PARCEL[parcel.displayStatus ?? ''] ?? PARCEL[parcel.status] ?? null;
}

export function financialStatus(order: ShopifyOrder): Order['financialStatus'] {
  return FINANCIAL[order.displayFinancialStatus ?? ''] ?? 'pending';
}

export function fulfillmentStatus(order: ShopifyOrder): Order['fulfillmentStatus'] {
  return ORDER_FULFILLMENT[order.displayFulfillmentStatus] ?? 'unfulfilled';
}

export function orderStatus(order: ShopifyOrder, parcels: Fulfillment[]): Status {
  if (order.cancelledAt) return 'cancelled';
  if (order.displayFinancialStatus === 'REFUNDED') return 'refunded';
  if (order.displayFulfillmentStatus === 'FULFILLED') {
    return parcels.length > 0 && parcels.every((p) => p.status === 'delivered') ? 'delivered' : 'shipped';
  }
  return STATUS_BY_FULFILLMENT[order.displayFulfillmentStatus] ?? 'open';
}
