import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeSecretStore, SECRETS_DB_NAME, storeConnectionsSetting } from '@/lib/connectors/secret-store';
import { AI_SECRETS_DB_NAME, aiSettingsSetting, closeAiSettingsDatabase } from '@/lib/suggest/ai/settings-store';
import { releaseOrigins, requestOrigins, storeOrigins } from './host-permissions';

const stub = (name: 'request' | 'contains' | 'remove', impl: (arg: { origins: string[] }) => Promise<boolean>) => {
  const fn = vi.fn(impl);
  (browser.permissions as unknown as Record<string, unknown>)[name] = fn;
  return fn;
};

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await closeSecretStore();
  closeAiSettingsDatabase();
  await Promise.all([Dexie.delete(SECRETS_DB_NAME), Dexie.delete(AI_SECRETS_DB_NAME)]);
});

describe('requestOrigins', () => {
  it('asks the browser at once, before anything else can take the click’s user gesture', () => {
    const request = stub('request', async () => true);
    void requestOrigins(['https://acme.myshopify.com/*']);
    expect(request).toHaveBeenCalledWith({ origins: ['https://acme.myshopify.com/*'] });
  });

  it('treats a refusal for an origin the extension already holds as granted (the test build’s loopback)', async () => {
    stub('request', () => Promise.reject(new Error('Only permissions specified in the manifest may be requested.')));
    stub('contains', async () => true);
    expect(await requestOrigins(['http://127.0.0.1/*'])).toBe(true);
  });

  it('says no when the agent declines and the origin is not held', async () => {
    stub('request', async () => false);
    const contains = stub('contains', async () => false);
    expect(await requestOrigins(['https://shop.example/*'])).toBe(false);
    expect(contains).toHaveBeenCalled();
  });

  it('asks nothing for a store without origins (the demo store)', async () => {
    const request = stub('request', async () => true);
    expect(await requestOrigins(storeOrigins({ platform: 'demo' }))).toBe(true);
    expect(request).not.toHaveBeenCalled();
  });
});

describe('releaseOrigins', () => {
  it('gives back only origins no store and no AI endpoint still uses', async () => {
    await storeConnectionsSetting.set([
      {
        platform: 'woocommerce',
        id: 'w',
        url: 'https://shop.example',
        consumerKey: 'ck_1',
        consumerSecret: 'cs_1',
        baseUrl: 'http://127.0.0.1:8080',
      },
    ]);
    await aiSettingsSetting.set({ baseUrl: 'https://api.groq.com/openai/v1', apiKey: 'k', model: 'm', enabled: true });
    const remove = stub('remove', async () => true);
    const released = await releaseOrigins(['http://127.0.0.1/*', 'https://api.groq.com/*', 'https://acme.myshopify.com/*']);
    expect(released).toEqual(['https://acme.myshopify.com/*']);
    expect(remove).toHaveBeenCalledWith({ origins: ['https://acme.myshopify.com/*'] });
  });

  it('reports nothing released when the browser keeps an origin the manifest grants', async () => {
    await storeConnectionsSetting.set([]);
    stub('remove', () => Promise.reject(new Error('You cannot remove required permissions.')));
    expect(await releaseOrigins(['http://127.0.0.1/*'])).toEqual([]);
  });
});
