/**
 * The second step of an order lookup: the parts an order's first answer left for later
 * (`Order.detailsOnOpen`: BigCommerce's shipments and refunds), read from the store the order came
 * from when the agent opens it. A failure is that store's ConnectorFailure, as in find-orders.ts.
 */
import type { OrderDetailsResponse } from '@/lib/messaging';
import { OrderDetailsSchema, withDetails, type Order } from '@/lib/schemas/order';
import type { StoreConnection } from '@/lib/schemas/store';
import { describeFailure, withTimeout } from './find-orders';
import { CONNECTORS, type ConnectorRegistry } from './index';
import { storeSource } from './store-source';
import { ConnectorError, type Connector, type ConnectorContext } from './types';
import { problem } from './problem';

export interface OrderDetailsOptions {
  registry?: ConnectorRegistry;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

export async function orderDetailsFromStore(
  connections: readonly StoreConnection[],
  order: Order,
  ctx: ConnectorContext,
  options: OrderDetailsOptions = {},
): Promise<OrderDetailsResponse> {
  if (!order.detailsOnOpen?.length) return { details: {} };
  const registry = options.registry ?? CONNECTORS;
  const connection = connections.find((candidate) => storeSource(candidate, registry[candidate.platform]).id === order.source.id);
  const label = order.source.label;
  try {
    if (!connection || connection.platform !== order.platform) {
      throw ConnectorError.of('config', problem('storeError.disconnected', { store: label }));
    }
    const connector: Connector<unknown> = registry[connection.platform];
    const config = connector.configSchema.safeParse(connection);
    if (!config.success) throw ConnectorError.of('config', problem('storeError.settingsInvalid', { store: label }));
    if (!connector.orderDetails) return { details: {} };
    const details = await withTimeout(connector.orderDetails(config.data, order, ctx), options.timeoutMs ?? DEFAULT_TIMEOUT_MS, label);
    return { details: OrderDetailsSchema.parse(details) };
  } catch (error) {
    return { failure: { connectorId: order.source.id, label, ...describeFailure(error, label) } };
  }
}

/** Every order with its details read (the command line shows orders whole); a store failing fails its order. */
export async function ordersWithDetails(
  connections: readonly StoreConnection[],
  orders: readonly Order[],
  ctx: ConnectorContext,
  options: OrderDetailsOptions = {},
): Promise<{ orders: Order[]; failure?: OrderDetailsResponse['failure'] }> {
  const answers = await Promise.all(orders.map((order) => orderDetailsFromStore(connections, order, ctx, options)));
  const failure = answers.find((answer) => answer.failure)?.failure;
  return { orders: orders.map((order, index) => withDetails(order, answers[index]?.details ?? {})), failure };
}
