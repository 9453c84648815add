/**
 * How a problem names the store it is about. A label the team gave, a shop's domain or a brand is
 * data and stays a string; what Deskpilot words itself ("Amazon (North America)", "BigCommerce
 * (store abc123)") is a message, so the agent reads it in the interface language like the rest.
 */
import { localMessage, type LocalMessage } from '@/lib/i18n/local-message';
import type { AmazonStoreConnection, BigCommerceStoreConnection } from '@/lib/schemas/store';

export type StoreName = string | LocalMessage;

export function amazonRegionName(region: AmazonStoreConnection['region']): LocalMessage {
  return localMessage(`verdict.amazon.region.${region}`);
}

/** "Amazon (North America)": the region in the agent's language. */
export function amazonRegionStore(region: AmazonStoreConnection['region']): LocalMessage {
  return localMessage('storeName.amazon', { which: amazonRegionName(region) });
}

/** "Amazon (Label)", "Amazon (A1B2C3)", else the region's name. */
export function amazonStore(config: Pick<AmazonStoreConnection, 'label' | 'sellerId' | 'region'>): LocalMessage {
  const which = config.label ?? config.sellerId;
  return which ? localMessage('storeName.amazon', { which }) : amazonRegionStore(config.region);
}

export function bigCommerceStore(config: Pick<BigCommerceStoreConnection, 'storeHash'>): LocalMessage {
  return localMessage('storeName.bigcommerce', { hash: config.storeHash });
}
