/**
 * What WooCommerce's REST API v3 (/wp-json/wc/v3) and the Shipment Tracking extension
 * (/wp-json/wc-shipment-tracking/v3) send back, as zod schemas: only the fields Deskpilot reads,
 * objects left open (`loose`) because plugins add fields freely. Shapes follow the REST API docs'
 * response examples (orders, order refunds, order notes, customers).
 */
import { z } from 'zod';

const WooAddress = z
  .object({
    first_name: z.string().nullish(),
    last_name: z.string().nullish(),
    company: z.string().nullish(),
    address_1: z.string().nullish(),
    address_2: z.string().nullish(),
    city: z.string().nullish(),
    state: z.string().nullish(),
    postcode: z.string().nullish(),
    country: z.string().nullish(),
    email: z.string().nullish(),
  })
  .loose();
export type WooAddress = z.infer<typeof WooAddress>;

export const WooOrderSchema = z
  .object({
    id: z.number().int(),
    number: z.string(),
    status: z.string(),
    currency: z.string(),
    date_created_gmt: z.string(),
    date_paid_gmt: z.string().nullish(),
    date_completed_gmt: z.string().nullish(),
    total: z.string(),
    customer_id: z.number().int(),
    billing: WooAddress,
    shipping: WooAddress.nullish(),
    line_items: z.array(
      z.object({ name: z.string(), sku: z.string().nullish(), quantity: z.number(), price: z.union([z.number(), z.string()]) }).loose(),
    ),
    /** Summaries only (id, reason, negative total); dates come from the refunds endpoint. */
    refunds: z.array(z.object({ id: z.number().int(), total: z.string() }).loose()),
    /** Plugins' order meta; the Shipment Tracking extension keeps parcels here (woocommerce-meta-tracking.ts). */
    meta_data: z.array(z.object({ key: z.string(), value: z.unknown() }).loose()).optional(),
  })
  .loose();
export type WooOrder = z.infer<typeof WooOrderSchema>;
export const WooOrdersSchema = z.array(WooOrderSchema);

export const WooCustomersSchema = z.array(z.object({ id: z.number().int(), email: z.string() }).loose());

export const WooRefundsSchema = z.array(
  z.object({ id: z.number().int(), date_created_gmt: z.string(), amount: z.string(), reason: z.string().nullish() }).loose(),
);
export type WooRefund = z.infer<typeof WooRefundsSchema>[number];

export const WooNotesSchema = z.array(
  z.object({ id: z.number().int(), date_created_gmt: z.string(), note: z.string(), customer_note: z.boolean() }).loose(),
);

export const WooTrackingItemsSchema = z.array(
  z
    .object({
      tracking_id: z.string(),
      tracking_provider: z.string().nullish(),
      tracking_link: z.string().nullish(),
      tracking_number: z.string(),
      date_shipped: z.string().nullish(),
    })
    .loose(),
);
export type WooTrackingItem = z.infer<typeof WooTrackingItemsSchema>[number];

/** WordPress REST errors: `{code, message, data: {status}}`. */
export const WpErrorSchema = z.object({ code: z.string(), message: z.string() }).loose();
