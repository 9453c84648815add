import { describe, expect, it } from 'vitest';
import {
  SHOPIFY_60_DAY_NOTE,
  SHOPIFY_ALL_ORDERS_SCOPE,
  SHOPIFY_CONNECT_STEPS,
  SHOPIFY_REQUIRED_SCOPES,
} from '@/lib/connectors/shopify-guide';
import { WOOCOMMERCE_CONNECT_STEPS } from '@/lib/connectors/woocommerce';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { UI_LOCALES } from '@/lib/i18n/locales';
import { guidePieces, PLATFORM_GUIDES } from './platform-guides';

const plain = (text: string) => text.replaceAll('`', '');

describe('the platform setup guides', () => {
  it('say in English what the connectors say (Shopify’s and WooCommerce’s steps, Shopify’s scopes)', () => {
    expect(PLATFORM_GUIDES.shopify.steps.map((key) => plain(CATALOGS.en[key]))).toEqual([...SHOPIFY_CONNECT_STEPS]);
    expect(PLATFORM_GUIDES.woocommerce.steps.map((key) => plain(CATALOGS.en[key]))).toEqual([...WOOCOMMERCE_CONNECT_STEPS]);
    expect(plain(CATALOGS.en['stores.guide.shopify.scopes'])).toBe(
      `Scopes Deskpilot needs: ${SHOPIFY_REQUIRED_SCOPES.join(', ')} (both read-only).`,
    );
    expect(plain(CATALOGS.en['stores.guide.shopify.sixtyDays'])).toBe(SHOPIFY_60_DAY_NOTE);
  });

  it('name the exact scopes as code in every language', () => {
    for (const locale of UI_LOCALES) {
      const step = CATALOGS[locale]['stores.guide.shopify.step2'];
      const code = guidePieces(step)
        .filter((piece) => piece.code)
        .map((piece) => piece.text);
      expect(code, locale).toEqual(expect.arrayContaining([...SHOPIFY_REQUIRED_SCOPES, SHOPIFY_ALL_ORDERS_SCOPE]));
    }
  });

  it('close every backtick they open', () => {
    for (const locale of UI_LOCALES)
      for (const guide of Object.values(PLATFORM_GUIDES))
        for (const key of [...guide.steps, ...guide.notes]) expect(CATALOGS[locale][key].split('`').length % 2, `${locale} ${key}`).toBe(1);
  });

  it('cut a line into text and code', () => {
    expect(guidePieces('Copy the key (`ck_…`) here.')).toEqual([
      { text: 'Copy the key (', code: false },
      { text: 'ck_…', code: true },
      { text: ') here.', code: false },
    ]);
  });
});
