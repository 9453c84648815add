/**
 * Saved store connections (which shops the panel looks orders up in). One member per platform,
 * discriminated on `platform`; platforms with secrets (shopify, woocommerce, bigcommerce, amazon)
 * join this union when their connectors land, and their secrets stay in background-only storage.
 */
import { z } from 'zod';

export const DemoStoreConnectionSchema = z.object({
  platform: z.literal('demo'),
  /** Tells two connections apart in results and errors; defaults to the platform id. */
  id: z.string().min(1).max(64).optional(),
  /** What the agent sees next to each order; defaults to the connector's label. */
  label: z.string().min(1).max(100).optional(),
});
export type DemoStoreConnection = z.infer<typeof DemoStoreConnectionSchema>;

export const StoreConnectionSchema = z.discriminatedUnion('platform', [DemoStoreConnectionSchema]);
export type StoreConnection = z.infer<typeof StoreConnectionSchema>;
export type StorePlatform = StoreConnection['platform'];

/** With nothing saved yet the demo store is connected, so the product works with no account. */
export const DEFAULT_STORE_CONNECTIONS: StoreConnection[] = [{ platform: 'demo' }];

export const StoreConnectionsSchema = z
  .array(StoreConnectionSchema)
  .max(20)
  .default(() => structuredClone(DEFAULT_STORE_CONNECTIONS));
export type StoreConnections = z.infer<typeof StoreConnectionsSchema>;
