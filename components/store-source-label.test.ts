import { describe, expect, it } from 'vitest';
import { DEMO_STORE_ID, DEMO_STORE_LABEL } from '@/lib/connectors/demo-store/identity';
import { translator } from '@/lib/i18n/translator';
import { storeSourceLabel } from './store-source-label';

describe('the store an order came from, as the panel names it', () => {
  it('says "demo store" in the interface language; the shop name stays', () => {
    const demo = { id: DEMO_STORE_ID, label: DEMO_STORE_LABEL };
    expect(storeSourceLabel(demo, translator('ko').t)).toBe('Northwind Goods(데모 스토어)');
    expect(storeSourceLabel(demo, translator('ja').t)).toBe('Northwind Goods（デモストア）');
    expect(storeSourceLabel(demo, translator('en').t)).toBe(DEMO_STORE_LABEL);
  });

  it('shows a label the team gave exactly as written', () => {
    expect(storeSourceLabel({ id: 'shopify-acme', label: 'US shop' }, translator('ko').t)).toBe('US shop');
  });
});
