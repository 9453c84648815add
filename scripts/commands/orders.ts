/**
 * `orders --store <store.json> (--email <address> | --order <ref>...)` → the orders found, as a
 * JSON array of Order (newest first). `store.json` is a connection as the options page saves it,
 * e.g. {"platform":"shopify","shopDomain":"acme.myshopify.com","accessToken":"…"}, with an optional
 * "baseUrl" for a loopback server or a proxy. A failing store exits 1 with "<kind>: <message>" on
 * stderr — the same words the panel shows. Credentials are never printed.
 */
import { z } from 'zod';
import { findOrdersAcrossStores } from '@/lib/connectors/find-orders';
import { ordersWithDetails } from '@/lib/connectors/order-details';
import type { ConnectorContext } from '@/lib/connectors/types';
import { StoreConnectionSchema } from '@/lib/schemas/store';
import type { CliCommand } from './types';
import { defineCommand, fail, parse, printJson, usage } from './io';
import { readJson } from './read-input';

const USAGE = 'usage: orders --store <store.json> (--email <address> | --order <ref> [--order <ref>...]) [--timeout <seconds>]';

const nodeContext: ConnectorContext = { fetch: (...args) => fetch(...args) };

export const runOrders = (args: string[], ctx: ConnectorContext = nodeContext): Promise<number> =>
  defineCommand('orders', (argv) => ordersWith(argv, ctx))(args);

async function ordersWith(args: string[], ctx: ConnectorContext): Promise<number> {
  const { values, positionals } = parse(args, {
    store: { type: 'string' },
    email: { type: 'string' },
    order: { type: 'string', multiple: true },
    timeout: { type: 'string' },
  });
  const orderRefs = values.order ?? [];
  if (!values.store || positionals.length > 0 || (!values.email && orderRefs.length === 0)) return usage(USAGE);
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout) * 1000;
  if (timeoutMs !== undefined && !(timeoutMs > 0)) return usage(USAGE);

  const raw = await readJson(values.store, z.unknown(), 'a store connection');
  const connection = StoreConnectionSchema.safeParse(raw);
  if (!connection.success) {
    // Name the field, never its value: it may be a token.
    const issue = connection.error.issues[0];
    return fail(
      `config: ${values.store} is not a store connection${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const response = await findOrdersAcrossStores([connection.data], { email: values.email, orderRefs }, ctx, { timeoutMs });
  const [failure] = response.errors;
  if (failure) return fail(`${failure.kind}: ${failure.message}`);
  // The panel reads parcels and refunds when the agent opens an order; the command line shows every order whole.
  const whole = await ordersWithDetails([connection.data], response.orders, ctx, { timeoutMs });
  if (whole.failure) return fail(`${whole.failure.kind}: ${whole.failure.message}`);
  printJson(whole.orders);
  return 0;
}

const orders: CliCommand = (args) => runOrders(args);
export default orders;
