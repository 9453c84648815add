/**
 * The database's version chain (db.ts owns the database; this is its history). Versions only
 * ever append; each one has an upgrade test seeding the previous version (db-upgrade*.test.ts,
 * through testing/seed-version.ts, which reads the `SCHEMA_V<n>` constants below in order).
 */
import type Dexie from 'dexie';
import { firstLibraryRevision, LIBRARY_REVISION_TABLE } from '@/lib/templates/library-revision';
import { shelveAll } from '@/lib/templates/template-shelf-layout';
import { TEMPLATE_SHELVES_TABLE } from '@/lib/templates/template-shelves';

/**
 * Version 1 of the schema. Later versions are appended below as `version(n)` with an upgrade;
 * this constant stays as it is so upgrade tests can seed a version-1 database.
 */
export const SCHEMA_V1 = {
  templates: 'id, *intents, language, packId, updatedAt, usageCount',
  packs: 'id',
} as const;

/**
 * Version 2 adds pack subscriptions (URLs re-checked on a schedule). Only the new table is listed:
 * Dexie keeps the version-1 tables as they are, so no data moves and no upgrade function is needed.
 */
export const SCHEMA_V2_ADDITIONS = {
  subscriptions: 'id, packId',
} as const;

/**
 * Version 3 adds the customer's local support history (lib/history/). `[customerKey+at]` answers
 * "this customer, newest first" without reading other customers' entries. New table only, so no
 * upgrade function: the version-1 and version-2 tables stay as they are.
 */
export const SCHEMA_V3_ADDITIONS = {
  history: '++id, [customerKey+at]',
} as const;

/**
 * Version 4 adds site profiles (lib/sites/profile/): how to read inbox layouts, from packs
 * (`packId` set) or written in Settings. New table only, so no upgrade function.
 */
export const SCHEMA_V4_ADDITIONS = {
  siteProfiles: 'id, site, packId',
} as const;

/**
 * Version 5 adds a team's triage rules (lib/triage/rule-store.ts): a pack's rules (`packId` set)
 * and the agent's own. New table only, so no upgrade function.
 */
export const SCHEMA_V5_ADDITIONS = {
  triageRules: 'key, packId',
} as const;

/**
 * Version 6 adds usage events for Reports (lib/reports/): tickets seen and replies inserted, by the
 * agent's local `day` for date ranges. New table only, so no upgrade function.
 */
export const SCHEMA_V6_ADDITIONS = {
  usageEvents: 'id, day',
} as const;

/**
 * Version 7 keeps the template search index between panel opens (lib/suggest/index-store.ts):
 * one record, checked before use and rebuilt when wrong. New table only, so no upgrade function.
 */
export const SCHEMA_V7_ADDITIONS = {
  searchIndex: 'key',
} as const;

/**
 * Version 8 adds the library's revision token (lib/templates/library-revision.ts), bumped in the
 * same transaction as every write to the templates, so the panel knows whether what it saved for
 * ranking still holds without reading every template. New table only; the upgrade gives an
 * existing library its first token (a new database gets one with its first templates).
 */
export const SCHEMA_V8_ADDITIONS = {
  libraryRevision: 'key',
} as const;

/**
 * Version 9 stores templates on shelves of up to 100 of one pack (lib/templates/template-shelves.ts),
 * not one record per template: Chromium's IndexedDB pays per record, and a 5,000-template pack
 * import could not be written under a second one record each (2026-12-05). The upgrade moves every
 * version-8 template record as it is (corrupt ones too, skipped on read as before) onto shelves;
 * the `templates` table goes once the upgrade has run.
 */
export const SCHEMA_V9_CHANGES = {
  templateShelves: 'key, packId, *ids',
  templates: null,
} as const;

/** Declares every version on `database`, oldest first, with the upgrades that move data. */
export function declareVersions(database: Dexie): void {
  database.version(1).stores(SCHEMA_V1);
  database.version(2).stores(SCHEMA_V2_ADDITIONS);
  database.version(3).stores(SCHEMA_V3_ADDITIONS);
  database.version(4).stores(SCHEMA_V4_ADDITIONS);
  database.version(5).stores(SCHEMA_V5_ADDITIONS);
  database.version(6).stores(SCHEMA_V6_ADDITIONS);
  database.version(7).stores(SCHEMA_V7_ADDITIONS);
  database
    .version(8)
    .stores(SCHEMA_V8_ADDITIONS)
    .upgrade((tx) => tx.table(LIBRARY_REVISION_TABLE).put(firstLibraryRevision()));
  database
    .version(9)
    .stores(SCHEMA_V9_CHANGES)
    .upgrade(async (tx) => {
      const records: unknown[] = await tx.table('templates').toArray();
      await tx.table(TEMPLATE_SHELVES_TABLE).bulkPut(shelveAll(records));
    });
}
