/**
 * An SP-API order (Orders API v2026-01-01 with BUYER, RECIPIENT, FULFILLMENT, PACKAGES and
 * PROCEEDS included) onto Deskpilot's Order. Amazon settles refunds through the Finances API,
 * not the order, so `refunds` stays empty; packages (and their tracking) exist only for orders
 * the seller ships itself (FBM).
 */
import type { Fulfillment, Order } from '@/lib/schemas/order';
import type { AmazonStoreConnection } from '@/lib/schemas/store';
import { fromCents, toCents } from './demo-store/money';
import { sellerCentralOrderUrl } from './amazon-regions';
import type { SpFulfillmentStatus, SpOrder, SpPackage } from './amazon-wire';

type States = Pick<Order, 'status' | 'financialStatus' | 'fulfillmentStatus'>;

const STATES: Record<SpFulfillmentStatus, States> = {
  PENDING_AVAILABILITY: { status: 'open', financialStatus: 'pending', fulfillmentStatus: 'unfulfilled' },
  PENDING: { status: 'open', financialStatus: 'pending', fulfillmentStatus: 'unfulfilled' },
  UNSHIPPED: { status: 'processing', financialStatus: 'paid', fulfillmentStatus: 'unfulfilled' },
  PARTIALLY_SHIPPED: { status: 'shipped', financialStatus: 'paid', fulfillmentStatus: 'partially_fulfilled' },
  SHIPPED: { status: 'shipped', financialStatus: 'paid', fulfillmentStatus: 'fulfilled' },
  CANCELLED: { status: 'cancelled', financialStatus: 'voided', fulfillmentStatus: 'unfulfilled' },
  UNFULFILLABLE: { status: 'on_hold', financialStatus: 'paid', fulfillmentStatus: 'unfulfilled' },
};

/** Detailed package states that mean the parcel will not arrive as sent. */
const FAILED_DETAILS = new Set([
  'LABEL_CANCELLED',
  'REJECTED_BY_BUYER',
  'UNDELIVERABLE',
  'RETURNING_TO_SELLER',
  'RETURNED_TO_SELLER',
  'LOST',
  'DAMAGED',
]);

export function packageStatus(pkg: SpPackage): Fulfillment['status'] {
  const detail = pkg.packageStatus?.detailedStatus;
  if (detail && FAILED_DETAILS.has(detail)) return 'failure';
  if (detail === 'OUT_FOR_DELIVERY') return 'out_for_delivery';
  switch (pkg.packageStatus?.status) {
    case 'DELIVERED':
      return 'delivered';
    case 'CANCELLED':
    case 'UNDELIVERABLE':
      return 'failure';
    case 'SHIPPED':
    case 'IN_TRANSIT':
      return 'in_transit';
    default:
      return pkg.shipTime ? 'in_transit' : 'pending';
  }
}

function states(order: SpOrder, fulfillments: readonly Fulfillment[]): States {
  const base = STATES[order.fulfillment?.fulfillmentStatus ?? 'PENDING'];
  const allDelivered = fulfillments.length > 0 && fulfillments.every((f) => f.status === 'delivered');
  return base.status === 'shipped' && base.fulfillmentStatus === 'fulfilled' && allDelivered ? { ...base, status: 'delivered' } : base;
}

/** The grand total; before Amazon has priced the order (pending), the items' list prices. */
function total(order: SpOrder): { total: string; currency: string } {
  const grand = order.proceeds?.grandTotal;
  if (grand) return { total: grand.amount, currency: grand.currencyCode };
  const priced = order.orderItems.flatMap((item) =>
    item.product.price?.unitPrice ? [{ ...item.product.price.unitPrice, quantity: item.quantityOrdered }] : [],
  );
  const cents = priced.reduce((sum, line) => sum + toCents(line.amount) * line.quantity, 0);
  return { total: fromCents(cents), currency: priced[0]?.currencyCode ?? 'USD' };
}

export function amazonOrder(order: SpOrder, config: AmazonStoreConnection, source: Order['source']): Order {
  const titles = new Map(
    order.orderItems.map((item) => [item.orderItemId, item.product.title ?? item.product.sellerSku ?? item.orderItemId]),
  );
  const estimate = order.fulfillment?.deliverByWindow?.latestDateTime;
  const fulfillments: Fulfillment[] = order.packages.map((pkg) => {
    const status = packageStatus(pkg);
    return {
      carrier: pkg.carrier,
      trackingNumber: pkg.trackingNumber,
      status,
      shippedAt: pkg.shipTime,
      estimatedDelivery: status === 'delivered' || status === 'failure' ? undefined : estimate,
      items: pkg.packageItems.flatMap((item) => titles.get(item.orderItemId) ?? []),
    };
  });
  const address = order.recipient?.deliveryAddress;
  const countryCode = address?.countryCode?.length === 2 ? address.countryCode.toUpperCase() : undefined;
  return {
    number: order.orderId,
    platform: 'amazon',
    source,
    createdAt: order.createdTime,
    ...states(order, fulfillments),
    ...total(order),
    items: order.orderItems.map((item) => ({
      title: item.product.title ?? item.product.sellerSku ?? item.product.asin ?? item.orderItemId,
      sku: item.product.sellerSku,
      quantity: item.quantityOrdered,
      // Amazon prices an item once payment is authorised; until then the line shows no price.
      price: item.product.price?.unitPrice?.amount ?? '0.00',
    })),
    shippingAddress: address
      ? {
          name: address.name,
          address1: address.addressLine1,
          address2: address.addressLine2,
          city: address.city,
          province: address.stateOrRegion,
          zip: address.postalCode,
          countryCode,
        }
      : undefined,
    fulfillments,
    refunds: [],
    customer: { name: order.buyer?.buyerName, email: order.buyer?.buyerEmail },
    adminUrl: sellerCentralOrderUrl(order.orderId, config, order.salesChannel?.marketplaceId),
  };
}
