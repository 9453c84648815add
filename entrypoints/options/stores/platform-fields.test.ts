import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CONNECTORS } from '@/lib/connectors';
import { SECRET_FIELDS } from '@/lib/connectors/secret-store';
import type { StoreConnection } from '@/lib/schemas/store';
import { connectionFromForm, formValuesOf, PLATFORM_FIELDS } from './platform-fields';
import { CONNECTABLE_PLATFORMS } from './store-list';

const schemaKeys = (platform: (typeof CONNECTABLE_PLATFORMS)[number]) =>
  Object.keys((CONNECTORS[platform].configSchema as unknown as z.ZodObject).shape).filter((key) => key !== 'platform' && key !== 'id');

describe('the store form for each platform', () => {
  it.each(CONNECTABLE_PLATFORMS)('%s: has exactly its connection’s fields, with every credential as a secret input', (platform) => {
    const fields = PLATFORM_FIELDS[platform];
    expect(fields.map((f) => f.key).sort()).toEqual(schemaKeys(platform).sort());
    for (const field of fields) expect(field.kind === 'secret').toBe((SECRET_FIELDS as readonly string[]).includes(field.key));
    expect(fields.find((f) => f.key === 'baseUrl')).toMatchObject({ advanced: true, label: 'stores.field.baseUrl' });
  });
});

describe('connectionFromForm', () => {
  it('builds a Shopify connection, leaving empty fields out', () => {
    const result = connectionFromForm('shopify', {
      shopDomain: ' Acme.myshopify.com ',
      accessToken: 'shpat_abc',
      clientId: '',
      baseUrl: '',
    });
    expect(result).toEqual({ ok: true, connection: { platform: 'shopify', shopDomain: 'acme.myshopify.com', accessToken: 'shpat_abc' } });
  });

  it('says which field is wrong, in the field’s own words', () => {
    expect(connectionFromForm('shopify', { shopDomain: 'acme.com', accessToken: 'x' })).toMatchObject({
      ok: false,
      field: 'shopDomain',
      message: 'Shop domain: The shop domain looks like acme.myshopify.com',
    });
    expect(connectionFromForm('shopify', { shopDomain: 'acme.myshopify.com' })).toMatchObject({
      ok: false,
      field: 'accessToken',
      message: expect.stringContaining('client ID and client secret'),
    });
    expect(connectionFromForm('woocommerce', { url: 'https://shop.example', consumerSecret: 'cs_1' })).toMatchObject({
      ok: false,
      message: 'Consumer key: this field is required',
    });
    expect(connectionFromForm('woocommerce', { url: 'https://shop.example', consumerKey: 'key', consumerSecret: 'cs_1' })).toMatchObject({
      ok: false,
      message: 'Consumer key: A consumer key starts with ck_',
    });
  });

  it('refuses an address the keys would travel to unencrypted', () => {
    const values = { url: 'http://shop.example', consumerKey: 'ck_1', consumerSecret: 'cs_1' };
    expect(connectionFromForm('woocommerce', values)).toMatchObject({
      ok: false,
      message: expect.stringContaining('must start with https://'),
    });
    expect(connectionFromForm('woocommerce', { ...values, url: 'https://shop.example', baseUrl: 'http://10.0.0.5:8080' })).toMatchObject({
      ok: false,
      field: 'baseUrl',
    });
    expect(connectionFromForm('woocommerce', { ...values, url: 'https://shop.example', baseUrl: 'http://127.0.0.1:8080' })).toMatchObject({
      ok: true,
    });
  });

  it('keeps a saved secret the agent did not replace, and takes a replacement', () => {
    const saved: StoreConnection = {
      platform: 'woocommerce',
      id: 'woocommerce-shop-example',
      label: 'Shop',
      url: 'https://shop.example',
      consumerKey: 'ck_saved',
      consumerSecret: 'cs_saved',
    };
    const values = formValuesOf(saved);
    expect(values).toEqual({ platform: 'woocommerce', id: 'woocommerce-shop-example', label: 'Shop', url: 'https://shop.example' });
    expect(connectionFromForm('woocommerce', values, saved)).toEqual({ ok: true, connection: saved });
    expect(connectionFromForm('woocommerce', { ...values, consumerSecret: 'cs_new' }, saved)).toMatchObject({
      ok: true,
      connection: { id: saved.id, consumerKey: 'ck_saved', consumerSecret: 'cs_new' },
    });
  });

  it('never carries a saved value into a field that is not a secret', () => {
    const saved: StoreConnection = {
      platform: 'bigcommerce',
      id: 'bc',
      storeHash: 'abc123',
      accessToken: 'tok_saved',
      baseUrl: 'http://127.0.0.1:9000',
    };
    const result = connectionFromForm('bigcommerce', { storeHash: 'abc123', baseUrl: '' }, saved);
    expect(result).toMatchObject({ ok: true, connection: { accessToken: 'tok_saved' } });
    expect(result.ok && result.connection).not.toHaveProperty('baseUrl');
  });
});
