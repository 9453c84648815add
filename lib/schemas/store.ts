/**
 * Saved store connections (which shops the panel looks orders up in). One member per platform,
 * discriminated on `platform`; platforms with secrets (shopify, woocommerce, bigcommerce, amazon)
 * join this union when their connectors land, and their secrets stay in background-only storage.
 */
import { z } from 'zod';
import { i18nIssue } from '@/lib/i18n/issue-text';

export const DemoStoreConnectionSchema = z.object({
  platform: z.literal('demo'),
  /** Tells two connections apart in results and errors; defaults to the platform id. */
  id: z.string().min(1).max(64).optional(),
  /** What the agent sees next to each order; defaults to the connector's label. */
  label: z.string().min(1).max(100).optional(),
});
export type DemoStoreConnection = z.infer<typeof DemoStoreConnectionSchema>;

/** Points a connector at another origin than the store's own: a loopback server in tests, a proxy in production. */
const BaseUrlSchema = z.url({ protocol: /^https?$/ }).optional();

export const ShopifyStoreConnectionSchema = z
  .object({
    platform: z.literal('shopify'),
    shopDomain: z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => /^[a-z0-9][a-z0-9-]*\.myshopify\.com$/.test(v), i18nIssue('stores.issue.shopDomain')),
    /** An Admin API access token (shpat_…), or a client ID and secret exchanged for one. */
    accessToken: z.string().trim().min(1).optional(),
    clientId: z.string().trim().min(1).optional(),
    clientSecret: z.string().trim().min(1).optional(),
    apiVersion: z
      .string()
      .refine((v) => /^(\d{4}-(01|04|07|10)|unstable)$/.test(v), i18nIssue('stores.issue.apiVersion'))
      .optional(),
    baseUrl: BaseUrlSchema,
    id: DemoStoreConnectionSchema.shape.id,
    label: DemoStoreConnectionSchema.shape.label,
  })
  .refine((c) => c.accessToken || (c.clientId && c.clientSecret), { ...i18nIssue('stores.issue.credentials'), path: ['accessToken'] });
export type ShopifyStoreConnection = z.infer<typeof ShopifyStoreConnectionSchema>;

export const WooCommerceStoreConnectionSchema = z.object({
  platform: z.literal('woocommerce'),
  /** The WordPress site address (it may live in a sub-folder: https://example.com/shop). */
  url: z.url({ protocol: /^https?$/ }),
  consumerKey: z
    .string()
    .trim()
    .refine((v) => v.startsWith('ck_'), i18nIssue('stores.issue.consumerKey')),
  consumerSecret: z
    .string()
    .trim()
    .refine((v) => v.startsWith('cs_'), i18nIssue('stores.issue.consumerSecret')),
  baseUrl: BaseUrlSchema,
  id: DemoStoreConnectionSchema.shape.id,
  label: DemoStoreConnectionSchema.shape.label,
});
export type WooCommerceStoreConnection = z.infer<typeof WooCommerceStoreConnectionSchema>;

export const BigCommerceStoreConnectionSchema = z.object({
  platform: z.literal('bigcommerce'),
  /** The store's permanent id, as in api.bigcommerce.com/stores/{storeHash}/. */
  storeHash: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => /^[a-z0-9]{4,32}$/.test(v), i18nIssue('stores.issue.storeHash')),
  /** A store-level API account's access token (X-Auth-Token) with the "Orders: read-only" scope. */
  accessToken: z.string().trim().min(1),
  baseUrl: BaseUrlSchema,
  id: DemoStoreConnectionSchema.shape.id,
  label: DemoStoreConnectionSchema.shape.label,
});
export type BigCommerceStoreConnection = z.infer<typeof BigCommerceStoreConnectionSchema>;

/** Selling Partner API regions: North America, Europe (incl. India, Middle East), Far East. */
export const AmazonRegionSchema = z.enum(['na', 'eu', 'fe']);
export type AmazonRegion = z.infer<typeof AmazonRegionSchema>;

export const AmazonStoreConnectionSchema = z.object({
  platform: z.literal('amazon'),
  region: AmazonRegionSchema,
  /** Merchant token; keeps two seller accounts' rate limits apart. */
  sellerId: z.string().trim().min(1).optional(),
  /** Login with Amazon credentials of the seller's private SP-API app, and the refresh token its authorisation gave. */
  clientId: z.string().trim().min(1),
  clientSecret: z.string().trim().min(1),
  refreshToken: z.string().trim().min(1),
  /** Picks the Seller Central site for admin links when the order does not say (e.g. A1PA6795UKMFR9 for amazon.de). */
  marketplaceId: z.string().trim().min(1).optional(),
  baseUrl: BaseUrlSchema,
  /** Login with Amazon token endpoint; another origin only in tests or behind a proxy. */
  tokenUrl: BaseUrlSchema,
  id: DemoStoreConnectionSchema.shape.id,
  label: DemoStoreConnectionSchema.shape.label,
});
export type AmazonStoreConnection = z.infer<typeof AmazonStoreConnectionSchema>;

export const StoreConnectionSchema = z.discriminatedUnion('platform', [
  DemoStoreConnectionSchema,
  ShopifyStoreConnectionSchema,
  WooCommerceStoreConnectionSchema,
  BigCommerceStoreConnectionSchema,
  AmazonStoreConnectionSchema,
]);
export type StoreConnection = z.infer<typeof StoreConnectionSchema>;
export type StorePlatform = StoreConnection['platform'];

/** With nothing saved yet the demo store is connected, so the product works with no account. */
export const DEFAULT_STORE_CONNECTIONS: StoreConnection[] = [{ platform: 'demo' }];

export const StoreConnectionsSchema = z
  .array(StoreConnectionSchema)
  .max(20)
  .default(() => structuredClone(DEFAULT_STORE_CONNECTIONS));
export type StoreConnections = z.infer<typeof StoreConnectionsSchema>;
