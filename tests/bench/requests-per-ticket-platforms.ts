/**
 * The stores the requests-per-ticket bench (requests-per-ticket.ts) asks: each platform's loopback server
 * (tests/servers/), the connection the panel would hold for it, and a ticket naming one of its orders (with the
 * customer's email where the platform looks other orders up by it).
 */
import type { OrderQuery } from '@/lib/connectors/types';
import type { StoreConnection } from '@/lib/schemas/store';
import { startAmazonServer } from '../servers/amazon-server';
import { startBigCommerceServer } from '../servers/bigcommerce-server';
import { startShopifyServer } from '../servers/shopify-server';
import { startWooServer } from '../servers/woocommerce-server';

export interface Platform {
  label: string;
  start: () => Promise<{ store: StoreConnection; close: () => Promise<void> }>;
  ticket: OrderQuery;
  email?: string;
}

export const PLATFORMS: Platform[] = [
  {
    label: 'Shopify',
    start: async () => {
      const s = await startShopifyServer();
      const store = { platform: 'shopify', id: 's', label: 'S', shopDomain: s.shopDomain, accessToken: s.accessToken, baseUrl: s.origin };
      return { store: store as StoreConnection, close: s.close };
    },
    ticket: { orderRefs: ['#1012'] },
    email: 'hannah.weber@example.com',
  },
  {
    label: 'WooCommerce',
    start: async () => {
      const s = await startWooServer();
      const store = {
        platform: 'woocommerce',
        id: 'w',
        label: 'W',
        url: 'https://shop.example',
        consumerKey: s.consumerKey,
        consumerSecret: s.consumerSecret,
        baseUrl: s.origin,
      };
      return { store: store as StoreConnection, close: s.close };
    },
    // A partly refunded order with no parcel in its meta: opening it reads its refunds and notes.
    ticket: { orderRefs: ['2030'] },
    email: 'priya.nair@example.com',
  },
  {
    label: 'BigCommerce',
    start: async () => {
      const s = await startBigCommerceServer();
      const store = { platform: 'bigcommerce', storeHash: s.storeHash, accessToken: s.accessToken, baseUrl: s.origin, label: 'B' };
      return { store: store as StoreConnection, close: s.close };
    },
    ticket: { orderRefs: ['#1042'] },
    email: 'hannah.schmidt@example.net',
  },
  {
    label: 'Amazon SP-API',
    start: async () => {
      const s = await startAmazonServer();
      const store = {
        platform: 'amazon',
        region: 'na',
        sellerId: 'A2SELLER0TEST',
        ...s.credentials,
        baseUrl: s.origin,
        tokenUrl: s.tokenUrl,
      };
      return { store: store as StoreConnection, close: s.close };
    },
    ticket: { orderRefs: ['114-3941689-8772232'] },
  },
];
