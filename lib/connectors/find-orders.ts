/**
 * Looks a ticket's customer up in every connected store at once. One store failing (bad token,
 * rate limit, unreadable response, no answer) becomes a ConnectorFailure the panel can explain,
 * and never costs the agent the orders the other stores found.
 */
import { z } from 'zod';
import type { ConnectorFailure, FindOrdersResponse } from '@/lib/messaging';
import { OrderSchema, type Order } from '@/lib/schemas/order';
import type { StoreConnection } from '@/lib/schemas/store';
import { CONNECTORS, type ConnectorRegistry } from './index';
import { storeSource } from './store-source';
import { ConnectorError, type Connector, type ConnectorContext, type OrderQuery } from './types';
import { englishProblem, problem } from './problem';
import { issueMessage } from '@/lib/i18n/issue-text';
import { localMessage } from '@/lib/i18n/local-message';

export interface FindOrdersOptions {
  /** Tests pass their own connectors; the extension uses the registry. */
  registry?: ConnectorRegistry;
  /** A store that has not answered by then is reported as a network failure. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const OrdersResponseSchema = z.array(OrderSchema);

type StoreResult = { orders: Order[]; failure?: undefined } | { orders?: undefined; failure: ConnectorFailure };

export function withTimeout<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(ConnectorError.of('network', problem('storeError.timeout', { store: label, seconds: Math.round(ms / 1000) }))),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export function describeFailure(error: unknown, label: string): Pick<ConnectorFailure, 'kind' | 'message' | 'problem' | 'retryAfterMs'> {
  if (error instanceof ConnectorError) {
    return {
      kind: error.kind,
      message: error.message,
      ...(error.problem ? { problem: error.problem } : {}),
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    };
  }
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    const found = problem('storeError.ordersShape', {
      store: label,
      path: (issue?.path.length ? issue.path.join('.') : '/').slice(0, 200),
      issue: issue ? issueMessage(issue) : localMessage('issue.invalid'),
    });
    return { kind: 'bad_response', message: englishProblem(found), problem: found };
  }
  // Connectors turn transport failures into ConnectorErrors; anything else escaping is a
  // response the connector did not know how to handle.
  const detail = error instanceof Error ? error.message : String(error);
  const found = problem('storeError.unexpected', { store: label, detail: detail.slice(0, 200) });
  return { kind: 'bad_response', message: englishProblem(found), problem: found };
}

async function searchStore(
  connection: StoreConnection,
  query: OrderQuery,
  ctx: ConnectorContext,
  registry: ConnectorRegistry,
  timeoutMs: number,
): Promise<StoreResult> {
  // Method parameters are bivariant, so each platform's connector fits the config-agnostic
  // shape; the config it receives is its own schema's parse of the connection.
  const connector: Connector<unknown> = registry[connection.platform];
  const source = storeSource(connection, connector);
  try {
    const config = connector.configSchema.safeParse(connection);
    if (!config.success) throw ConnectorError.of('config', problem('storeError.settingsInvalid', { store: source.label }));
    const response = await withTimeout(connector.findOrders(config.data, query, ctx), timeoutMs, source.label);
    return { orders: OrdersResponseSchema.parse(response).map((order) => ({ ...order, source })) };
  } catch (error) {
    return { failure: { connectorId: source.id, label: source.label, ...describeFailure(error, source.label) } };
  }
}

function newestFirst(a: Order, b: Order): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || a.number.localeCompare(b.number);
}

export async function findOrdersAcrossStores(
  connections: readonly StoreConnection[],
  query: OrderQuery,
  ctx: ConnectorContext,
  options: FindOrdersOptions = {},
): Promise<FindOrdersResponse> {
  const email = query.email?.trim() || undefined;
  const orderRefs = query.orderRefs.map((ref) => ref.trim()).filter(Boolean);
  if (!email && orderRefs.length === 0) return { orders: [], errors: [] };
  const registry = options.registry ?? CONNECTORS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const results = await Promise.all(
    connections.map((connection) => searchStore(connection, { email, orderRefs }, ctx, registry, timeoutMs)),
  );
  const byStoreAndNumber = new Map<string, Order>();
  for (const order of results.flatMap((result) => result.orders ?? [])) {
    byStoreAndNumber.set(`${order.source.id}\u0000${order.number}`, order);
  }
  return {
    orders: [...byStoreAndNumber.values()].sort(newestFirst),
    errors: results.flatMap((result) => (result.failure ? [result.failure] : [])),
  };
}
