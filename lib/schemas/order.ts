import { z } from 'zod';

/** Money is a decimal string ("84.50"), never a float (DESIGN.md). */
export const MoneySchema = z.string().regex(/^-?\d+(\.\d{1,4})?$/, 'money must be a decimal string');
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency must be an ISO 4217 code');
const IsoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date');

export const PLATFORMS = ['demo', 'shopify', 'woocommerce', 'bigcommerce', 'amazon'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

export const ORDER_DETAIL_PARTS = ['fulfillments', 'refunds'] as const;
export type OrderDetailPart = (typeof ORDER_DETAIL_PARTS)[number];

export const OrderStatusSchema = z.enum(['open', 'processing', 'shipped', 'delivered', 'cancelled', 'refunded', 'on_hold']);
export const FinancialStatusSchema = z.enum(['pending', 'paid', 'partially_refunded', 'refunded', 'voided']);
export const FulfillmentStatusSchema = z.enum(['unfulfilled', 'partially_fulfilled', 'fulfilled', 'returned']);

export const LineItemSchema = z.object({
  /** The store's own id for this line, where its shipments name lines by id (BigCommerce). */
  id: z.string().max(64).optional(),
  title: z.string(),
  sku: z.string().optional(),
  quantity: z.number().int().nonnegative(),
  price: MoneySchema,
});
export type LineItem = z.infer<typeof LineItemSchema>;

export const AddressSchema = z.object({
  name: z.string().optional(),
  address1: z.string().optional(),
  address2: z.string().optional(),
  city: z.string().optional(),
  province: z.string().optional(),
  zip: z.string().optional(),
  country: z.string().optional(),
  countryCode: z.string().length(2).optional(),
});
export type Address = z.infer<typeof AddressSchema>;

/**
 * A link the panel opens for the agent (tracking page, store admin): only http: and https:.
 * Enforced here, not only in the connectors' mappers, so no store response or saved order can
 * put a javascript: or data: address behind a "Track" button.
 */
export const HttpLinkSchema = z.url({ protocol: /^https?$/, error: 'must be an http: or https: address' });

export const FulfillmentSchema = z.object({
  carrier: z.string().optional(),
  trackingNumber: z.string().optional(),
  trackingUrl: HttpLinkSchema.optional(),
  status: z.enum(['pending', 'in_transit', 'out_for_delivery', 'delivered', 'failure']),
  shippedAt: IsoDate.optional(),
  estimatedDelivery: IsoDate.optional(),
  items: z.array(z.string()).optional(),
});
export type Fulfillment = z.infer<typeof FulfillmentSchema>;

export const RefundSchema = z.object({
  amount: MoneySchema,
  createdAt: IsoDate,
  reason: z.string().optional(),
});
export type Refund = z.infer<typeof RefundSchema>;

export const OrderCustomerSchema = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  ordersCount: z.number().int().nonnegative().optional(),
  totalSpent: MoneySchema.optional(),
  firstOrderAt: IsoDate.optional(),
});
export type OrderCustomer = z.infer<typeof OrderCustomerSchema>;

export const OrderSchema = z.object({
  number: z.string(),
  /**
   * The store's own id of the order where its number is not that id (WooCommerce's post id:
   * sequential-number plugins show "NW-5001" for order 2070): what opening the order asks for.
   */
  storeId: z
    .string()
    .regex(/^\d{1,20}$/, 'must be a numeric id')
    .optional(),
  platform: PlatformSchema,
  source: z.object({ id: z.string(), label: z.string() }),
  createdAt: IsoDate,
  status: OrderStatusSchema,
  financialStatus: FinancialStatusSchema,
  fulfillmentStatus: FulfillmentStatusSchema,
  total: MoneySchema,
  currency: CurrencySchema,
  items: z.array(LineItemSchema),
  shippingAddress: AddressSchema.optional(),
  fulfillments: z.array(FulfillmentSchema),
  refunds: z.array(RefundSchema),
  customer: OrderCustomerSchema,
  adminUrl: HttpLinkSchema.optional(),
  /**
   * Parts the store's order list does not carry (BigCommerce's shipments and refunds live at
   * their own addresses; WooCommerce's refund dates, and parcels named only in notes): empty
   * here, read for the one order the agent opens (OrderDetails).
   */
  detailsOnOpen: z.array(z.enum(ORDER_DETAIL_PARTS)).min(1).optional(),
});
export type Order = z.infer<typeof OrderSchema>;

/**
 * What opening an order adds to it: the parts its `detailsOnOpen` named, and the order's state
 * where those parts change it (a WooCommerce "processing" order whose note names a parcel has shipped).
 */
export const OrderDetailsSchema = z.object({
  fulfillments: z.array(FulfillmentSchema).optional(),
  refunds: z.array(RefundSchema).optional(),
  status: OrderStatusSchema.optional(),
  fulfillmentStatus: FulfillmentStatusSchema.optional(),
});
export type OrderDetails = z.infer<typeof OrderDetailsSchema>;

/** The order with its details read: nothing is left for later. */
export function withDetails(order: Order, details: OrderDetails): Order {
  const { detailsOnOpen: _read, ...rest } = order;
  // A part the store did not send stays as the order had it.
  const sent = Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined));
  return { ...rest, ...sent };
}
