/**
 * Where the AI settings (with the user's API key) are kept: the extension origin's own IndexedDB,
 * which content scripts cannot read (they run in the page's origin), unlike storage.local.
 * A separate database from the templates', so a template export or reset never touches the key.
 * Stored records are parsed with zod; a damaged record reads as "not configured".
 */
import Dexie, { liveQuery, type Table } from 'dexie';
import { AiSettingsSchema, DEFAULT_AI_SETTINGS, type AiSettings, type AiSettingsInput } from '@/lib/schemas/ai';

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

function parse(stored: unknown): AiSettings {
  const parsed = AiSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_AI_SETTINGS;
}

/** Same get()/set()/watch() shape as the other settings (lib/settings.ts, lib/connectors/secret-store.ts). */
export const aiSettingsSetting = {
  /** The saved settings, or the defaults (disabled, no key) when nothing valid is stored. */
  async get(): Promise<AiSettings> {
    return parse((await db().settings.get(RECORD_ID))?.value);
  },
  /** Validates and saves; a zod error never carries the key's value (zod does not report inputs). */
  async set(settings: AiSettingsInput): Promise<AiSettings> {
    const parsed = AiSettingsSchema.parse(settings);
    await db().settings.put({ id: RECORD_ID, value: parsed });
    return parsed;
  },
  async clear(): Promise<void> {
    await db().settings.delete(RECORD_ID);
  },
  /** Calls back on every change from any extension page (options → panel); returns the unsubscribe. */
  watch(callback: (settings: AiSettings) => void): () => void {
    const subscription = liveQuery(() => db().settings.get(RECORD_ID)).subscribe({ next: (record) => callback(parse(record?.value)) });
    return () => subscription.unsubscribe();
  },
};

/** Closes the connection, e.g. before a test deletes the database. */
export function closeAiSettingsDatabase(): void {
  database?.close();
  database = undefined;
}
