/**
 * How to get the credentials each platform's form asks for, shown beside the form, as message keys
 * (`stores.guide.<platform>.*`) so each language has its own words. Text between backticks is what
 * the agent finds on the other site exactly so — a scope, a key's prefix, a menu of an
 * English-only console — and is shown as code. Shopify's and WooCommerce's English steps are the
 * connectors' own (lib/connectors/): platform-guides.test.ts keeps the two saying the same thing.
 */
import type { MessageKey } from '@/lib/i18n/translator';
import type { ConnectablePlatform } from './store-list';

export interface PlatformGuide {
  steps: readonly MessageKey[];
  /** What to know before connecting: scopes, limits, the safest kind of key. */
  notes: readonly MessageKey[];
}

export const PLATFORM_GUIDES: Record<ConnectablePlatform, PlatformGuide> = {
  shopify: {
    steps: [
      'stores.guide.shopify.step1',
      'stores.guide.shopify.step2',
      'stores.guide.shopify.step3',
      'stores.guide.shopify.step4',
      'stores.guide.shopify.step5',
    ],
    notes: ['stores.guide.shopify.scopes', 'stores.guide.shopify.sixtyDays'],
  },
  woocommerce: {
    steps: [
      'stores.guide.woocommerce.step1',
      'stores.guide.woocommerce.step2',
      'stores.guide.woocommerce.step3',
      'stores.guide.woocommerce.step4',
    ],
    notes: ['stores.guide.woocommerce.readOnly'],
  },
  bigcommerce: {
    steps: ['stores.guide.bigcommerce.step1', 'stores.guide.bigcommerce.step2', 'stores.guide.bigcommerce.step3'],
    notes: ['stores.guide.bigcommerce.readOnly'],
  },
  amazon: {
    steps: ['stores.guide.amazon.step1', 'stores.guide.amazon.step2', 'stores.guide.amazon.step3', 'stores.guide.amazon.step4'],
    notes: ['stores.guide.amazon.orderIds'],
  },
};

/** A guide line cut at its backticks: odd pieces are code. */
export function guidePieces(text: string): Array<{ text: string; code: boolean }> {
  return text
    .split('`')
    .map((piece, index) => ({ text: piece, code: index % 2 === 1 }))
    .filter((piece) => piece.text !== '');
}
