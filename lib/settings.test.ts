import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { shopFactsSetting, themeSetting } from '@/lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults when nothing is stored', async () => {
    expect(await shopFactsSetting.get()).toEqual(DEFAULT_SHOP_FACTS);
  });

  it('round-trips a valid value', async () => {
    const shop = { ...DEFAULT_SHOP_FACTS, name: 'Acme', returnWindowDays: 14 };
    await shopFactsSetting.set(shop);
    expect(await shopFactsSetting.get()).toEqual(shop);
  });

  it('ignores a damaged stored value instead of breaking the panel', async () => {
    await fakeBrowser.storage.local.set({ shopFacts: { name: 42 } });
    expect(await shopFactsSetting.get()).toEqual(DEFAULT_SHOP_FACTS);
  });

  it('refuses to store an invalid value', async () => {
    await expect(shopFactsSetting.set({ ...DEFAULT_SHOP_FACTS, returnWindowDays: -1 })).rejects.toThrow();
  });

  it('keeps the theme: system by default, light or dark when chosen, system again for a damaged value', async () => {
    expect(await themeSetting.get()).toBe('system');
    await themeSetting.set('dark');
    expect(await themeSetting.get()).toBe('dark');
    await fakeBrowser.storage.local.set({ theme: 'sepia' });
    expect(await themeSetting.get()).toBe('system');
    await expect(themeSetting.set('sepia' as never)).rejects.toThrow();
  });
});
