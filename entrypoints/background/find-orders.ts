import { findOrdersAcrossStores } from '@/lib/connectors/find-orders';
import { orderDetailsFromStore } from '@/lib/connectors/order-details';
import { originPattern } from '@/lib/connectors/secure-url';
import { storeConnectionsSetting } from '@/lib/connectors/secret-store';
import type { ConnectorContext, OrderQuery, StoredToken, TokenStore } from '@/lib/connectors/types';
import type { FindOrdersResponse, OrderDetailsResponse } from '@/lib/messaging';
import { OrderSchema } from '@/lib/schemas/order';
import { englishProblem, problem } from '@/lib/connectors/problem';

/**
 * Access tokens in the browser's session storage: kept in memory by the browser across the
 * background's restarts, gone when the browser closes, and out of content scripts' reach (its
 * default access level is trusted contexts only).
 */
export const sessionTokenStore: TokenStore = {
  get: async (key) => (await browser.storage.session.get(key))[key] as StoredToken | undefined,
  set: (key, token) => browser.storage.session.set({ [key]: token }),
  delete: (key) => browser.storage.session.remove(key),
};

/** Store calls run here: host permissions and the secret store are the background's. */
export const backgroundConnectorContext: ConnectorContext = {
  tokenStore: sessionTokenStore,
  fetch: (...args) => fetch(...args),
  // A failed fetch cannot say whether the store's origin was ever allowed; this can.
  hasHostPermission: (origin) => browser.permissions.contains({ origins: [originPattern(new URL(origin))] }),
};

/** Looks the customer up in every connected store; one store failing never hides the others. */
export async function findOrders(query: OrderQuery): Promise<FindOrdersResponse> {
  const stores = await storeConnectionsSetting.get();
  return findOrdersAcrossStores(stores, query, backgroundConnectorContext);
}

/** The parts of one order the agent opened that its store's first answer left out. */
export async function orderDetails(order: unknown): Promise<OrderDetailsResponse> {
  const parsed = OrderSchema.safeParse(order);
  // Only the panel sends this: an unreadable order is a bug to report, not a store's failure.
  if (!parsed.success) {
    const found = problem('storeError.orderUnreadable', {});
    return { failure: { connectorId: 'panel', label: 'Deskpilot', kind: 'bad_response', message: englishProblem(found), problem: found } };
  }
  const stores = await storeConnectionsSetting.get();
  return orderDetailsFromStore(stores, parsed.data, backgroundConnectorContext);
}
