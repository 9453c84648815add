import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { closeSecretStore, SECRETS_DB_NAME, storeConnectionsSetting } from '@/lib/connectors/secret-store';
import { findOrders, orderDetails, sessionTokenStore } from './find-orders';

afterEach(async () => {
  await closeSecretStore();
  await Dexie.delete(SECRETS_DB_NAME);
});

describe('background findOrders', () => {
  it('searches the stores saved in the secret store (the demo store by default)', async () => {
    const emma = { email: 'emma.schneider@example.com', orderRefs: [] };
    expect((await findOrders(emma)).orders.map((o) => o.number)).toEqual(['#1047', '#1031', '#1009']);
    await storeConnectionsSetting.set([{ platform: 'demo', id: 'training', label: 'Training shop' }]);
    expect(new Set((await findOrders(emma)).orders.map((o) => o.source.label))).toEqual(new Set(['Training shop']));
    await storeConnectionsSetting.set([]);
    expect(await findOrders(emma)).toEqual({ orders: [], errors: [] });
  });
});

describe('the background token store', () => {
  it("keeps tokens in the browser's session storage until deleted", async () => {
    const token = { value: 'Atza|loopback', expiresAt: Date.parse('2026-11-24T13:00:00Z') };
    await sessionTokenStore.set('lwa:ab12', token);
    expect(await sessionTokenStore.get('lwa:ab12')).toEqual(token);
    expect(await browser.storage.session.get('lwa:ab12')).toEqual({ 'lwa:ab12': token });
    await sessionTokenStore.delete('lwa:ab12');
    expect(await sessionTokenStore.get('lwa:ab12')).toBeUndefined();
  });
});

describe('background orderDetails', () => {
  it('says so when what the panel sent is not an order, and reads nothing for an order that needs nothing', async () => {
    expect(await orderDetails({ number: 7 })).toMatchObject({
      failure: { kind: 'bad_response', problem: { code: 'storeError.orderUnreadable', params: {} } },
    });
    const [order] = (await findOrders({ email: 'emma.schneider@example.com', orderRefs: [] })).orders;
    expect(await orderDetails(order)).toEqual({ details: {} });
  });
});
