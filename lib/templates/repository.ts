/**
 * Reading and writing templates. Everything the panel, the background and D2's suggestion code
 * need goes through here; only db.ts touches Dexie's schema.
 */
import { TemplateSchema, type Template } from '@/lib/schemas/template';
import { getDatabase, parseStoredPack, parseStoredTemplate, parseStoredTemplates, type InstalledPack } from '@/lib/templates/db';
import { LIBRARY_REVISION_KEY } from '@/lib/templates/library-revision';
import { withStorage } from '@/lib/templates/storage-error';
import { allTemplateRecords, deleteTemplateRecords, putTemplateRecords, templateRecords } from '@/lib/templates/template-shelves';

export { importPack, type ImportOptions, type ImportSummary } from '@/lib/templates/import-pack';

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** All valid templates, ordered by id so lists and ties in ranking are stable. */
export function listTemplates(): Promise<Template[]> {
  return withStorage(async () => parseStoredTemplates(await allTemplateRecords(getDatabase())).sort(byId));
}

/** The library's revision token (lib/templates/library-revision.ts); '' before the first write. */
export function readLibraryRevision(): Promise<string> {
  return withStorage(async () => (await getDatabase().libraryRevision.get(LIBRARY_REVISION_KEY))?.token ?? '');
}

/** All valid templates and the revision token they are at, read in one transaction so they agree. */
export function readLibrary(): Promise<{ templates: Template[]; revision: string }> {
  const db = getDatabase();
  return withStorage(() =>
    db.transaction('r', [db.templateShelves, db.libraryRevision], async () => {
      const [records, revision] = await Promise.all([allTemplateRecords(db), db.libraryRevision.get(LIBRARY_REVISION_KEY)]);
      return { templates: parseStoredTemplates(records).sort(byId), revision: revision?.token ?? '' };
    }),
  );
}

/** The valid templates of these ids, in that order; an id no longer stored is left out. */
export function getTemplates(ids: readonly string[]): Promise<Template[]> {
  return withStorage(async () =>
    parseStoredTemplates((await templateRecords(getDatabase(), ids)).filter((record) => record !== undefined)),
  );
}

export function getTemplate(id: string): Promise<Template | undefined> {
  return withStorage(async () => parseStoredTemplate((await templateRecords(getDatabase(), [id]))[0]));
}

/**
 * Saves a template the agent wrote or edited. A pack template whose body no longer matches the
 * body the pack shipped becomes locally modified, so pack updates leave it alone.
 */
export async function saveTemplate(template: Template): Promise<Template> {
  const edited = TemplateSchema.parse(template);
  const bodyDiffers = edited.packBody !== undefined && edited.body !== edited.packBody;
  const saved: Template = {
    ...edited,
    locallyModified: edited.locallyModified || bodyDiffers,
    updatedAt: new Date().toISOString(),
  };
  return withStorage(async () => {
    await putTemplateRecords(getDatabase(), [saved]);
    return saved;
  });
}

export function deleteTemplate(id: string): Promise<void> {
  return withStorage(() => deleteTemplateRecords(getDatabase(), [id]));
}

/** Counts one insertion of the template; the count feeds ranking. Unknown ids are ignored. */
export function recordUsage(id: string): Promise<void> {
  const db = getDatabase();
  return withStorage(() =>
    db.transaction('rw', db.templateShelves, async () => {
      // The record as stored: a count that is not a whole number restarts at 0, as before version 9.
      const [record] = (await templateRecords(db, [id])) as Array<Partial<Template> | undefined>;
      if (!record || typeof record !== 'object') return;
      const count = Number.isInteger(record.usageCount) && record.usageCount! >= 0 ? record.usageCount! : 0;
      await putTemplateRecords(db, [{ ...record, usageCount: count + 1 } as Template]);
    }),
  );
}

export function listInstalledPacks(): Promise<InstalledPack[]> {
  return withStorage(async () => (await getDatabase().packs.toArray()).flatMap((record) => parseStoredPack(record) ?? []));
}

export function getInstalledPack(id: string): Promise<InstalledPack | undefined> {
  return withStorage(async () => parseStoredPack(await getDatabase().packs.get(id)));
}
