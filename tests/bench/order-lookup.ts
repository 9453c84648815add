/**
 * Order lookups per ticket against the loopback Shopify and WooCommerce servers, through the
 * panel's own query (lib/queries.ts ordersQuery) with the background's part played in-process:
 * `browser.runtime.sendMessage` runs findOrdersAcrossStores as the background would, with Node's
 * fetch. "Warm" is TanStack's cache hit: the same ticket's orders asked for again while fresh
 * (staleTime 60 s) — what the panel does when the agent comes back to a thread — measured at the
 * query layer, without React rendering. There is no cache below it: a cold lookup asks every store.
 */
import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findOrdersAcrossStores } from '@/lib/connectors/find-orders';
import type { ConnectorContext } from '@/lib/connectors/types';
import type { StoreConnection } from '@/lib/schemas/store';
import { TicketSchema, type Ticket } from '@/lib/schemas/ticket';
import { startShopifyServer } from '../servers/shopify-server';
import { startWooServer } from '../servers/woocommerce-server';
import { median, type Bench, type BenchResult } from './types';

const WARM_RUNS = 1_000;
const COLD_RUNS = 5;
const CONCURRENT_PANELS = 5;
const WARM_TARGET_MS = 5;

const TICKETS = [
  { about: 'a Shopify customer asking about #1012', email: 'hannah.weber@example.com', orderRefs: ['#1012'] },
  { about: 'a WooCommerce customer asking about 2041', email: 'priya.nair@example.com', orderRefs: ['2041'] },
];

function ticketOf(email: string, orderRefs: string[]): Ticket {
  const customer = { email };
  return TicketSchema.parse({
    site: 'gmail',
    url: `https://mail.google.com/mail/u/0/#inbox/${email}`,
    subject: 'Where is my order?',
    customer,
    messages: [{ author: customer, role: 'customer', text: 'Where is my order?', visibleText: 'Where is my order?' }],
    latestCustomerMessage: 'Where is my order?',
    entities: { orderRefs, trackingRefs: [], emails: [email] },
    language: 'en',
    source: { adapter: 'gmail', confidence: 1 },
  });
}

const bench: Bench = async () => {
  const [shopify, woo] = await Promise.all([startShopifyServer(), startWooServer()]);
  const stores: StoreConnection[] = [
    {
      platform: 'shopify',
      id: 'shopify',
      label: 'Shopify',
      shopDomain: shopify.shopDomain,
      accessToken: shopify.accessToken,
      baseUrl: shopify.origin,
    },
    {
      platform: 'woocommerce',
      id: 'woo',
      label: 'WooCommerce',
      url: 'https://shop.example',
      consumerKey: woo.consumerKey,
      consumerSecret: woo.consumerSecret,
      baseUrl: woo.origin,
    },
  ];
  const ctx: ConnectorContext = { fetch: (...args) => fetch(...args) };
  // The background's side of the findOrders message; the answer crosses a message boundary as JSON.
  fakeBrowser.runtime.sendMessage = (async (request: { query: { email?: string; orderRefs: string[] } }) =>
    JSON.parse(JSON.stringify(await findOrdersAcrossStores(stores, request.query, ctx)))) as never;
  (globalThis as Record<string, unknown>).browser = fakeBrowser;
  // Imported once `browser` exists: the settings module binds it when loaded.
  const { ordersQuery } = await import('@/lib/queries/ticket');
  const requests = () => ({ shopify: shopify.requests.length, woo: woo.requests.length });
  const results: BenchResult[] = [];
  const warmTimes: number[] = [];
  try {
    for (const { about, email, orderRefs } of TICKETS) {
      const ticket = ticketOf(email, orderRefs);
      const coldTimes: number[] = [];
      let perLookup = { shopify: 0, woo: 0 };
      for (let run = 0; run < COLD_RUNS; run++) {
        const before = requests();
        const started = performance.now();
        await new QueryClient().fetchQuery(ordersQuery(ticket));
        coldTimes.push(performance.now() - started);
        perLookup = { shopify: requests().shopify - before.shopify, woo: requests().woo - before.woo };
      }

      const client = new QueryClient();
      const beforeConcurrent = requests();
      const found = (await Promise.all(Array.from({ length: CONCURRENT_PANELS }, () => client.fetchQuery(ordersQuery(ticket)))))[0]!;
      const concurrent = { shopify: requests().shopify - beforeConcurrent.shopify, woo: requests().woo - beforeConcurrent.woo };

      const beforeWarm = requests();
      for (let run = 0; run < WARM_RUNS; run++) {
        const started = performance.now();
        await client.fetchQuery(ordersQuery(ticket));
        warmTimes.push(performance.now() - started);
      }
      const warmRequests = requests().shopify - beforeWarm.shopify + requests().woo - beforeWarm.woo;

      results.push({
        name: `HTTP requests for one ticket naming its order and the customer's email (${about}; ${found.orders.length} orders found, the customer's other orders listed in the panel too), per store`,
        value: `Shopify ${perLookup.shopify} · WooCommerce ${perLookup.woo}; ${CONCURRENT_PANELS} concurrent asks: ${concurrent.shopify} · ${concurrent.woo}; warm: ${warmRequests}`,
        target: 'one lookup per store per ticket, deduplicated; none when warm',
        where: 'Node',
        met: concurrent.shopify === perLookup.shopify && concurrent.woo === perLookup.woo && warmRequests === 0,
      });
      results.push({
        name: `cold lookup, both loopback stores (${about}; median of ${COLD_RUNS})`,
        value: `${median(coldTimes).toFixed(1)} ms`,
        target: 'reference (no cache; loopback network)',
        where: 'Node',
        met: true,
      });
    }
    const warm = median(warmTimes);
    const p99 = [...warmTimes].sort((a, b) => a - b)[Math.floor(warmTimes.length * 0.99)]!;
    results.unshift({
      name: `orders lookup with a warm cache (TanStack fetchQuery, fresh ticket; median of ${warmTimes.length}, p99 ${p99.toFixed(3)} ms)`,
      value: `${warm.toFixed(3)} ms`,
      target: `≤ ${WARM_TARGET_MS} ms`,
      where: 'Node',
      met: warm <= WARM_TARGET_MS,
    });
    return results;
  } finally {
    await Promise.all([shopify.close(), woo.close()]);
  }
};

export default bench;
