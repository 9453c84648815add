/**
 * Requests per ticket per platform: real HTTP requests the connector sends to the loopback
 * store servers (tests/servers/) to answer one ticket, counted at the fetch it is given. Per
 * store: the first ticket naming its order (what the panel's first answer needs: the target is
 * one request per store), the next such ticket (Amazon's Login with Amazon access token, valid an
 * hour, is then cached: its first ticket pays one token exchange more), the same ticket with the
 * customer's email as well (their other orders too, which the panel lists), and opening the order
 * (parcels and refunds a store's first answer leaves for later, read side by side for the order
 * the agent opens).
 */
import { CONNECTORS } from '@/lib/connectors';
import type { ConnectorContext, OrderQuery } from '@/lib/connectors/types';
import type { Order } from '@/lib/schemas/order';
import type { StoreConnection } from '@/lib/schemas/store';
import { PLATFORMS } from './requests-per-ticket-platforms';
import type { Bench, BenchResult } from './types';

/** The panel's first answer: at most this many requests per store for the order a ticket names. */
const TARGET = 1;

type AnyConnector = {
  findOrders: (config: StoreConnection, query: OrderQuery, ctx: ConnectorContext) => Promise<Order[]>;
  orderDetails?: (config: StoreConnection, order: Order, ctx: ConnectorContext) => Promise<unknown>;
};

function counting(): { ctx: ConnectorContext; count: () => number } {
  let requests = 0;
  const ctx: ConnectorContext = {
    fetch: (...args) => {
      requests++;
      return fetch(...args);
    },
  };
  return { ctx, count: () => requests };
}

async function countRequests(store: StoreConnection, query: OrderQuery): Promise<{ requests: number; orders: Order[] }> {
  const { ctx, count } = counting();
  const connector = CONNECTORS[store.platform] as unknown as AnyConnector;
  const orders = await connector.findOrders(store, query, ctx);
  return { requests: count(), orders };
}

/** Requests to open the ticket's order: its parcels and refunds when the first answer left them for later. */
async function countOpening(store: StoreConnection, order: Order): Promise<number> {
  if (!order.detailsOnOpen?.length) return 0;
  const { ctx, count } = counting();
  await (CONNECTORS[store.platform] as unknown as AnyConnector).orderDetails?.(store, order, ctx);
  return count();
}

const bench: Bench = async () => {
  const rows: string[] = [];
  let worst = 0;
  for (const platform of PLATFORMS) {
    const { store, close } = await platform.start();
    try {
      const first = await countRequests(store, platform.ticket);
      const [order] = first.orders;
      if (!order) throw new Error(`${platform.label}: the ticket's order was not found`);
      const next = await countRequests(store, platform.ticket);
      // The target is per ticket; Amazon's token exchange happens once an hour, and is shown.
      worst = Math.max(worst, next.requests, platform.label.startsWith('Amazon') ? 0 : first.requests);
      const firstNote = first.requests === next.requests ? '' : ` (first ticket of the hour: ${first.requests}, with the token exchange)`;
      const withEmail = platform.email ? await countRequests(store, { ...platform.ticket, email: platform.email }) : null;
      const opening = await countOpening(store, order);
      rows.push(
        `${platform.label} ${next.requests}${firstNote}; with the customer's other orders (the panel lists them): ${withEmail ? withEmail.requests : 'n/a'}; opening the order: ${opening}`,
      );
    } finally {
      await close();
    }
  }
  const result: BenchResult = {
    name: `requests per ticket naming its order, per store: ${rows.join(' · ')}`,
    value: `${worst} at most`,
    target: `≤ ${TARGET} per store for the ticket's order (Amazon: + 1 token exchange an hour)`,
    where: 'Node',
    met: worst <= TARGET,
    // Deterministic: the same fixtures, the same calls, every run.
    checked: true,
  };
  return [result];
};
export default bench;
