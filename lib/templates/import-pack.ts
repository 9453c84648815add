/**
 * Installs or updates a pack in one transaction: either every template and the pack record are
 * written, or nothing is. A locally modified template keeps the agent's version; it only learns
 * the pack's new body and version (packBody/packVersion) so the editor can show the difference.
 */
import { PackSchema, type Pack } from '@/lib/schemas/pack';
import { getDatabase, parseStoredPack, parseStoredTemplate } from '@/lib/templates/db';
import { packTemplateRecords, replacePackTemplateRecords, storedTemplateIds, templateRecords } from '@/lib/templates/template-shelves';
import { compareVersions } from '@/lib/templates/semver';
import { merge } from '@/lib/templates/pack-template-merge';
import { withStorage } from '@/lib/templates/storage-error';
import { assertUniqueIds, PackImportError, takenBy } from '@/lib/templates/pack-import-error';
import { replacePackProfiles, replacePackRules } from '@/lib/templates/pack-side-records';

export interface ImportOptions {
  /** Skip the import when this pack is already installed at the same or a newer version. */
  onlyIfNewer?: boolean;
}

export interface ImportSummary {
  status: 'installed' | 'skipped';
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Locally modified templates whose body was kept. */
  keptLocal: string[];
  /** Templates the new version dropped (locally modified ones are kept instead). */
  removed: string[];
}

/** Validates `input` as a pack and installs it; `source` says where it came from ("builtin", "file", a URL). */
export async function importPack(input: unknown, source: string, options: ImportOptions = {}): Promise<ImportSummary> {
  return importValidatedPack(PackSchema.parse(input), source, options);
}

/**
 * The stored records of the pack's templates, by id: those on the pack's shelves, and any of its
 * ids stored elsewhere (another pack's or the agent's: a clash). The ids elsewhere are found in the
 * shelves' index first (no record cloned): a fresh install of 5,000 templates reads none.
 */
async function existingRecords(
  packId: string,
  ids: readonly string[],
): Promise<{ own: Map<string, unknown>; elsewhere: Map<string, unknown> }> {
  const db = getDatabase();
  const shelved = await packTemplateRecords(db, packId);
  const own = new Map(shelved.map((record) => [(record as { id?: unknown }).id as string, record]));
  const stored = new Set(await storedTemplateIds(db));
  const present = ids.filter((id) => stored.has(id) && !own.has(id));
  const records = await templateRecords(db, present);
  return { own, elsewhere: new Map(present.map((id, index) => [id, records[index]])) };
}

/**
 * Installs a pack already checked by PackSchema (lib/packs/validate.ts): not parsed again, and
 * its records, built from checked parts, are not either (zod runs without its compiled fast path
 * in extension pages, where each pass over 5,000 templates costs a quarter of a second).
 */
export async function importValidatedPack(pack: Pack, source: string, options: ImportOptions = {}): Promise<ImportSummary> {
  assertUniqueIds(pack);
  const db = getDatabase();
  const summary: ImportSummary = { status: 'installed', added: [], updated: [], unchanged: [], keptLocal: [], removed: [] };
  return withStorage(() =>
    db.transaction('rw', [db.templateShelves, db.packs, db.siteProfiles, db.triageRules], async () => {
      // Checked inside the transaction: two contexts seeding at once are serialised by IndexedDB.
      const installed = parseStoredPack(await db.packs.get(pack.id));
      if (options.onlyIfNewer && installed && compareVersions(installed.version, pack.version) >= 0) {
        return { ...summary, status: 'skipped' as const };
      }
      const now = new Date().toISOString();
      const { own, elsewhere } = await existingRecords(
        pack.id,
        pack.templates.map((t) => t.id),
      );
      const records: unknown[] = [];
      for (const incoming of pack.templates) {
        const current = parseStoredTemplate(own.get(incoming.id) ?? elsewhere.get(incoming.id));
        if (current && current.packId !== pack.id) {
          throw new PackImportError(takenBy(current));
        }
        const { record, outcome } = merge(current, incoming, pack, now);
        records.push(record);
        summary[outcome].push(record.id);
      }
      // The previous version's templates this one dropped go, but for the agent's edits (and
      // records that no longer parse, left as they are).
      const kept = new Set(pack.templates.map((t) => t.id));
      for (const [id, stored] of own) {
        if (kept.has(id)) continue;
        const template = parseStoredTemplate(stored);
        if (template && !template.locallyModified) summary.removed.push(id);
        else records.push(stored);
      }
      // One write of the pack's shelves: 5,000 templates in 50 records instead of 5,000.
      await replacePackTemplateRecords(db, pack.id, records);
      await replacePackProfiles(pack, now);
      await replacePackRules(pack, now);
      await db.packs.put({
        id: pack.id,
        name: pack.name,
        version: pack.version,
        updatedAt: pack.updatedAt,
        source,
        installedAt: now,
        ...(pack.voice ? { voice: pack.voice } : {}),
        ...(pack.triage ? { triage: pack.triage } : {}),
      });
      return summary;
    }),
  );
}
