/**
 * The shape of one order in the demo store's hand-written scenario list (order-specs.ts). The
 * generator fills in what follows from it: prices, totals, shipping, tracking numbers with valid
 * check digits, dates of shipment and delivery, customer summaries.
 */
import type { Fulfillment, Order } from '@/lib/schemas/order';

export type DemoCarrier = 'UPS' | 'USPS' | 'FedEx' | 'DHL Express' | 'Royal Mail';

export interface PackageSpec {
  carrier: DemoCarrier;
  status: Fulfillment['status'];
  /** SKUs in this package; default: every item of the order. */
  skus?: string[];
  /** Default: the day after the order was placed. */
  shippedAt?: string;
  /** Default: shippedAt plus the carrier's usual transit days. For delivered packages: the day it arrived. */
  eta?: string;
  /** false: the store sent no link (the panel builds one from carrier and number). */
  trackingUrl?: false;
}

export interface OrderSpec {
  /** As the shop shows it: `#1047` for the web shop, `114-3941689-8772232` for Amazon. */
  number: string;
  /** Key in CUSTOMERS. */
  customer: string;
  createdAt: string;
  status: Order['status'];
  /** SKU → quantity. */
  items: Record<string, number>;
  /** Default: one package by the customer's usual carrier when the order has shipped. */
  packages?: PackageSpec[];
  /** Amount defaults to the whole order total (a full refund). */
  refund?: { reason: string; amount?: string; at?: string };
  /** Payment not captured yet (on-hold or pending orders). */
  paymentPending?: true;
}
