/**
 * The "add a store" form for each platform, as data: which fields its connection has (the same
 * keys as its schema in lib/schemas/store.ts — a test keeps the two in step), which are secrets
 * (password inputs, never shown again once saved), and which are advanced. The form's values
 * become a connection through the connector's own schema, so the form cannot save what the
 * background would refuse.
 */
import type { z } from 'zod';
import { CONNECTORS } from '@/lib/connectors';
import { problemMessage } from '@/lib/connectors/problem';
import { ConnectorError } from '@/lib/connectors/types';
import { englishText } from '@/lib/i18n/issue-text';
import type { LocalMessage } from '@/lib/i18n/local-message';
import type { MessageKey } from '@/lib/i18n/translator';
import { SECRET_FIELDS } from '@/lib/connectors/secret-store';
import type { StoreConnection } from '@/lib/schemas/store';
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

/**
 * A refused form: `message` in English (tests, logs); `label` (the field's message key) and the
 * zod `issue` (absent when the connector refused the address), for the form to word in the agent's language.
 */
export type FormResult =
  | { ok: true; connection: StoreConnection }
  | {
      ok: false;
      field: string | null;
      message: string;
      label?: MessageKey;
      missing?: boolean;
      issue?: z.core.$ZodIssue;
      /** The connector's own refusal of the address, as a message. */
      refusal?: LocalMessage;
    };

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
  return {
    ok: false,
    field: key,
    message: `${label ? `${englishText(label)}: ` : ''}${message}`,
    ...(label ? { label } : {}),
    missing,
    ...(issue ? { issue } : {}),
  };
}

/** An address the connector will not call (plain http to another machine) is refused before anything is asked or saved. */
function originProblem(connection: StoreConnection): FormResult | null {
  try {
    (CONNECTORS[connection.platform].hostPermissions as (c: StoreConnection) => string[])(connection);
    return null;
  } catch (error) {
    const field = 'baseUrl' in connection && connection.baseUrl ? 'baseUrl' : null;
    const refusal = error instanceof ConnectorError && error.problem ? { refusal: problemMessage(error.problem) } : {};
    return { ok: false, field, message: error instanceof Error ? error.message : String(error), ...refusal };
  }
}
