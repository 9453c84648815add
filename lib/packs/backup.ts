/**
 * Backup and restore of everything in Deskpilot's database (templates with their usage counts and
 * local edits, installed packs, subscriptions, the local support history, site profiles, team triage rules,
 * usage events for Reports) as one `deskpilot.backup/v1` JSON document.
 * Secrets (API keys, store tokens) live in extension storage, never in this database, so a backup
 * cannot contain them (backup.test.ts checks that every table is covered and holds no secret).
 * Restore validates the whole document first, then replaces the tables in one transaction.
 */
import { z } from 'zod';
import { TemplateSchema } from '@/lib/schemas/template';
import { fieldName, issueText, valueAt } from '@/lib/packs/issue-text';
import { parseUntrustedJson, UnsafeJsonError } from '@/lib/packs/safe-json';
import { packText, PackTextError, type PackText } from '@/lib/packs/pack-text';
import {
  getDatabase,
  InstalledPackSchema,
  PackSubscriptionSchema,
  parseStoredPack,
  parseStoredSiteProfiles,
  parseStoredSubscription,
  parseStoredTemplate,
  StoredSiteProfileSchema,
} from '@/lib/templates/db';
import { withStorage } from '@/lib/templates/storage-error';
import { allTemplateRecords, replaceAllTemplateRecords } from '@/lib/templates/template-shelves';
import { HistoryEntrySchema } from '@/lib/history/schema';
import { parseStoredHistory } from '@/lib/history/history';
import { StoredTriageRuleSchema } from '@/lib/triage/rule-record';
import { UsageEventSchema } from '@/lib/reports/event-schema';
import { parseStoredEvents } from '@/lib/reports/usage-store';

export const BACKUP_FORMAT = 'deskpilot.backup/v1';

export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  /** The database version that wrote it; a newer one than this build knows is refused. */
  databaseVersion: z.number().int().positive(),
  templates: z.array(TemplateSchema),
  packs: z.array(InstalledPackSchema),
  subscriptions: z.array(PackSubscriptionSchema),
  /** Database version 3 on; a backup made before it has none, which restores as an empty history. */
  history: z.array(HistoryEntrySchema).default([]),
  /** Database version 4 on; an older backup restores with no site profiles. */
  siteProfiles: z.array(StoredSiteProfileSchema).default([]),
  /** Database version 5 on (team triage rules, own and from packs); older backups have none. */
  triageRules: z.array(StoredTriageRuleSchema).default([]),
  /** Database version 6 on (what Reports counts; no customer data); older backups have none. */
  usageEvents: z.array(UsageEventSchema).default([]),
});
export type Backup = z.infer<typeof BackupSchema>;

/** The tables a backup holds, in the order they are written; its `templates` are on the shelves table. */
export const BACKED_UP_TABLES = ['templates', 'packs', 'subscriptions', 'history', 'siteProfiles', 'triageRules', 'usageEvents'] as const;
/** The database table behind each backed-up section where its name differs (version 9 on: lib/templates/template-shelves.ts). */
export const SECTION_TABLES: Partial<Record<(typeof BACKED_UP_TABLES)[number], string>> = { templates: 'templateShelves' };
/**
 * Derived from the tables above, not backed up: the saved search index is rebuilt from the
 * templates (lib/suggest/index-store.ts), and the library's revision token is bumped by writing them.
 */
export const DERIVED_TABLES = ['searchIndex', 'libraryRevision'] as const;

export class BackupError extends PackTextError {
  override readonly name = 'BackupError';
}

