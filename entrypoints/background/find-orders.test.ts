import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { closeSecretStore, SECRETS_DB_NAME, storeConnectionsSetting } from '@/lib/connectors/secret-store';
import { findOrders } from './find-orders';

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
