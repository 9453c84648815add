import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoreConnections } from '@/lib/schemas/store';
import { closeSecretStore, SECRETS_DB_NAME, storeConnectionsSetting, withoutSecrets } from './secret-store';

const shopify = { platform: 'shopify', shopDomain: 'acme.myshopify.com', accessToken: 'shpat_secret_value_1' } as const;
const woo = {
  platform: 'woocommerce',
  url: 'https://shop.example',
  consumerKey: 'ck_secret_value_2',
  consumerSecret: 'cs_secret_value_3',
  label: 'Tea shop',
} as const;

afterEach(async () => {
  await closeSecretStore();
  await Dexie.delete(SECRETS_DB_NAME);
  vi.restoreAllMocks();
});

async function writeRaw(value: unknown): Promise<void> {
  const raw = new Dexie(SECRETS_DB_NAME);
  raw.version(1).stores({ secrets: 'key' });
  await raw.table('secrets').put({ key: 'storeConnections', value });
  raw.close();
}

describe('secret store', () => {
  it('connects the demo store until something is saved', async () => {
    expect(await storeConnectionsSetting.get()).toEqual([{ platform: 'demo' }]);
  });

  it('round-trips connections with their credentials, and keeps an empty list empty', async () => {
    await storeConnectionsSetting.set([shopify, woo]);
    expect(await storeConnectionsSetting.get()).toEqual([shopify, woo]);
    await storeConnectionsSetting.set([]);
    expect(await storeConnectionsSetting.get()).toEqual([]);
  });

  it('refuses to save an invalid connection', async () => {
    await expect(
      storeConnectionsSetting.set([{ platform: 'shopify', shopDomain: 'acme.com' } as unknown as StoreConnections[number]]),
    ).rejects.toThrow();
  });

  it('drops one damaged entry without logging its secret, and keeps the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await writeRaw([{ platform: 'shopify', shopDomain: 'not a domain', accessToken: 'shpat_leaky_token' }, woo]);
    expect(await storeConnectionsSetting.get()).toEqual([woo]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0])).not.toContain('shpat_leaky_token');
  });

  it('falls back to the demo store when the saved value is not a list', async () => {
    await writeRaw({ platform: 'demo' });
    expect(await storeConnectionsSetting.get()).toEqual([{ platform: 'demo' }]);
  });

  it('keeps secrets out of extension storage and out of the main database', async () => {
    await storeConnectionsSetting.set([shopify]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('shpat_secret_value_1');
    expect(await Dexie.exists('deskpilot')).toBe(false);
    expect(await Dexie.exists(SECRETS_DB_NAME)).toBe(true);
  });

  it('tells watchers about changes', async () => {
    const seen: string[][] = [];
    const stop = storeConnectionsSetting.watch((connections) => seen.push(connections.map((c) => c.platform)));
    await vi.waitFor(() => expect(seen).toEqual([['demo']]));
    await storeConnectionsSetting.set([woo]);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['woocommerce']));
    stop();
  });

  it('shows a connection without its credentials', () => {
    const shown = JSON.stringify([withoutSecrets(shopify), withoutSecrets(woo)]);
    for (const secret of ['shpat_secret_value_1', 'ck_secret_value_2', 'cs_secret_value_3']) expect(shown).not.toContain(secret);
    expect(withoutSecrets(woo)).toMatchObject({ url: 'https://shop.example', consumerKey: '(set)', label: 'Tea shop' });
  });
});
