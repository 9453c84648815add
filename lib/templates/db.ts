/**
 * The one module that owns Deskpilot's IndexedDB database. Stored records are untrusted (older
 * versions, manual edits, a crash mid-write): every read goes through zod and a bad record is
 * skipped with a warning rather than breaking the panel.
 */
import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { TeamVoiceSchema } from '@/lib/schemas/voice';
import { TemplateSchema, type Template } from '@/lib/schemas/template';
import type { HistoryEntry, NewHistoryEntry } from '@/lib/history/schema';
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import { TriageSettingsPatchSchema } from '@/lib/triage/schema';
import { StoredPackTextSchema } from '@/lib/packs/pack-text-schema';
import { shelveAll, TEMPLATE_SHELVES_TABLE, type TemplateShelf } from '@/lib/templates/template-shelves';

/** A stored site profile: the profile, and the pack it came with (none when written in Settings). */
export const StoredSiteProfileSchema = SiteProfileSchema.extend({
  packId: z.string().optional(),
  updatedAt: z.string(),
});
export type StoredSiteProfile = z.infer<typeof StoredSiteProfileSchema>;
import type { StoredTriageRule } from '@/lib/triage/rule-record';
import type { UsageEvent } from '@/lib/reports/event-schema';
import {
  firstLibraryRevision,
  LIBRARY_REVISION_TABLE,
  libraryRevisionMiddleware,
  type StoredLibraryRevision,
} from '@/lib/templates/library-revision';

export const DB_NAME = 'deskpilot';

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

/** The saved search index: its arrays are checked by lib/suggest/index-snapshot.ts on read. */
export interface StoredSearchIndex {
  key: string;
  savedAt: string;
  snapshot: unknown;
}

/** An installed pack: what it is, which version, and where it came from (builtin, file, URL). */
export const InstalledPackSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  version: z.string(),
  updatedAt: z.string(),
  source: z.string(),
  installedAt: z.string(),
  /** The pack's AI voice as this version carries it (not indexed: no database version needed). */
  voice: TeamVoiceSchema.optional(),
  /** The pack's triage thresholds as its newest import carried them (not indexed: no new Dexie version). */
  triage: TriageSettingsPatchSchema.optional(),
});
export type InstalledPack = z.infer<typeof InstalledPackSchema>;

/**
 * A pack URL the agent subscribed to. `id` is the URL itself (one subscription per URL); the
 * validators are the server's, sent back on the next check so an unchanged pack costs a 304.
 */
export const PackSubscriptionSchema = z.object({
  id: z.string().min(1),
  url: z.string().min(1),
  /** Known after the first successful fetch; a later response must serve the same pack. */
  packId: z.string().optional(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  createdAt: z.string(),
  lastCheckedAt: z.string().optional(),
  lastStatus: z.enum(['updated', 'unchanged', 'error']).optional(),
  /** What went wrong on the last check, in words for the agent; cleared by a good check. */
  lastError: z.string().optional(),
  /** The same as messages (headline, then one line per problem), so Settings shows it in the agent's language. */
  lastErrorText: z.array(StoredPackTextSchema).max(60).optional(),
});
export type PackSubscription = z.infer<typeof PackSubscriptionSchema>;

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
    // Versions only ever append; each one has an upgrade test seeding the previous version.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2_ADDITIONS);
    this.version(3).stores(SCHEMA_V3_ADDITIONS);
    this.version(4).stores(SCHEMA_V4_ADDITIONS);
    this.version(5).stores(SCHEMA_V5_ADDITIONS);
    this.version(6).stores(SCHEMA_V6_ADDITIONS);
    this.version(7).stores(SCHEMA_V7_ADDITIONS);
    this.version(8)
      .stores(SCHEMA_V8_ADDITIONS)
      .upgrade((tx) => tx.table(LIBRARY_REVISION_TABLE).put(firstLibraryRevision()));
    this.version(9)
      .stores(SCHEMA_V9_CHANGES)
      .upgrade(async (tx) => {
        const records: unknown[] = await tx.table('templates').toArray();
        await tx.table(TEMPLATE_SHELVES_TABLE).bulkPut(shelveAll(records));
      });
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

function recordId(value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '(no id)';
}

function parseRecord<T>(schema: z.ZodType<T>, kind: string, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  // The id and the first problem only: bodies can contain customer-facing text.
  console.warn(`Deskpilot: skipped a corrupt ${kind} record "${recordId(value)}": ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return undefined;
}

export function parseStoredTemplate(value: unknown): Template | undefined {
  return value === undefined ? undefined : parseRecord(TemplateSchema, 'template', value);
}

export function parseStoredTemplates(values: unknown[]): Template[] {
  return values.flatMap((value) => parseStoredTemplate(value) ?? []);
}

export function parseStoredPack(value: unknown): InstalledPack | undefined {
  return value === undefined ? undefined : parseRecord(InstalledPackSchema, 'pack', value);
}

export function parseStoredSubscription(value: unknown): PackSubscription | undefined {
  return value === undefined ? undefined : parseRecord(PackSubscriptionSchema, 'subscription', value);
}

export function parseStoredSubscriptions(values: unknown[]): PackSubscription[] {
  return values.flatMap((value) => parseStoredSubscription(value) ?? []);
}

export function parseStoredSiteProfiles(values: unknown[]): StoredSiteProfile[] {
  return values.flatMap((value) => parseRecord(StoredSiteProfileSchema, 'site profile', value) ?? []);
}
