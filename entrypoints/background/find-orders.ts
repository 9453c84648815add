import { findOrdersAcrossStores } from '@/lib/connectors/find-orders';
import type { OrderQuery } from '@/lib/connectors/types';
import type { FindOrdersResponse } from '@/lib/messaging';
import { storesSetting } from '@/lib/settings';

/** Looks the customer up in every connected store; one store failing never hides the others. */
export async function findOrders(query: OrderQuery): Promise<FindOrdersResponse> {
  const stores = await storesSetting.get();
  return findOrdersAcrossStores(stores, query, { fetch: (...args) => fetch(...args) });
}
