import { describe, expect, it } from 'vitest';
import type { StoreConnection } from '@/lib/schemas/store';
import { issueText } from '@/lib/i18n/issue-text';
import { renderMessage } from '@/lib/i18n/local-message';
import { translator } from '@/lib/i18n/translator';
import { connectionFromForm, formValuesOf } from './store-form-values';
import type { CONNECTABLE_PLATFORMS } from './store-list';

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
      message: 'Shop domain: must look like acme.myshopify.com',
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
      message: 'Consumer key: must start with ck_',
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

  it('words every format check and the refused address in the agent’s language', () => {
    const ko = (platform: (typeof CONNECTABLE_PLATFORMS)[number], values: Record<string, string>) => {
      const result = connectionFromForm(platform, values);
      if (result.ok) throw new Error('expected a refusal');
      return result.issue ? issueText(result.issue, translator('ko').t) : renderMessage(result.refusal!, translator('ko').t);
    };
    expect(ko('shopify', { shopDomain: 'acme.com', accessToken: 'x' })).toBe('acme.myshopify.com 형식이어야 합니다');
    expect(ko('shopify', { shopDomain: 'acme.myshopify.com' })).toBe('액세스 토큰 또는 클라이언트 ID와 클라이언트 시크릿이 필요합니다');
    expect(ko('shopify', { shopDomain: 'acme.myshopify.com', accessToken: 'x', apiVersion: '2026-11' })).toBe('2026-10 형식이어야 합니다');
    expect(ko('woocommerce', { url: 'https://shop.example', consumerKey: 'key', consumerSecret: 'cs_1' })).toBe('ck_로 시작해야 합니다');
    expect(ko('woocommerce', { url: 'https://shop.example', consumerKey: 'ck_1', consumerSecret: 'secret' })).toBe('cs_로 시작해야 합니다');
    expect(ko('bigcommerce', { storeHash: 'stores/abc', accessToken: 'x' })).toBe('API 경로에서 /stores/ 뒤에 오는 짧은 코드여야 합니다');
    expect(ko('woocommerce', { url: 'http://shop.example', consumerKey: 'ck_1', consumerSecret: 'cs_1' })).toBe(
      'WooCommerce 주소는 https://로 시작해야 합니다(http://shop.example(으)로는 키가 암호화되지 않은 채 전송됩니다).',
    );
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
