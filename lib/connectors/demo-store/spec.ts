/**
 * The shape of one order in the demo store's hand-written scenario list (order-specs.json). The
 * generator fills in what follows from it: prices, totals, shipping, tracking numbers with valid
 * check digits, dates of shipment and delivery, customer summaries.
 */
import { z } from 'zod';
import { FulfillmentSchema, MoneySchema, OrderStatusSchema } from '@/lib/schemas/order';

export const DEMO_CARRIERS = ['UPS', 'USPS', 'FedEx', 'DHL Express', 'Royal Mail'] as const;
export type DemoCarrier = (typeof DEMO_CARRIERS)[number];

const IsoInstantSchema = z.iso.datetime();

export const PackageSpecSchema = z.strictObject({
  carrier: z.enum(DEMO_CARRIERS),
  status: FulfillmentSchema.shape.status,
  /** SKUs in this package; default: every item of the order. */
  skus: z.array(z.string()).optional(),
  /** Default: the day after the order was placed. */
  shippedAt: IsoInstantSchema.optional(),
  /** A day (yyyy-mm-dd). Default: shippedAt plus the carrier's usual transit days. For delivered packages: the day it arrived. */
  eta: z.iso.date().optional(),
  /** false: the store sent no link (the panel builds one from carrier and number). */
  trackingUrl: z.literal(false).optional(),
});
export type PackageSpec = z.infer<typeof PackageSpecSchema>;

export const OrderSpecSchema = z.strictObject({
  /** As the shop shows it: `#1047` for the web shop, `114-3941689-8772232` for Amazon. */
  number: z.string().regex(/^#\d+$|^\d{3}-\d{7}-\d{7}$/),
  /** Key in CUSTOMERS. */
  customer: z.string(),
  createdAt: IsoInstantSchema,
  status: OrderStatusSchema,
  /** SKU → quantity. */
  items: z.record(z.string(), z.number().int().positive()),
  /** Default: one package by the customer's usual carrier when the order has shipped. */
  packages: z.array(PackageSpecSchema).optional(),
  /** Amount defaults to the whole order total (a full refund). */
  refund: z.strictObject({ reason: z.string(), amount: MoneySchema.optional(), at: IsoInstantSchema.optional() }).optional(),
  /** Payment not captured yet (on-hold or pending orders). */
  paymentPending: z.literal(true).optional(),
});
export type OrderSpec = z.infer<typeof OrderSpecSchema>;
