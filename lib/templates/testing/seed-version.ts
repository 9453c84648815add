/**
 * Writes records into a database created with the schema an earlier version declared, then closes
 * it: the shape a user's browser holds before the extension updates. Each upgrade test seeds the
 * version before its own with this, then opens the current database.
 */
import Dexie from 'dexie';
import {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2_ADDITIONS,
  SCHEMA_V3_ADDITIONS,
  SCHEMA_V4_ADDITIONS,
  SCHEMA_V5_ADDITIONS,
  SCHEMA_V6_ADDITIONS,
  SCHEMA_V7_ADDITIONS,
  SCHEMA_V8_ADDITIONS,
} from '@/lib/templates/db';

/** Each version's `stores()` argument, in order: version n is at index n - 1. */
const SCHEMAS = [
  SCHEMA_V1,
  SCHEMA_V2_ADDITIONS,
  SCHEMA_V3_ADDITIONS,
  SCHEMA_V4_ADDITIONS,
  SCHEMA_V5_ADDITIONS,
  SCHEMA_V6_ADDITIONS,
  SCHEMA_V7_ADDITIONS,
  SCHEMA_V8_ADDITIONS,
];

export async function seedVersion(version: number, rows: Record<string, readonly unknown[]>): Promise<void> {
  if (version < 1 || version > SCHEMAS.length) throw new Error(`No schema for version ${version}`);
  const old = new Dexie(DB_NAME);
  SCHEMAS.slice(0, version).forEach((schema, i) => old.version(i + 1).stores(schema));
  for (const [table, records] of Object.entries(rows)) await old.table(table).bulkPut([...records]);
  old.close();
}
