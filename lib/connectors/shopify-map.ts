/**
 * A Shopify GraphQL order onto Deskpilot's Order. Shopify's display statuses are richer than the
 * panel's; each is placed where an agent would describe it to a customer ("shipped", "delivered").
 */
import type { Address, Fulfillment, Order } from '@/lib/schemas/order';
import { trackingUrl as carrierTrackingUrl } from '@/lib/ticket/tracking';
import { financialStatus, fulfillmentStatus, orderStatus, parcelStatus } from '@/lib/connectors/shopify-statuses';
import type { ShopifyOrder } from './shopify-wire';

/** Shopify's Decimal ("12.5") as the Order's money string ("12.50"). */
export function decimal(amount: string): string {
  const match = /^(-?\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new Error(`Shopify sent an amount that is not a decimal: ${amount}`);
  return `${match[1]}.${(match[2] ?? '').padEnd(2, '0').slice(0, 4)}`;
}

function present(value: string | null | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

function webUrl(value: string | null | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value) && URL.canParse(value) ? value : undefined;
}

function fulfillments(order: ShopifyOrder): Fulfillment[] {
  return order.fulfillments.flatMap((parcel) => {
    const status = parcelStatus(parcel);
    if (!status) return [];
    const items = parcel.fulfillmentLineItems.nodes.map((node) => node.lineItem.title);
    const base = {
      status,
      shippedAt: parcel.createdAt,
      ...(parcel.estimatedDeliveryAt ? { estimatedDelivery: parcel.estimatedDeliveryAt } : {}),
      ...(items.length ? { items } : {}),
    };
    if (parcel.trackingInfo.length === 0) return [base];
    // One Fulfillment per tracking number: a parcel split across boxes is several packages to the customer.
    return parcel.trackingInfo.map((info) => {
      const carrier = present(info.company);
      const trackingNumber = present(info.number);
      const url = webUrl(info.url) ?? (carrier && trackingNumber ? (carrierTrackingUrl(carrier, trackingNumber) ?? undefined) : undefined);
      return { ...base, carrier, trackingNumber, trackingUrl: url };
    });
  });
}

function address(raw: ShopifyOrder['shippingAddress']): Address | undefined {
  if (!raw) return undefined;
  const countryCode = present(raw.countryCodeV2);
  return {
    name: present(raw.name),
    address1: present(raw.address1),
    address2: present(raw.address2),
    city: present(raw.city),
    province: present(raw.province),
    zip: present(raw.zip),
    country: present(raw.country),
    countryCode: countryCode?.length === 2 ? countryCode : undefined,
  };
}

function count(value: string | number | null | undefined): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** The order in Deskpilot's shape; `source` is set by the connector, `firstOrderAt` by shopify-customers. */
export function toOrder(order: ShopifyOrder, shopHandle: string, source: Order['source']): Order {
  const parcels = fulfillments(order);
  const customer = order.customer;
  return {
    number: order.name,
    platform: 'shopify',
    source,
    createdAt: order.createdAt,
    status: orderStatus(order, parcels),
    financialStatus: financialStatus(order),
    fulfillmentStatus: fulfillmentStatus(order),
    total: decimal(order.totalPriceSet.shopMoney.amount),
    currency: order.totalPriceSet.shopMoney.currencyCode,
    items: order.lineItems.nodes.map((item) => ({
      title: item.title,
      sku: present(item.sku),
      quantity: item.quantity,
      price: decimal(item.originalUnitPriceSet.shopMoney.amount),
    })),
    shippingAddress: address(order.shippingAddress),
    fulfillments: parcels,
    refunds: order.refunds.map((refund) => ({
      amount: decimal(refund.totalRefundedSet.shopMoney.amount),
      createdAt: refund.createdAt,
      reason: present(refund.note),
    })),
    customer: {
      name: present(customer?.displayName) ?? present(order.shippingAddress?.name),
      email: present(order.email) ?? present(customer?.defaultEmailAddress?.emailAddress),
      ordersCount: count(customer?.numberOfOrders),
      totalSpent: customer?.amountSpent ? decimal(customer.amountSpent.amount) : undefined,
    },
    adminUrl: `https://admin.shopify.com/store/${encodeURIComponent(shopHandle)}/orders/${order.legacyResourceId}`,
  };
}
