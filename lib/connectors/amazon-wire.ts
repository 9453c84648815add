/**
 * Selling Partner API responses as Amazon sends them: Orders API v2026-01-01 `getOrder`
 * (models/orders-api-model/orders_2026-01-01.json in amzn/selling-partner-api-models, read
 * 2026-11-24) and the Login with Amazon token endpoint. Only the fields Deskpilot shows are
 * declared. Amounts are decimal strings ({amount: "49.99", currencyCode: "USD"}), times ISO 8601.
 */
import { z } from 'zod';

const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a decimal amount');
const IsoTime = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 time');
/** Amazon sends "" for unset address lines. */
const Text = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

export const SpMoneySchema = z.object({ amount: Decimal, currencyCode: z.string().regex(/^[A-Z]{3}$/) });
export type SpMoney = z.infer<typeof SpMoneySchema>;

export const SP_FULFILLMENT_STATUSES = [
  'PENDING_AVAILABILITY',
  'PENDING',
  'UNSHIPPED',
  'PARTIALLY_SHIPPED',
  'SHIPPED',
  'CANCELLED',
  'UNFULFILLABLE',
] as const;
export type SpFulfillmentStatus = (typeof SP_FULFILLMENT_STATUSES)[number];

export const SpAddressSchema = z.object({
  name: Text,
  addressLine1: Text,
  addressLine2: Text,
  city: Text,
  stateOrRegion: Text,
  postalCode: Text,
  countryCode: Text,
});
export type SpAddress = z.infer<typeof SpAddressSchema>;

export const SpPackageSchema = z.object({
  packageReferenceId: z.string(),
  packageStatus: z
    .object({
      status: z.enum(['PENDING', 'IN_TRANSIT', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'UNDELIVERABLE']),
      /** Documented, but often left out of real answers (selling-partner-api-models issue #5127). */
      detailedStatus: z.string().optional(),
    })
    .optional(),
  carrier: Text,
  shipTime: IsoTime.optional(),
  shippingService: Text,
  trackingNumber: Text,
  packageItems: z.array(z.object({ orderItemId: z.string(), quantity: z.number().int() })).default([]),
});
export type SpPackage = z.infer<typeof SpPackageSchema>;

export const SpOrderItemSchema = z.object({
  orderItemId: z.string(),
  quantityOrdered: z.number().int().nonnegative(),
  product: z.object({
    title: Text,
    sellerSku: Text,
    asin: Text,
    price: z.object({ unitPrice: SpMoneySchema.optional() }).optional(),
  }),
});
export type SpOrderItem = z.infer<typeof SpOrderItemSchema>;

export const SpOrderSchema = z.object({
  orderId: z.string(),
  createdTime: IsoTime,
  salesChannel: z.object({ marketplaceId: z.string().optional() }).optional(),
  /** buyerEmail is Amazon's anonymised relay (…@marketplace.amazon.com), FBM orders only. */
  buyer: z.object({ buyerName: Text, buyerEmail: Text }).optional(),
  recipient: z.object({ deliveryAddress: SpAddressSchema.optional() }).optional(),
  proceeds: z.object({ grandTotal: SpMoneySchema.optional() }).optional(),
  fulfillment: z
    .object({
      fulfillmentStatus: z.enum(SP_FULFILLMENT_STATUSES),
      fulfilledBy: z.string().optional(),
      deliverByWindow: z.object({ latestDateTime: IsoTime.optional() }).optional(),
    })
    .optional(),
  orderItems: z.array(SpOrderItemSchema).default([]),
  /** Merchant-fulfilled orders only: Amazon does not share its own (FBA) parcels here. */
  packages: z.array(SpPackageSchema).default([]),
});
export type SpOrder = z.infer<typeof SpOrderSchema>;

export const SpGetOrderResponseSchema = z.object({ order: SpOrderSchema });

/** Every SP-API error body: `{"errors": [{"code", "message", "details"?}]}`. */
export const SpErrorListSchema = z.object({
  errors: z.array(z.object({ code: z.string(), message: z.string(), details: z.string().optional() })),
});

/** Login with Amazon answer to grant_type=refresh_token (OAuth 2.0, RFC 6749 §5.1). */
export const LwaTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: z.number().int().positive(),
});

/** Sellers API v1 getMarketplaceParticipations, in the older `{payload: …}` envelope. */
export const SpMarketplaceParticipationsSchema = z.object({
  payload: z.array(
    z.object({
      marketplace: z.object({ id: z.string(), name: z.string(), domainName: z.string().optional() }),
      participation: z.object({ isParticipating: z.boolean() }),
    }),
  ),
});
