/**
 * Writes records into a database created with the schema an earlier version declared, then closes
 * it: the shape a user's browser holds before the extension updates. Each upgrade test seeds the
 * version before its own with this, then opens the current database.
 */
import Dexie from 'dexie';
import * as db from '@/lib/templates/db';

/** Each version's `stores()` argument (`SCHEMA_V<n>…` in db.ts), in order: version n is at index n - 1. */
const SCHEMAS = Object.entries(db)
  .flatMap(([name, schema]) => {
    const version = /^SCHEMA_V(\d+)/.exec(name)?.[1];
    return version ? [{ version: Number(version), schema: schema as Record<string, string | null> }] : [];
  })
  .sort((a, b) => a.version - b.version)
  .map(({ version, schema }, i) => {
    if (version !== i + 1) throw new Error(`db.ts declares no SCHEMA_V${i + 1}`);
    return schema;
  });

export async function seedVersion(version: number, rows: Record<string, readonly unknown[]>): Promise<void> {
  if (version < 1 || version > SCHEMAS.length) throw new Error(`No schema for version ${version}`);
  const old = new Dexie(db.DB_NAME);
  SCHEMAS.slice(0, version).forEach((schema, i) => old.version(i + 1).stores(schema));
  for (const [table, records] of Object.entries(rows)) await old.table(table).bulkPut([...records]);
  old.close();
}
