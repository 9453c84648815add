/**
 * Where a seller's calls go: the Selling Partner API endpoint of the account's region, the Login
 * with Amazon token endpoint (one for every region), and the Seller Central site an order opens
 * in. Endpoints from the SP-API docs ("SP-API endpoints"), marketplace ids from "Marketplace IDs",
 * both as listed on 2026-11-24.
 */
import type { AmazonRegion, AmazonStoreConnection } from '@/lib/schemas/store';
import { requireSecureUrl } from '@/lib/connectors/secure-url';

export const SP_API_ENDPOINTS: Record<AmazonRegion, string> = {
  na: 'https://sellingpartnerapi-na.amazon.com',
  eu: 'https://sellingpartnerapi-eu.amazon.com',
  fe: 'https://sellingpartnerapi-fe.amazon.com',
};

/** The region's endpoint, or the configured stand-in (a loopback server in tests, a proxy). */
export function spApiOrigin(config: Pick<AmazonStoreConnection, 'region' | 'baseUrl'>): URL {
  return requireSecureUrl(config.baseUrl ?? SP_API_ENDPOINTS[config.region], 'Selling Partner API');
}

export const LWA_TOKEN_URL = 'https://api.amazon.com/auth/o2/token';

/** Seller Central for each marketplace, so an agent in Germany lands on amazon.de's order page. */
const SELLER_CENTRAL_BY_MARKETPLACE: Record<string, string> = {
  ATVPDKIKX0DER: 'sellercentral.amazon.com', // US
  A2EUQ1WTGCTBG2: 'sellercentral.amazon.ca',
  A1AM78C64UM0Y8: 'sellercentral.amazon.com.mx',
  A2Q3Y263D00KWC: 'sellercentral.amazon.com.br',
  A1F83G8C2ARO7P: 'sellercentral.amazon.co.uk',
  A1PA6795UKMFR9: 'sellercentral.amazon.de',
  A13V1IB3VIYZZH: 'sellercentral.amazon.fr',
  APJ6JRA9NG5V4: 'sellercentral.amazon.it',
  A1RKKUPIHCS9HS: 'sellercentral.amazon.es',
  A1805IZSGTT6HS: 'sellercentral.amazon.nl',
  A2NODRKZP88ZB9: 'sellercentral.amazon.se',
  A1C3SOZRARQ6R3: 'sellercentral.amazon.pl',
  AMEN7PMS3EDWL: 'sellercentral.amazon.com.be',
  A33AVAJ2PDY3EV: 'sellercentral.amazon.com.tr',
  A2VIGQ35RCS4UG: 'sellercentral.amazon.ae',
  A17E79C6D8DWNP: 'sellercentral.amazon.sa',
  ARBP9OOSHTCHU: 'sellercentral.amazon.eg',
  A21TJRUUN4KGV: 'sellercentral.amazon.in',
  A1VC38T7YXB528: 'sellercentral.amazon.co.jp',
  A39IBJ37TRP1C6: 'sellercentral.amazon.com.au',
  A19VAU5U5O7RUS: 'sellercentral.amazon.sg',
};

/** The region's own Seller Central when the marketplace is unknown. */
const SELLER_CENTRAL_BY_REGION: Record<AmazonRegion, string> = {
  na: 'sellercentral.amazon.com',
  eu: 'sellercentral-europe.amazon.com',
  fe: 'sellercentral.amazon.co.jp',
};

export function sellerCentralOrderUrl(
  orderId: string,
  config: Pick<AmazonStoreConnection, 'region' | 'marketplaceId'>,
  marketplaceId?: string,
): string {
  const host =
    SELLER_CENTRAL_BY_MARKETPLACE[marketplaceId ?? ''] ??
    SELLER_CENTRAL_BY_MARKETPLACE[config.marketplaceId ?? ''] ??
    SELLER_CENTRAL_BY_REGION[config.region];
  return `https://${host}/orders-v3/order/${encodeURIComponent(orderId)}`;
}
