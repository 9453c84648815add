/**
 * The `deskpilot.backup/v1` document: its schema, the tables it holds, and how a file is checked
 * before anything is restored (lib/packs/backup.ts reads and writes the database).
 * Secrets (API keys, store tokens) live in extension storage, never in the database, so a backup
 * cannot contain them (backup.test.ts checks that every table is covered and holds no secret).
 */
import { z } from 'zod';
import { fieldName, issueText, valueAt } from '@/lib/packs/issue-text';
import { packText, PackTextError, type PackText } from '@/lib/packs/pack-text';
import { parseUntrustedJson, UnsafeJsonError } from '@/lib/packs/safe-json';
import { HistoryEntrySchema } from '@/lib/history/schema';
import { UsageEventSchema } from '@/lib/reports/event-schema';
import { TemplateSchema } from '@/lib/schemas/template';
import { getDatabase, InstalledPackSchema, PackSubscriptionSchema, StoredSiteProfileSchema } from '@/lib/templates/db';
import { StoredTriageRuleSchema } from '@/lib/triage/rule-record';

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
