/**
 * The connector registry: one line per platform. The key set is the platforms a store
 * connection can name (lib/schemas/store.ts), so adding a platform there without a connector
 * here, or the other way round, does not type-check.
 */
import type { StoreConnection, StorePlatform } from '@/lib/schemas/store';
import { amazonConnector } from './amazon';
import { bigCommerceConnector } from './bigcommerce';
import { demoConnector } from './demo';
import { shopifyConnector } from './shopify';
import { wooCommerceConnector } from './woocommerce';
import type { Connector } from './types';

export type ConnectionFor<P extends StorePlatform> = Extract<StoreConnection, { platform: P }>;
export type ConnectorRegistry = { [P in StorePlatform]: Connector<ConnectionFor<P>> };

export const CONNECTORS: ConnectorRegistry = {
  demo: demoConnector,
  shopify: shopifyConnector,
  woocommerce: wooCommerceConnector,
  bigcommerce: bigCommerceConnector,
  amazon: amazonConnector,
};
