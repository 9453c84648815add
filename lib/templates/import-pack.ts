/**
 * Installs or updates a pack in one transaction: either every template and the pack record are
 * written, or nothing is. A locally modified template keeps the agent's version; it only learns
 * the pack's new body and version (packBody/packVersion) so the editor can show the difference.
 */
import { packRuleKey } from '@/lib/triage/rule-record';
import { PackSchema, type Pack, type PackTemplate } from '@/lib/schemas/pack';
import { TemplateSchema, type Template } from '@/lib/schemas/template';
import { getDatabase, parseStoredPack, parseStoredSiteProfiles, parseStoredTemplate, parseStoredTemplates } from '@/lib/templates/db';
import { compareVersions } from '@/lib/templates/semver';
import { withStorage } from '@/lib/templates/storage-error';

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

export class PackImportError extends Error {
  override readonly name = 'PackImportError';
}

type Outcome = 'added' | 'updated' | 'unchanged' | 'keptLocal';

const CONTENT_FIELDS = ['title', 'body', 'intents', 'language', 'sites', 'tags', 'fields', 'packVersion'] as const;

function sameContent(a: Template, b: Template): boolean {
  return CONTENT_FIELDS.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

function merge(existing: Template | undefined, incoming: PackTemplate, pack: Pack, now: string): { record: Template; outcome: Outcome } {
  const origin = { packId: pack.id, packBody: incoming.body, packVersion: pack.version };
  if (existing?.locallyModified) {
    // The body the agent's edit was made against (or last reviewed): a new packBody that differs
    // from it is an update waiting for the agent's decision (lib/packs/updates.ts).
    const reviewedPackBody = existing.reviewedPackBody ?? existing.packBody;
    return { record: { ...existing, ...origin, reviewedPackBody }, outcome: 'keptLocal' };
  }
  const record: Template = {
    ...incoming,
    ...origin,
    locallyModified: false,
    usageCount: existing?.usageCount ?? 0,
    updatedAt: existing?.updatedAt ?? now,
  };
  if (!existing) return { record: { ...record, updatedAt: now }, outcome: 'added' };
  if (sameContent(existing, record)) return { record, outcome: 'unchanged' };
  return { record: { ...record, updatedAt: now }, outcome: 'updated' };
}

function assertUniqueIds(pack: Pack): void {
  const seen = new Set<string>();
  for (const { id } of pack.templates) {
    if (seen.has(id)) throw new PackImportError(`Pack "${pack.id}" lists template "${id}" twice.`);
    seen.add(id);
  }
}

/** The pack's site profiles replace the ones its previous version brought; a profile id owned elsewhere is refused. */
async function replacePackProfiles(pack: Pack, now: string): Promise<void> {
  const db = getDatabase();
  const profiles = pack.siteProfiles ?? [];
  const existing = parseStoredSiteProfiles(await db.siteProfiles.bulkGet(profiles.map((p) => p.id)).then((found) => found.filter(Boolean)));
  const foreign = existing.find((profile) => profile.packId !== pack.id);
  if (foreign) {
    const owner = foreign.packId ? `pack "${foreign.packId}"` : 'a profile written in Settings';
    throw new PackImportError(`Site profile "${foreign.id}" already exists and belongs to ${owner}; nothing was imported.`);
  }
  await db.siteProfiles.where('packId').equals(pack.id).delete();
  await db.siteProfiles.bulkPut(profiles.map((profile) => ({ ...profile, packId: pack.id, updatedAt: now })));
}

function ownerOf(template: Template): string {
  return template.packId ? `pack "${template.packId}"` : 'a template made in Deskpilot';
}

/** Validates `input` as a pack and installs it; `source` says where it came from ("builtin", "file", a URL). */
export async function importPack(input: unknown, source: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const pack = PackSchema.parse(input);
  assertUniqueIds(pack);
  const db = getDatabase();
  const summary: ImportSummary = { status: 'installed', added: [], updated: [], unchanged: [], keptLocal: [], removed: [] };
  return withStorage(() =>
    db.transaction('rw', [db.templates, db.packs, db.siteProfiles, db.triageRules], async () => {
      // Checked inside the transaction: two contexts seeding at once are serialised by IndexedDB.
      const installed = parseStoredPack(await db.packs.get(pack.id));
      if (options.onlyIfNewer && installed && compareVersions(installed.version, pack.version) >= 0) {
        return { ...summary, status: 'skipped' as const };
      }
      const now = new Date().toISOString();
      const existing = await db.templates.bulkGet(pack.templates.map((t) => t.id));
      const records: Template[] = [];
      for (const [index, incoming] of pack.templates.entries()) {
        const current = parseStoredTemplate(existing[index]);
        if (current && current.packId !== pack.id) {
          throw new PackImportError(`Template "${incoming.id}" already exists and belongs to ${ownerOf(current)}; nothing was imported.`);
        }
        const { record, outcome } = merge(current, incoming, pack, now);
        records.push(TemplateSchema.parse(record));
        summary[outcome].push(record.id);
      }
      // One bulk write: a 5,000-template pack in one request instead of 5,000.
      await db.templates.bulkPut(records);
      const kept = new Set(pack.templates.map((t) => t.id));
      const previous = parseStoredTemplates(await db.templates.where('packId').equals(pack.id).toArray());
      const dropped = previous.filter((t) => !kept.has(t.id) && !t.locallyModified).map((t) => t.id);
      await db.templates.bulkDelete(dropped);
      summary.removed.push(...dropped);
      await replacePackProfiles(pack, now);
      // The pack's rules as this version carries them (none: its old rules go).
      await db.triageRules.where('packId').equals(pack.id).delete();
      await db.triageRules.bulkPut(
        (pack.rules ?? []).map((rule) => ({ key: packRuleKey(pack.id, rule.id), packId: pack.id, rule, updatedAt: now })),
      );
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
