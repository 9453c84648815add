/**
 * "Test connection" for Amazon: a fresh Login with Amazon exchange (proves the app's client ID,
 * secret and the seller's refresh token) and one Sellers API call in the chosen region (proves
 * the seller authorised the app there). The Orders role cannot be probed without an order id.
 */
import type { AmazonStoreConnection } from '@/lib/schemas/store';
import { failedVerdict } from '@/lib/connectors/failed-verdict';
import { requestJson } from '@/lib/connectors/http';
import type { LwaTokenCache } from './amazon-auth';
import { spApiOrigin } from './amazon-regions';
import { SpMarketplaceParticipationsSchema } from './amazon-wire';
import type { ConnectionVerdict, ConnectorContext } from './types';
import { localMessage } from '@/lib/i18n/local-message';
import { problem } from './problem';
import { amazonRegionName, amazonRegionStore } from './store-name';

export async function checkAmazonConnection(
  config: AmazonStoreConnection,
  ctx: ConnectorContext,
  tokens: LwaTokenCache,
): Promise<ConnectionVerdict> {
  const region = amazonRegionName(config.region);
  const store = amazonRegionStore(config.region);
  try {
    const origin = spApiOrigin(config);
    await tokens.invalidate(config, ctx);
    const token = await tokens.get(config, ctx);
    const { data } = await requestJson(ctx, {
      url: `${origin.origin}/sellers/v1/marketplaceParticipations`,
      headers: { 'x-amz-access-token': token.value },
      schema: SpMarketplaceParticipationsSchema,
      store,
      secrets: [token.value, config.refreshToken, config.clientSecret],
      hints: { 403: problem('storeError.amazon.notAuthorised', { store, region }) },
    });
    const markets = data.payload
      .filter((entry) => entry.participation.isParticipating)
      .map((entry) => entry.marketplace.domainName ?? entry.marketplace.name);
    return {
      ok: true,
      message: markets.length
        ? localMessage('verdict.amazon.okMarkets', { region, markets: markets.join(', ') })
        : localMessage('verdict.amazon.ok', { region }),
      warnings: [localMessage('verdict.amazon.byOrderId'), localMessage('verdict.amazon.ordersRole')],
    };
  } catch (error) {
    return failedVerdict(error);
  }
}
