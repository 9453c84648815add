/**
 * The demo connector: serves the embedded Northwind Goods sample store (lib/connectors/demo-store),
 * so the panel shows real-looking orders with no account connected. No network, no secrets.
 */
import type { Order } from '@/lib/schemas/order';
import { DemoStoreConnectionSchema, type DemoStoreConnection } from '@/lib/schemas/store';
import { demoStoreOrders } from './demo-store/load';
import { DEMO_STORE_LABEL } from './demo-store/identity';
import { orderRefKey, orderRefKeys } from './order-refs';
import { storeSource } from './store-source';
import type { Connector, OrderQuery } from './types';

function matches(order: Order, email: string | undefined, refKeys: Set<string>): boolean {
  if (email && order.customer.email?.trim().toLowerCase() === email) return true;
  return refKeys.has(orderRefKey(order.number));
}

export const demoConnector: Connector<DemoStoreConnection> = {
  id: 'demo',
  label: DEMO_STORE_LABEL,
  configSchema: DemoStoreConnectionSchema,
  hostPermissions: () => [],
  async findOrders(config, query: OrderQuery) {
    const email = query.email?.trim().toLowerCase() || undefined;
    const refKeys = orderRefKeys(query.orderRefs);
    if (!email && refKeys.size === 0) return [];
    const source = storeSource(config, demoConnector);
    return demoStoreOrders()
      .filter((order) => matches(order, email, refKeys))
      .map((order) => ({ ...order, source }))
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  },
};
