/**
 * Expands the hand-written order specs into full Orders: prices from the catalogue, shipping,
 * totals, refunds, fulfillments with valid tracking numbers, and per-customer summaries.
 * Deterministic (no clock, no randomness): scripts/generate-demo-store.ts writes the result to
 * orders.json, and a test checks that the committed file is what this produces.
 */
import type { Fulfillment, LineItem, Order } from '@/lib/schemas/order';
import { trackingUrl } from '@/lib/ticket/tracking';
import { CATALOG, SHIPPING, type DemoProduct } from './catalog';
import { CUSTOMERS, type DemoCustomer } from './customers';
import { withCustomerSummaries } from './customer-summary';
import { DEMO_ADMIN_ORDERS_URL, DEMO_STORE_ID, DEMO_STORE_LABEL } from './identity';
import { fromCents, toCents } from './money';
import { AMAZON_ORDER_SPECS, WEB_ORDER_SPECS } from './order-specs';
import type { DemoCarrier, OrderSpec, PackageSpec } from './spec';
import { demoTrackingNumber, TRANSIT_DAYS } from './tracking-numbers';

const DAY_MS = 86_400_000;
const EU_COUNTRIES = new Set(['DE', 'FR', 'NL', 'IE', 'AT', 'ES', 'IT']);

function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function product(sku: string): DemoProduct {
  const found = CATALOG[sku];
  if (!found) throw new Error(`unknown SKU in demo order specs: ${sku}`);
  return found;
}

function customerOf(spec: OrderSpec): DemoCustomer {
  const found = CUSTOMERS[spec.customer];
  if (!found) throw new Error(`unknown customer in demo order ${spec.number}: ${spec.customer}`);
  return found;
}

function usualCarrier(customer: DemoCustomer): DemoCarrier {
  const country = customer.address.countryCode ?? 'US';
  if (country === 'GB') return 'Royal Mail';
  if (country === 'CA') return 'UPS';
  return EU_COUNTRIES.has(country) ? 'DHL Express' : 'USPS';
}

function packagesOf(spec: OrderSpec, customer: DemoCustomer): PackageSpec[] {
  if (spec.packages) return spec.packages;
  const carrier = usualCarrier(customer);
  if (spec.status === 'shipped') return [{ carrier, status: 'in_transit' }];
  if (spec.status === 'delivered' || spec.status === 'refunded') return [{ carrier, status: 'delivered' }];
  return [];
}

function fulfillment(spec: OrderSpec, pkg: PackageSpec, index: number): Fulfillment {
  const trackingNumber = demoTrackingNumber(pkg.carrier, `${spec.number}/${index}`);
  const shippedMs = Date.parse(pkg.shippedAt ?? isoInstant(Date.parse(spec.createdAt) + DAY_MS));
  const url = pkg.trackingUrl === false ? null : trackingUrl(pkg.carrier, trackingNumber);
  return {
    carrier: pkg.carrier,
    trackingNumber,
    ...(url ? { trackingUrl: url } : {}),
    status: pkg.status,
    // A label that has not been scanned yet has no ship date, only the promised delivery.
    ...(pkg.status === 'pending' ? {} : { shippedAt: isoInstant(shippedMs) }),
    estimatedDelivery: pkg.eta ?? isoDay(shippedMs + TRANSIT_DAYS[pkg.carrier] * DAY_MS),
    items: (pkg.skus ?? Object.keys(spec.items)).map((sku) => product(sku).title),
  };
}

function fulfillmentStatus(spec: OrderSpec, packages: PackageSpec[]): Order['fulfillmentStatus'] {
  if (spec.status === 'refunded' && packages.length > 0) return 'returned';
  const shipped = new Set(packages.filter((p) => p.status !== 'pending').flatMap((p) => p.skus ?? Object.keys(spec.items)));
  if (shipped.size === 0) return 'unfulfilled';
  return Object.keys(spec.items).every((sku) => shipped.has(sku)) ? 'fulfilled' : 'partially_fulfilled';
}

/** Cancellations are refunded within hours, returns after the parcel came back, goodwill refunds in between. */
function refundDelayDays(spec: OrderSpec): number {
  if (spec.status === 'cancelled') return 0.1;
  return spec.status === 'refunded' ? 21 : 9;
}

function buildOrder(spec: OrderSpec): Order {
  const customer = customerOf(spec);
  const isAmazon = customer.channel !== 'web';
  const items: LineItem[] = Object.entries(spec.items).map(([sku, quantity]) => {
    const { title, prices } = product(sku);
    return { title, sku, quantity, price: prices[customer.currency] };
  });
  const subtotal = items.reduce((sum, item) => sum + toCents(item.price) * item.quantity, 0);
  const shipping = SHIPPING[customer.currency];
  // Amazon orders here are Prime-eligible: no shipping charge.
  const shippingCents = isAmazon || subtotal >= toCents(shipping.freeFrom) ? 0 : toCents(shipping.rate);
  const total = subtotal + shippingCents;
  const refunds = spec.refund
    ? [
        {
          amount: spec.refund.amount ?? fromCents(total),
          createdAt: spec.refund.at ?? isoInstant(Date.parse(spec.createdAt) + refundDelayDays(spec) * DAY_MS),
          reason: spec.refund.reason,
        },
      ]
    : [];
  const refunded = refunds.reduce((sum, refund) => sum + toCents(refund.amount), 0);
  const packages = packagesOf(spec, customer);
  return {
    number: spec.number,
    platform: isAmazon ? 'amazon' : 'demo',
    source: { id: DEMO_STORE_ID, label: DEMO_STORE_LABEL },
    createdAt: spec.createdAt,
    status: spec.status,
    financialStatus:
      refunded > 0
        ? refunded >= total
          ? 'refunded'
          : 'partially_refunded'
        : spec.status === 'cancelled'
          ? 'voided'
          : spec.paymentPending
            ? 'pending'
            : 'paid',
    fulfillmentStatus: fulfillmentStatus(spec, packages),
    total: fromCents(total),
    currency: customer.currency,
    items,
    shippingAddress: { name: customer.name, ...customer.address },
    fulfillments: packages.map((pkg, index) => fulfillment(spec, pkg, index)),
    refunds,
    customer: { name: customer.name, email: customer.email },
    adminUrl: `${DEMO_ADMIN_ORDERS_URL}${spec.number.replace(/^#/, '')}`,
  };
}

/** Every demo order, oldest first, with web customers' order history summaries filled in. */
export function buildDemoOrders(): Order[] {
  const orders = [...WEB_ORDER_SPECS, ...AMAZON_ORDER_SPECS].map(buildOrder);
  orders.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return withCustomerSummaries(orders);
}
