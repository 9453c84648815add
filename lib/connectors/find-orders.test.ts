import { describe, expect, it } from 'vitest';
import { FindOrdersResponseSchema } from '@/lib/schemas/responses';
import type { DemoStoreConnection } from '@/lib/schemas/store';
import { demoConnector } from './demo';
import { findOrdersAcrossStores } from './find-orders';
import { CONNECTORS, type ConnectorRegistry } from './index';
import { ConnectorError, type OrderQuery } from './types';

const ctx = { fetch: () => Promise.reject(new Error('no network in unit tests')) };
const demo: DemoStoreConnection = { platform: 'demo' };
const emma: OrderQuery = { email: 'emma.schneider@example.com', orderRefs: [] };

/** A second store is a second demo connection whose behaviour the test picks by id (the other platforms stay as registered). */
function registryWith(behaviour: Record<string, (query: OrderQuery) => Promise<unknown>>): ConnectorRegistry {
  return {
    ...CONNECTORS,
    demo: {
      ...demoConnector,
      findOrders: async (config, query, context) => {
        const special = config.id ? behaviour[config.id] : undefined;
        return special ? ((await special(query)) as never) : demoConnector.findOrders(config, query, context);
      },
    },
  };
}

describe('findOrdersAcrossStores', () => {
  it('returns the demo store orders, each saying its source, in the response shape the panel parses', async () => {
    const response = await findOrdersAcrossStores([demo], emma, ctx);
    expect(FindOrdersResponseSchema.parse(response)).toEqual(response);
    expect(response.errors).toEqual([]);
    expect(response.orders.map((o) => o.number)).toEqual(['#1047', '#1031', '#1009']);
    expect(new Set(response.orders.map((o) => o.source.id))).toEqual(new Set(['demo']));
  });

  it('keeps the good store’s orders when another store throws a ConnectorError', async () => {
    const registry = registryWith({ broken: () => Promise.reject(new ConnectorError('auth', 'The access token was revoked.')) });
    const response = await findOrdersAcrossStores([{ platform: 'demo', id: 'broken', label: 'EU shop' }, demo], emma, ctx, { registry });
    expect(response.orders.map((o) => o.number)).toEqual(['#1047', '#1031', '#1009']);
    expect(response.errors).toEqual([{ connectorId: 'broken', label: 'EU shop', kind: 'auth', message: 'The access token was revoked.' }]);
  });

  it('merges two stores newest first and keeps same-numbered orders of different stores apart', async () => {
    const [newest] = await demoConnector.findOrders(demo, { orderRefs: ['#1052'] }, ctx);
    const registry = registryWith({ second: async () => [{ ...newest, createdAt: '2026-11-23T08:00:00Z' }] });
    const response = await findOrdersAcrossStores(
      [demo, { platform: 'demo', id: 'second', label: 'Outlet' }],
      { orderRefs: ['#1052', '#1047'] },
      ctx,
      { registry },
    );
    expect(response.orders.map((o) => [o.source.label, o.number])).toEqual([
      ['Outlet', '#1052'],
      [demoConnector.label, '#1052'],
      [demoConnector.label, '#1047'],
    ]);
  });

  it('passes a rate-limited store’s Retry-After on to the panel', async () => {
    const registry = registryWith({
      busy: () => Promise.reject(new ConnectorError('rate_limited', 'Busy shop is limiting requests (HTTP 429).', 2_000)),
    });
    const response = await findOrdersAcrossStores([{ platform: 'demo', id: 'busy', label: 'Busy shop' }, demo], emma, ctx, { registry });
    expect(response.orders).toHaveLength(3);
    expect(FindOrdersResponseSchema.parse(response).errors).toEqual([
      {
        connectorId: 'busy',
        label: 'Busy shop',
        kind: 'rate_limited',
        message: 'Busy shop is limiting requests (HTTP 429).',
        retryAfterMs: 2_000,
      },
    ]);
  });

  it('reports a response that does not match the order schema as bad_response', async () => {
    const registry = registryWith({ odd: async () => [{ number: '#1', total: 84.5 }] });
    const response = await findOrdersAcrossStores([{ platform: 'demo', id: 'odd' }, demo], emma, ctx, { registry });
    expect(response.orders).toHaveLength(3);
    expect(response.errors).toHaveLength(1);
    expect(response.errors[0]).toMatchObject({ connectorId: 'odd', kind: 'bad_response' });
  });

  it('reports an unexpected exception as bad_response with its message', async () => {
    const registry = registryWith({ buggy: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'edges')")) });
    const response = await findOrdersAcrossStores([{ platform: 'demo', id: 'buggy' }], emma, ctx, { registry });
    expect(response.orders).toEqual([]);
    expect(response.errors[0]?.kind).toBe('bad_response');
    expect(response.errors[0]?.message).toContain("reading 'edges'");
  });

  it('gives up on a store that does not answer in time, as a network failure', async () => {
    const registry = registryWith({ slow: () => new Promise(() => {}) });
    const response = await findOrdersAcrossStores([{ platform: 'demo', id: 'slow', label: 'Slow shop' }, demo], emma, ctx, {
      registry,
      timeoutMs: 30,
    });
    expect(response.orders).toHaveLength(3);
    expect(response.errors).toEqual([
      {
        connectorId: 'slow',
        label: 'Slow shop',
        kind: 'network',
        message: expect.stringContaining('Slow shop'),
        // The panel says it in the agent's language from the code and its values.
        problem: { code: 'storeError.timeout', params: { store: 'Slow shop', seconds: 0 } },
      },
    ]);
  });

  it('reports a connection its connector cannot accept as a config failure', async () => {
    const invalid = { platform: 'demo', id: '' } as DemoStoreConnection;
    const response = await findOrdersAcrossStores([invalid, demo], emma, ctx);
    expect(response.orders).toHaveLength(3);
    expect(response.errors[0]?.kind).toBe('config');
  });

  it('asks no store anything when the ticket has neither email nor order refs', async () => {
    const registry = registryWith({ strict: () => Promise.reject(new ConnectorError('rate_limited', 'should not be called')) });
    const response = await findOrdersAcrossStores([{ platform: 'demo', id: 'strict' }], { email: ' ', orderRefs: [' '] }, ctx, {
      registry,
    });
    expect(response).toEqual({ orders: [], errors: [] });
  });

  it('returns empty orders, not an error, for an unknown customer', async () => {
    await expect(findOrdersAcrossStores([demo], { email: 'nobody@example.com', orderRefs: [] }, ctx)).resolves.toEqual({
      orders: [],
      errors: [],
    });
  });
});
