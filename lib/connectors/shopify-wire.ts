/**
 * What the Shopify Admin GraphQL API sends back for the queries in shopify-query.ts, as zod
 * schemas (shapes from the documented schema, version 2026-10). Nullable fields are `nullish`:
 * a field the app may not read (protected customer data, a missing scope) comes back null with
 * an ACCESS_DENIED error beside it, and the rest of the order is still worth showing.
 */
import { z } from 'zod';

const MoneySet = z.object({ shopMoney: z.object({ amount: z.string(), currencyCode: z.string() }) });

const LineItem = z.object({
  title: z.string(),
  sku: z.string().nullish(),
  quantity: z.number().int(),
  originalUnitPriceSet: MoneySet,
});

const Fulfillment = z.object({
  status: z.string(),
  displayStatus: z.string().nullish(),
  createdAt: z.string(),
  estimatedDeliveryAt: z.string().nullish(),
  deliveredAt: z.string().nullish(),
  trackingInfo: z.array(z.object({ company: z.string().nullish(), number: z.string().nullish(), url: z.string().nullish() })),
  fulfillmentLineItems: z.object({ nodes: z.array(z.object({ quantity: z.number().int(), lineItem: z.object({ title: z.string() }) })) }),
});

export const ShopifyOrderSchema = z.object({
  id: z.string(),
  legacyResourceId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  cancelledAt: z.string().nullish(),
  email: z.string().nullish(),
  displayFinancialStatus: z.string().nullish(),
  displayFulfillmentStatus: z.string(),
  totalPriceSet: MoneySet,
  lineItems: z.object({ nodes: z.array(LineItem) }),
  shippingAddress: z
    .object({
      name: z.string().nullish(),
      address1: z.string().nullish(),
      address2: z.string().nullish(),
      city: z.string().nullish(),
      province: z.string().nullish(),
      zip: z.string().nullish(),
      country: z.string().nullish(),
      countryCodeV2: z.string().nullish(),
    })
    .nullish(),
  fulfillments: z.array(Fulfillment),
  refunds: z.array(z.object({ createdAt: z.string(), note: z.string().nullish(), totalRefundedSet: MoneySet })),
  customer: z
    .object({
      displayName: z.string().nullish(),
      // UnsignedInt64 travels as a string.
      numberOfOrders: z.union([z.string(), z.number()]).nullish(),
      amountSpent: z.object({ amount: z.string(), currencyCode: z.string() }).nullish(),
      defaultEmailAddress: z.object({ emailAddress: z.string().nullish() }).nullish(),
    })
    .nullish(),
});
export type ShopifyOrder = z.infer<typeof ShopifyOrderSchema>;

export const GraphQLErrorSchema = z.object({
  message: z.string(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
  extensions: z.object({ code: z.string().optional() }).loose().optional(),
});
export type GraphQLError = z.infer<typeof GraphQLErrorSchema>;

/** Shopify's calculated query cost, sent with every answer (and the only clue when throttled). */
const CostSchema = z.object({
  requestedQueryCost: z.number(),
  throttleStatus: z.object({ maximumAvailable: z.number(), currentlyAvailable: z.number(), restoreRate: z.number() }),
});

export function graphQLEnvelope<T extends z.ZodType>(data: T) {
  return z.object({
    data: data.nullish(),
    errors: z.array(GraphQLErrorSchema).optional(),
    extensions: z.object({ cost: CostSchema.optional() }).loose().optional(),
  });
}

export const OrdersDataSchema = z.object({ orders: z.object({ nodes: z.array(ShopifyOrderSchema) }).nullish() });

export const ShopCheckDataSchema = z.object({
  shop: z.object({ name: z.string(), myshopifyDomain: z.string() }).nullish(),
  currentAppInstallation: z.object({ accessScopes: z.array(z.object({ handle: z.string() })) }).nullish(),
});

/** The client-credentials grant answer (POST /admin/oauth/access_token). */
export const AccessTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  scope: z.string().optional(),
  expires_in: z.number().optional(),
});
