import { findOrdersAcrossStores } from '@/lib/connectors/find-orders';
import { orderDetailsFromStore } from '@/lib/connectors/order-details';
import { originPattern } from '@/lib/connectors/http';
import { storeConnectionsSetting } from '@/lib/connectors/secret-store';
import type { ConnectorContext, OrderQuery } from '@/lib/connectors/types';
import type { FindOrdersResponse, OrderDetailsResponse } from '@/lib/messaging';
import { OrderSchema } from '@/lib/schemas/order';

/** Store calls run here: host permissions and the secret store are the background's. */
export const backgroundConnectorContext: ConnectorContext = {
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
  if (!parsed.success) return { details: {} };
  const stores = await storeConnectionsSetting.get();
  return orderDetailsFromStore(stores, parsed.data, backgroundConnectorContext);
}
