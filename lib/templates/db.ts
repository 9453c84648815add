/**
 * The one module that owns Deskpilot's IndexedDB database: its tables and the one connection.
 * Its version chain lives in db-versions.ts and its record shapes and read checks in
 * db-records.ts; both are re-exported here, so callers and upgrade tests name one module.
 */
import Dexie, { type Table } from 'dexie';
import type { HistoryEntry, NewHistoryEntry } from '@/lib/history/schema';
import type { UsageEvent } from '@/lib/reports/event-schema';
import type { InstalledPack, PackSubscription, StoredSearchIndex, StoredSiteProfile } from '@/lib/templates/db-records';
import { declareVersions } from '@/lib/templates/db-versions';
import { libraryRevisionMiddleware, type StoredLibraryRevision } from '@/lib/templates/library-revision';
import type { TemplateShelf } from '@/lib/templates/template-shelf-layout';
import type { StoredTriageRule } from '@/lib/triage/rule-record';

export * from '@/lib/templates/db-records';
export * from '@/lib/templates/db-versions';

export const DB_NAME = 'deskpilot';

export class DeskpilotDatabase extends Dexie {
  templateShelves!: Table<TemplateShelf, string>;
  packs!: Table<InstalledPack, string>;
  subscriptions!: Table<PackSubscription, string>;
  history!: Table<HistoryEntry, number, NewHistoryEntry>;
  siteProfiles!: Table<StoredSiteProfile, string>;
  triageRules!: Table<StoredTriageRule, string>;
  usageEvents!: Table<UsageEvent, string>;
  searchIndex!: Table<StoredSearchIndex, string>;
  libraryRevision!: Table<StoredLibraryRevision, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    declareVersions(this);
    this.use(libraryRevisionMiddleware);
  }
}

let database: DeskpilotDatabase | undefined;

export function getDatabase(): DeskpilotDatabase {
  database ??= new DeskpilotDatabase();
  return database;
}

/** Closes and forgets the connection, e.g. before a test deletes the database. */
export function closeDatabase(): void {
  database?.close();
  database = undefined;
}
