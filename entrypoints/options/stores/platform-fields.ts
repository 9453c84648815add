/**
 * The "add a store" form for each platform, as data: which fields its connection has (the same
 * keys as its schema in lib/schemas/store.ts — a test keeps the two in step), which are secrets
 * (password inputs, never shown again once saved), and which are advanced. The form's values
 * become a connection in store-form-values.ts.
 */
import type { MessageKey } from '@/lib/i18n/translator';
import type { ConnectablePlatform } from './store-list';

/** Labels and hints are message keys (`stores.field.*`); placeholders show a value's format, the same in every language. */
export interface FieldSpec {
  key: string;
  label: MessageKey;
  kind: 'text' | 'secret' | 'select';
  options?: ReadonlyArray<{ value: string; label: MessageKey }>;
  placeholder?: string;
  hint?: MessageKey;
  optional?: boolean;
  /** Shown under "Advanced": other origins (a proxy, a loopback server in tests), API versions. */
  advanced?: boolean;
}

const BASE_URL: FieldSpec = {
  key: 'baseUrl',
  label: 'stores.field.baseUrl',
  kind: 'text',
  optional: true,
  advanced: true,
  placeholder: 'https://proxy.example',
  hint: 'stores.hint.baseUrl',
};
const LABEL: FieldSpec = {
  key: 'label',
  label: 'stores.field.label',
  kind: 'text',
  optional: true,
  hint: 'stores.hint.label',
};

export const PLATFORM_FIELDS: Record<ConnectablePlatform, readonly FieldSpec[]> = {
  shopify: [
    { key: 'shopDomain', label: 'stores.field.shopDomain', kind: 'text', placeholder: 'acme.myshopify.com' },
    { key: 'clientId', label: 'stores.field.clientId', kind: 'text', optional: true, hint: 'stores.hint.shopifyClientId' },
    { key: 'clientSecret', label: 'stores.field.clientSecret', kind: 'secret', optional: true },
    {
      key: 'accessToken',
      label: 'stores.field.adminToken',
      kind: 'secret',
      optional: true,
      placeholder: 'shpat_…',
      hint: 'stores.hint.adminToken',
    },
    LABEL,
    { key: 'apiVersion', label: 'stores.field.apiVersion', kind: 'text', optional: true, advanced: true, placeholder: '2026-10' },
    BASE_URL,
  ],
  woocommerce: [
    { key: 'url', label: 'stores.field.url', kind: 'text', placeholder: 'https://shop.example' },
    { key: 'consumerKey', label: 'stores.field.consumerKey', kind: 'secret', placeholder: 'ck_…' },
    { key: 'consumerSecret', label: 'stores.field.consumerSecret', kind: 'secret', placeholder: 'cs_…' },
    LABEL,
    BASE_URL,
  ],
  bigcommerce: [
    {
      key: 'storeHash',
      label: 'stores.field.storeHash',
      kind: 'text',
      placeholder: 'abc123xyz',
      hint: 'stores.hint.storeHash',
    },
    { key: 'accessToken', label: 'stores.field.accessToken', kind: 'secret' },
    LABEL,
    BASE_URL,
  ],
  amazon: [
    {
      key: 'region',
      label: 'stores.field.region',
      kind: 'select',
      options: [
        { value: 'na', label: 'stores.region.na' },
        { value: 'eu', label: 'stores.region.eu' },
        { value: 'fe', label: 'stores.region.fe' },
      ],
    },
    { key: 'clientId', label: 'stores.field.lwaClientId', kind: 'text', placeholder: 'amzn1.application-oa2-client.…' },
    { key: 'clientSecret', label: 'stores.field.lwaClientSecret', kind: 'secret' },
    { key: 'refreshToken', label: 'stores.field.refreshToken', kind: 'secret', placeholder: 'Atzr|…' },
    { key: 'sellerId', label: 'stores.field.sellerId', kind: 'text', optional: true },
    {
      key: 'marketplaceId',
      label: 'stores.field.marketplaceId',
      kind: 'text',
      optional: true,
      hint: 'stores.hint.marketplaceId',
    },
    LABEL,
    BASE_URL,
    { key: 'tokenUrl', label: 'stores.field.tokenUrl', kind: 'text', optional: true, advanced: true },
  ],
};
