import { describe, expect, it } from 'vitest';
import type { StoreConnection, StoreConnections } from '@/lib/schemas/store';
import { translator } from '@/lib/i18n/translator';
import { demoOn, storeDomain, storeLabel, withDemo, withoutStore, withStore } from './store-list';

const shop = (domain: string): StoreConnection => ({ platform: 'shopify', shopDomain: domain, accessToken: 'shpat_secret_value' });
const woo: StoreConnection = { platform: 'woocommerce', url: 'https://example.com/shop/', consumerKey: 'ck_k', consumerSecret: 'cs_s' };

describe('the store list', () => {
  it('gives each new store an id and a label of its own, so two shops on one platform stay apart', () => {
    let list: StoreConnections = [{ platform: 'demo' }];
    list = withStore(list, shop('acme.myshopify.com'));
    list = withStore(list, shop('acme.myshopify.com'));
    list = withStore(list, woo);
    expect(list.map((c) => c.id)).toEqual([
      undefined,
      'shopify-acme-myshopify-com',
      'shopify-acme-myshopify-com-2',
      'woocommerce-example-com-shop',
    ]);
    expect(list.map(storeLabel)).toEqual([
      'Northwind Goods (demo store)',
      'Shopify – acme.myshopify.com',
      'Shopify – acme.myshopify.com',
      'WooCommerce – example.com/shop',
    ]);
  });

  it('replaces a store saved again under its id', () => {
    const list = withStore([], shop('acme.myshopify.com'));
    const edited = { ...list[0]!, label: 'US shop' } as StoreConnection;
    expect(withStore(list, edited)).toEqual([edited]);
  });

  it('shows a domain, never a credential', () => {
    for (const connection of [shop('acme.myshopify.com'), woo]) {
      expect(storeDomain(connection)).not.toMatch(/secret|ck_|cs_/);
    }
    expect(
      storeDomain({ platform: 'amazon', region: 'eu', clientId: 'id', clientSecret: 's', refreshToken: 'Atzr|x', sellerId: 'A1B2' }),
    ).toBe('Seller Central Europe · A1B2');
  });

  it('words what Deskpilot says about a store in the interface language; ids stay the same in every language', () => {
    const ko = translator('ko').t;
    const amazon = { platform: 'amazon', region: 'fe', clientId: 'id', clientSecret: 's', refreshToken: 'Atzr|x' } as const;
    const bigcommerce = { platform: 'bigcommerce', storeHash: 'k7x3mq9p', accessToken: 't' } as const;
    expect(storeDomain(amazon, ko)).toBe('Seller Central 극동');
    expect(storeDomain(bigcommerce, ko)).toBe('스토어 k7x3mq9p');
    expect(storeDomain({ platform: 'demo' }, ko)).toBe('내장 샘플 스토어');
    const [added] = withStore([], bigcommerce, ko);
    expect(added).toMatchObject({ id: 'bigcommerce-store-k7x3mq9p', label: 'BigCommerce – 스토어 k7x3mq9p' });
  });

  it('switches the demo store off only while a real store is connected, and brings it back when the last one goes', () => {
    const demoOnly: StoreConnections = [{ platform: 'demo' }];
    expect(withDemo(demoOnly, false)).toEqual(demoOnly);
    const both = withStore(demoOnly, woo);
    const realOnly = withDemo(both, false);
    expect(demoOn(realOnly)).toBe(false);
    expect(withoutStore(realOnly, realOnly[0]!.id!)).toEqual([{ platform: 'demo' }]);
    expect(demoOn(withDemo(realOnly, true))).toBe(true);
  });
});
