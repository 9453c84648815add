import { describe, expect, it } from 'vitest';
import { OrderSchema } from '@/lib/schemas/order';
import type { DemoStoreConnection } from '@/lib/schemas/store';
import { demoConnector } from './demo';

const ctx = { fetch: () => Promise.reject(new Error('the demo store must not use the network')) };
const find = (query: { email?: string; orderRefs?: string[] }, config: DemoStoreConnection = { platform: 'demo' }) =>
  demoConnector.findOrders(config, { orderRefs: [], ...query }, ctx);

describe('demo connector', () => {
  it("finds all of a customer's orders by email, case-insensitively, newest first", async () => {
    const orders = await find({ email: '  Emma.Schneider@EXAMPLE.com ' });
    expect(orders.map((o) => o.number)).toEqual(['#1047', '#1031', '#1009']);
    for (const order of orders) expect(OrderSchema.safeParse(order).success).toBe(true);
  });

  it.each(['#1047', '1047', '# 1047'])('finds an order by the ref "%s" as a customer writes it', async (ref) => {
    const orders = await find({ orderRefs: [ref] });
    expect(orders.map((o) => o.number)).toEqual(['#1047']);
  });

  it('finds Amazon orders by their 3-7-7 number, with or without dashes', async () => {
    for (const ref of ['114-3941689-8772232', '11439416898772232']) {
      const [order, ...rest] = await find({ orderRefs: [ref] });
      expect(rest).toEqual([]);
      expect(order?.customer.name).toBe('Sophie Martin');
    }
  });

  it('merges email and ref matches without duplicates', async () => {
    const orders = await find({ email: 'liam.oconnor@example.net', orderRefs: ['#1052', '1052', '#1047'] });
    expect(orders.map((o) => o.number)).toEqual(['#1052', '#1047', '#1020']);
  });

  it('returns nothing (not an error) for an unknown email or ref', async () => {
    await expect(find({ email: 'nobody@example.com', orderRefs: ['#9999'] })).resolves.toEqual([]);
  });

  it('returns nothing when asked nothing, instead of the whole store', async () => {
    await expect(find({ email: '  ', orderRefs: ['#', ''] })).resolves.toEqual([]);
  });

  it('attributes orders to the connection that asked, or to the demo store by default', async () => {
    const [named] = await find({ orderRefs: ['#1047'] }, { platform: 'demo', id: 'training', label: 'Training shop' });
    expect(named?.source).toEqual({ id: 'training', label: 'Training shop' });
    const [plain] = await find({ orderRefs: ['#1047'] });
    expect(plain?.source).toEqual({ id: 'demo', label: demoConnector.label });
    expect(demoConnector.label).toMatch(/demo/i);
  });

  it('asks for no host permissions', () => {
    expect(demoConnector.hostPermissions({ platform: 'demo' })).toEqual([]);
  });
});
