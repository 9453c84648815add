/**
 * The "add a store" form for each platform, as data: which fields its connection has (the same
 * keys as its schema in lib/schemas/store.ts — a test keeps the two in step), which are secrets
 * (password inputs, never shown again once saved), and which are advanced. The form's values
 * become a connection through the connector's own schema, so the form cannot save what the
 * background would refuse.
 */
import { CONNECTORS } from '@/lib/connectors';
import { SECRET_FIELDS } from '@/lib/connectors/secret-store';
import type { StoreConnection } from '@/lib/schemas/store';
import type { ConnectablePlatform } from './store-list';

export interface FieldSpec {
  key: string;
  label: string;
  kind: 'text' | 'secret' | 'select';
  options?: ReadonlyArray<{ value: string; label: string }>;
  placeholder?: string;
  hint?: string;
  optional?: boolean;
  /** Shown under "Advanced": other origins (a proxy, a loopback server in tests), API versions. */
  advanced?: boolean;
}

const BASE_URL: FieldSpec = {
  key: 'baseUrl',
  label: 'API base URL',
  kind: 'text',
  optional: true,
  advanced: true,
  placeholder: 'https://proxy.example',
  hint: 'Only when the store’s API is reached through another address (a proxy). Leave empty otherwise.',
};
const LABEL: FieldSpec = {
  key: 'label',
  label: 'Name shown in the panel',
  kind: 'text',
  optional: true,
  hint: 'Defaults to the platform and domain.',
};

export const PLATFORM_FIELDS: Record<ConnectablePlatform, readonly FieldSpec[]> = {
  shopify: [
    { key: 'shopDomain', label: 'Shop domain', kind: 'text', placeholder: 'acme.myshopify.com' },
    { key: 'clientId', label: 'Client ID', kind: 'text', optional: true, hint: 'From the app’s Settings in the Dev Dashboard.' },
    { key: 'clientSecret', label: 'Client secret', kind: 'secret', optional: true },
    {
      key: 'accessToken',
      label: 'Admin API access token',
      kind: 'secret',
      optional: true,
      placeholder: 'shpat_…',
      hint: 'Only for a legacy custom app; otherwise use the client ID and secret.',
    },
    LABEL,
    { key: 'apiVersion', label: 'Admin API version', kind: 'text', optional: true, advanced: true, placeholder: '2026-10' },
    BASE_URL,
  ],
  woocommerce: [
    { key: 'url', label: 'Store address', kind: 'text', placeholder: 'https://shop.example' },
    { key: 'consumerKey', label: 'Consumer key', kind: 'secret', placeholder: 'ck_…' },
    { key: 'consumerSecret', label: 'Consumer secret', kind: 'secret', placeholder: 'cs_…' },
    LABEL,
    BASE_URL,
  ],
  bigcommerce: [
    {
      key: 'storeHash',
      label: 'Store hash',
      kind: 'text',
      placeholder: 'abc123xyz',
      hint: 'The code after /stores/ in the API path of the API account.',
    },
    { key: 'accessToken', label: 'Access token', kind: 'secret' },
    LABEL,
    BASE_URL,
  ],
  amazon: [
    {
      key: 'region',
      label: 'Region',
      kind: 'select',
      options: [
        { value: 'na', label: 'North America (amazon.com, .ca, .com.mx, .com.br)' },
        { value: 'eu', label: 'Europe, India, Middle East (amazon.de, .co.uk, .fr, .in, …)' },
        { value: 'fe', label: 'Far East (amazon.co.jp, .com.au, .sg)' },
      ],
    },
    { key: 'clientId', label: 'LWA client ID', kind: 'text', placeholder: 'amzn1.application-oa2-client.…' },
    { key: 'clientSecret', label: 'LWA client secret', kind: 'secret' },
    { key: 'refreshToken', label: 'Refresh token', kind: 'secret', placeholder: 'Atzr|…' },
    { key: 'sellerId', label: 'Seller (merchant) ID', kind: 'text', optional: true },
    {
      key: 'marketplaceId',
      label: 'Marketplace ID',
      kind: 'text',
      optional: true,
      hint: 'Which Seller Central site order links open, e.g. A1PA6795UKMFR9 for amazon.de.',
    },
    LABEL,
    BASE_URL,
    { key: 'tokenUrl', label: 'Login with Amazon token URL', kind: 'text', optional: true, advanced: true },
  ],
};

export type FormValues = Record<string, string>;

export function isSecretField(key: string): boolean {
  return (SECRET_FIELDS as readonly string[]).includes(key);
}

/** What a saved store puts back in the form: everything but its secrets. */
export function formValuesOf(connection: StoreConnection): FormValues {
  return Object.fromEntries(
    Object.entries(connection).flatMap(([key, value]) => (isSecretField(key) || typeof value !== 'string' ? [] : [[key, value]])),
  );
}

export type FormResult = { ok: true; connection: StoreConnection } | { ok: false; field: string | null; message: string };

/**
 * The connection the form describes. Empty fields are left out; a secret the agent did not
 * replace keeps its saved value (`saved`), which the form itself never holds.
 */
export function connectionFromForm(platform: ConnectablePlatform, values: FormValues, saved?: StoreConnection): FormResult {
  const candidate: Record<string, unknown> = { platform };
  if (saved?.id) candidate.id = saved.id;
  for (const field of PLATFORM_FIELDS[platform]) {
    const value = values[field.key]?.trim();
    const kept = saved && field.kind === 'secret' ? (saved as Record<string, unknown>)[field.key] : undefined;
    if (value) candidate[field.key] = value;
    else if (kept !== undefined) candidate[field.key] = kept;
  }
  const parsed = CONNECTORS[platform].configSchema.safeParse(candidate);
  if (parsed.success) return originProblem(parsed.data) ?? { ok: true, connection: parsed.data };
  const issue = parsed.error.issues[0];
  const key = typeof issue?.path[0] === 'string' ? issue.path[0] : null;
  const label = PLATFORM_FIELDS[platform].find((f) => f.key === key)?.label;
  const missing = issue?.code === 'invalid_type' && key !== null && candidate[key] === undefined;
  const message = missing ? 'this field is required' : (issue?.message ?? 'invalid');
  return { ok: false, field: key, message: `${label ? `${label}: ` : ''}${message}` };
}

/** An address the connector will not call (plain http to another machine) is refused before anything is asked or saved. */
function originProblem(connection: StoreConnection): FormResult | null {
  try {
    (CONNECTORS[connection.platform].hostPermissions as (c: StoreConnection) => string[])(connection);
    return null;
  } catch (error) {
    const field = 'baseUrl' in connection && connection.baseUrl ? 'baseUrl' : null;
    return { ok: false, field, message: error instanceof Error ? error.message : String(error) };
  }
}
