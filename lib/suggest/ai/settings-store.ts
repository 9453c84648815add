/**
 * Where the AI settings (with the user's API key) are kept: the extension origin's own IndexedDB,
 * which content scripts cannot read (they run in the page's origin), unlike storage.local.
 * A separate database from the templates', so a template export or reset never touches the key.
 * Stored records are parsed with zod; a damaged record reads as "not configured".
 */
import Dexie, { type Table } from 'dexie';
import { AiSettingsSchema, DEFAULT_AI_SETTINGS, type AiSettings } from '@/lib/schemas/ai';
import { missingKey } from '@/lib/suggest/ai/client';

export const AI_SECRETS_DB_NAME = 'deskpilot-ai-secrets';
const RECORD_ID = 'ai';

interface StoredRecord {
  id: string;
  value: unknown;
}

class AiSecretsDatabase extends Dexie {
  settings!: Table<StoredRecord, string>;

  constructor() {
    super(AI_SECRETS_DB_NAME);
    this.version(1).stores({ settings: 'id' });
  }
}

let database: AiSecretsDatabase | undefined;

function db(): AiSecretsDatabase {
  database ??= new AiSecretsDatabase();
  return database;
}

/** The saved settings, or the defaults (disabled, no key) when nothing valid is stored. */
export async function loadAiSettings(): Promise<AiSettings> {
  const record = await db().settings.get(RECORD_ID);
  const parsed = AiSettingsSchema.safeParse(record?.value);
  return parsed.success ? parsed.data : DEFAULT_AI_SETTINGS;
}

/** Validates and saves; throws a zod error (without the key's value in it) when invalid. */
export async function saveAiSettings(settings: AiSettings): Promise<AiSettings> {
  const parsed = AiSettingsSchema.parse(settings);
  await db().settings.put({ id: RECORD_ID, value: parsed });
  return parsed;
}

export async function clearAiSettings(): Promise<void> {
  await db().settings.delete(RECORD_ID);
}

/** True when a draft can be requested: switched on, and a key unless the server is a local one. */
export function aiConfigured(settings: AiSettings): boolean {
  return settings.enabled && !missingKey(settings);
}

/** Closes the connection, e.g. before a test deletes the database. */
export function closeAiSettingsDatabase(): void {
  database?.close();
  database = undefined;
}
