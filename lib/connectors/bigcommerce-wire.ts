/**
 * BigCommerce responses as the Management API sends them (reference/orders.v2.oas2.yml and
 * orders.v3.yml in bigcommerce/docs, read 2026-11-24). Only the fields Deskpilot shows are
 * declared; the rest pass unread. V2 money is a decimal string ("45.0000"), v3 refund amounts are
 * JSON numbers, v2 dates are RFC 2822 ("Tue, 05 Mar 2019 21:40:11 +0000").
 */
import { z } from 'zod';

/** "45.0000" → "45.00", "12.3450" → "12.345", "8" → "8.00": at least two decimals, no padding beyond. */
export function normaliseDecimal(value: string): string {
  const [whole = '0', fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  return `${whole}.${trimmed.padEnd(2, '0')}`;
}

const DecimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, 'must be a decimal amount')
  .transform(normaliseDecimal);

/** V3 sends amounts as numbers; four places keep every real currency's minor unit. */
const DecimalNumber = z
  .number()
  .finite()
  .transform((n) => normaliseDecimal(n.toFixed(4)));

/** Any date string JavaScript can read (RFC 2822 in v2, RFC 3339 in v3) as ISO 8601 UTC. */
const WireDate = z.string().transform((value, ctx) => {
  const time = Date.parse(value);
  if (Number.isNaN(time)) {
    ctx.addIssue({ code: 'custom', message: `not a date: ${value}` });
    return z.NEVER;
  }
  return new Date(time).toISOString();
});

/** BigCommerce sends "" for unset text fields; null appears too. */
const Text = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

export const BcAddressSchema = z.object({
  first_name: Text,
  last_name: Text,
  company: Text,
  street_1: Text,
  street_2: Text,
  city: Text,
  state: Text,
  zip: Text,
  country: Text,
  country_iso2: Text,
  email: Text,
});
export type BcAddress = z.infer<typeof BcAddressSchema>;

export const BcOrderProductSchema = z.object({
  id: z.number().int(),
  order_id: z.number().int(),
  name: z.string(),
  sku: Text,
  quantity: z.number().int().nonnegative(),
  price_inc_tax: DecimalString,
});
export type BcOrderProduct = z.infer<typeof BcOrderProductSchema>;

/**
 * A shipping consignment as `include=consignments.line_items` embeds it: the ship-to address and
 * the order products sent there (the same rows `/orders/{id}/products` lists).
 */
export const BcShippingConsignmentSchema = BcAddressSchema.extend({
  id: z.number().int(),
  line_items: z.array(BcOrderProductSchema).default([]),
});
export type BcShippingConsignment = z.infer<typeof BcShippingConsignmentSchema>;

const LineItemsOnly = z.object({ line_items: z.array(BcOrderProductSchema).default([]) });

/** `consignment_structure=object`: one object of pickups, shipping, downloads and gift-certificate emails. */
export const BcConsignmentsSchema = z.object({
  shipping: z.array(BcShippingConsignmentSchema),
  pickups: z.array(LineItemsOnly).default([]),
  downloads: z.array(LineItemsOnly).default([]),
  email: z.object({ gift_certificates: z.array(LineItemsOnly).default([]) }).default({ gift_certificates: [] }),
});
export type BcConsignments = z.infer<typeof BcConsignmentsSchema>;

export const BcOrderSchema = z.object({
  id: z.number().int().positive(),
  date_created: WireDate,
  /** The fixed system status (a store may rename it, never redefine it); see bigcommerce-map.ts. */
  status_id: z.number().int(),
  total_inc_tax: DecimalString,
  refunded_amount: DecimalString.optional(),
  currency_code: z.string(),
  /** The transactional currency, the one the shopper paid and the amounts are in. */
  default_currency_code: Text,
  items_total: z.number().int().nonnegative(),
  items_shipped: z.number().int().nonnegative(),
  billing_address: BcAddressSchema,
  /** "partially refunded", "refunded", …: with `refunded_amount`, says whether there are refunds to read. */
  payment_status: Text,
  /**
   * Asked for with `include=consignments.line_items&consignment_structure=object`. Without the
   * structure parameter BigCommerce sends the legacy one-element array; without the include, only
   * a `{url, resource}` link (read as absent).
   */
  consignments: z
    .union([
      BcConsignmentsSchema,
      z.array(BcConsignmentsSchema).transform((legacy) => legacy[0]),
      z.object({ resource: z.string() }).transform(() => undefined),
    ])
    .optional(),
});
export type BcOrder = z.infer<typeof BcOrderSchema>;

export const BcOrderListSchema = z.array(BcOrderSchema);

export const BcShipmentSchema = z.object({
  id: z.number().int(),
  order_id: z.number().int(),
  date_created: WireDate,
  tracking_number: Text,
  shipping_provider: Text,
  tracking_carrier: Text,
  /** A link the merchant typed in; empty when BigCommerce builds one itself (generated_tracking_link). */
  tracking_link: Text,
  generated_tracking_link: Text,
  shipping_provider_display_name: Text,
  items: z.array(z.object({ order_product_id: z.number().int(), quantity: z.number().int() })).default([]),
});
export type BcShipment = z.infer<typeof BcShipmentSchema>;
export const BcShipmentListSchema = z.array(BcShipmentSchema);

export const BcRefundSchema = z.object({
  id: z.number().int(),
  order_id: z.number().int(),
  created: WireDate,
  reason: Text,
  total_amount: DecimalNumber,
});
export type BcRefund = z.infer<typeof BcRefundSchema>;

/** `{data: [...]}`, or no content at all (read as `[]`, see bigcommerce-api.ts) when there is none. */
export const BcRefundListSchema = z.union([
  z.object({ data: z.array(BcRefundSchema) }).transform((page) => page.data),
  z.tuple([]).transform((): BcRefund[] => []),
]);