function byId<T extends { id: string | number }>(records: T[]): T[] {
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Reads every table in one read transaction, so the backup is a consistent snapshot. */
export function createBackup(now = new Date()): Promise<Backup> {
  const db = getDatabase();
  return withStorage(() =>
    db.transaction(
      'r',
      [db.templateShelves, db.packs, db.subscriptions, db.history, db.siteProfiles, db.triageRules, db.usageEvents],
      async () => {
        const [templates, packs, subscriptions, history, siteProfiles, triageRules, usageEvents] = await Promise.all([
          allTemplateRecords(db),
          db.packs.toArray(),
          db.subscriptions.toArray(),
          db.history.toArray(),
          db.siteProfiles.toArray(),
          db.triageRules.toArray(),
          db.usageEvents.toArray(),
        ]);
        return {
          format: BACKUP_FORMAT,
          createdAt: now.toISOString(),
          databaseVersion: db.verno,
          // Corrupt records are skipped (with a warning), as everywhere else.
          templates: byId(templates.flatMap((r) => parseStoredTemplate(r) ?? [])),
          packs: byId(packs.flatMap((r) => parseStoredPack(r) ?? [])),
          subscriptions: byId(subscriptions.flatMap((r) => parseStoredSubscription(r) ?? [])),
          history: byId(parseStoredHistory(history)),
          siteProfiles: byId(parseStoredSiteProfiles(siteProfiles)),
          triageRules: triageRules
            .flatMap((r) => StoredTriageRuleSchema.safeParse(r).data ?? [])
            .sort((a, b) => a.key.localeCompare(b.key)),
          usageEvents: byId(parseStoredEvents(usageEvents)),
        } satisfies Backup;
      },
    ),
  );
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

function describeIssue(input: unknown, issue: z.core.$ZodIssue): PackText {
  const [table, index] = issue.path;
  const id = typeof index === 'number' ? valueAt(input, [table as string, index, 'id']) : undefined;
  const field = fieldName(issue.path);
  const problem = issueText(issue, valueAt(input, issue.path));
  if (!field) return packText('packs.issue.file', { problem });
  return typeof id === 'string'
    ? packText('backup.issue.record', { field, id: id.slice(0, 200), problem })
    : packText('backup.issue.field', { field, problem });
}

function duplicateIds(backup: Backup): PackText[] {
  return BACKED_UP_TABLES.flatMap((table) => {
    const ids: (string | number)[] = backup[table].map((r) => ('key' in r ? r.key : r.id));
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) =>
      packText('backup.issue.duplicate', { table, id: String(id) }),
    );
  });
}

/** Parses and checks a backup file; throws BackupError listing what is wrong. */
export function parseBackup(text: string): Backup {
  let input: unknown;
  try {
    input = parseUntrustedJson(text);
  } catch (error) {
    if (error instanceof UnsafeJsonError) throw new BackupError(packText('backup.error.unreadable', { reason: error.text }));
    throw error;
  }
  const parsed = BackupSchema.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 20).map((issue) => describeIssue(input, issue));
    throw new BackupError(packText('backup.error.invalid'), lines);
  }
  const duplicates = duplicateIds(parsed.data);
  if (duplicates.length) throw new BackupError(packText('backup.error.invalid'), duplicates);
  if (parsed.data.databaseVersion > getDatabase().verno) {
    throw new BackupError(packText('backup.error.newer', { version: String(parsed.data.databaseVersion) }));
  }
  return parsed.data;
}

/** Replaces every backed-up table with the backup's, all or nothing. */
export function restoreBackup(backup: Backup): Promise<void> {
  const db = getDatabase();
  return withStorage(() =>
    db.transaction(
      'rw',
      [db.templateShelves, db.packs, db.subscriptions, db.history, db.siteProfiles, db.triageRules, db.usageEvents],
      async () => {
        await Promise.all([
          db.templateShelves.clear(),
          db.packs.clear(),
          db.subscriptions.clear(),
          db.history.clear(),
          db.siteProfiles.clear(),
          db.triageRules.clear(),
          db.usageEvents.clear(),
        ]);
        await replaceAllTemplateRecords(db, backup.templates);
        await db.packs.bulkAdd(backup.packs);
        await db.subscriptions.bulkAdd(backup.subscriptions);
        await db.history.bulkAdd(backup.history);
        await db.siteProfiles.bulkAdd(backup.siteProfiles);
        await db.triageRules.bulkAdd(backup.triageRules);
        await db.usageEvents.bulkAdd(backup.usageEvents);
      },
    ),
  );
}
