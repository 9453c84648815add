/**
 * Saved store connections, which hold tokens and keys. They live in their own IndexedDB database
 * in the extension's origin: content scripts run in the page's origin and cannot open it (unlike
 * browser.storage.local, which they can read), and keeping it apart from the main `deskpilot`
 * database means no backup or export of that one can ever carry a secret.
 * Reads are parsed per connection: one damaged entry is dropped, the others stay connected.
 */
import Dexie, { liveQuery, type Table } from 'dexie';
import { DEFAULT_STORE_CONNECTIONS, StoreConnectionSchema, type StoreConnection, type StoreConnections } from '@/lib/schemas/store';

export const SECRETS_DB_NAME = 'deskpilot-secrets';
const CONNECTIONS_KEY = 'storeConnections';

interface SecretRecord {
  key: string;
  value: unknown;
}

class SecretsDatabase extends Dexie {
  secrets!: Table<SecretRecord, string>;

  constructor() {
    super(SECRETS_DB_NAME);
    this.version(1).stores({ secrets: 'key' });
  }
}

let database: SecretsDatabase | undefined;
function db(): SecretsDatabase {
  database ??= new SecretsDatabase();
  return database;
}

/** Fields that are credentials, on any platform's connection: never shown, logged or exported. */
export const SECRET_FIELDS = ['accessToken', 'clientSecret', 'consumerKey', 'consumerSecret', 'refreshToken'] as const;

/** The connection as it may be shown or exported: credentials replaced by whether they are set. */
export function withoutSecrets(connection: StoreConnection): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...connection };
  for (const field of SECRET_FIELDS) if (field in copy) copy[field] = copy[field] ? '(set)' : '';
  return copy;
}

function parseConnections(stored: unknown): StoreConnections {
  if (stored === undefined) return structuredClone(DEFAULT_STORE_CONNECTIONS);
  if (!Array.isArray(stored)) return structuredClone(DEFAULT_STORE_CONNECTIONS);
  return stored.flatMap((entry, index) => {
    const parsed = StoreConnectionSchema.safeParse(entry);
    // Only the position and the problem: the entry itself may hold a token.
    if (!parsed.success)
      console.warn(`Deskpilot: ignoring saved store connection ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Same get()/set() shape as the other settings; the demo store until the agent saves a list. */
export const storeConnectionsSetting = {
  async get(): Promise<StoreConnections> {
    return parseConnections((await db().secrets.get(CONNECTIONS_KEY))?.value);
  },
  async set(connections: StoreConnections): Promise<void> {
    const valid = connections.map((connection) => StoreConnectionSchema.parse(connection));
    await db().secrets.put({ key: CONNECTIONS_KEY, value: valid });
  },
  /** Calls back on every change (from any extension page); returns the unsubscribe. */
  watch(callback: (connections: StoreConnections) => void): () => void {
    const subscription = liveQuery(() => db().secrets.get(CONNECTIONS_KEY)).subscribe({
      next: (record) => callback(parseConnections(record?.value)),
    });
    return () => subscription.unsubscribe();
  },
};

/** Closes the database (tests delete it between cases). */
export async function closeSecretStore(): Promise<void> {
  database?.close();
  database = undefined;
}
