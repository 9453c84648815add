/**
 * Backup and restore of everything in Deskpilot's database (templates with their usage counts and
 * local edits, installed packs, subscriptions, the local support history, site profiles, team triage rules,
 * usage events for Reports) as one `deskpilot.backup/v1` document (lib/packs/backup-document.ts).
 * Restore takes a document parseBackup already checked and replaces the tables in one transaction.
 */
import { BACKUP_FORMAT, type Backup } from '@/lib/packs/backup-document';
import { parseStoredHistory } from '@/lib/history/history';
import { parseStoredEvents } from '@/lib/reports/usage-store';
import { getDatabase, parseStoredPack, parseStoredSiteProfiles, parseStoredSubscription, parseStoredTemplate } from '@/lib/templates/db';
import { withStorage } from '@/lib/templates/storage-error';
import { allTemplateRecords, replaceAllTemplateRecords } from '@/lib/templates/template-shelves';
import { StoredTriageRuleSchema } from '@/lib/triage/rule-record';

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
