/**
 * The "add a store" form's values and the connection they describe: parsed by the connector's own
 * schema (platform-fields.ts lists the fields), so the form cannot save what the background would refuse.
 */
import type { z } from 'zod';
import { CONNECTORS } from '@/lib/connectors';
import { problemMessage } from '@/lib/connectors/problem';
import { SECRET_FIELDS } from '@/lib/connectors/secret-store';
import { ConnectorError } from '@/lib/connectors/types';
import { englishText } from '@/lib/i18n/issue-text';
import type { LocalMessage } from '@/lib/i18n/local-message';
import type { MessageKey } from '@/lib/i18n/translator';
import type { StoreConnection } from '@/lib/schemas/store';
import { PLATFORM_FIELDS } from './platform-fields';
import type { ConnectablePlatform } from './store-list';

export type FormValues = Record<string, string>;

function isSecretField(key: string): boolean {
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
