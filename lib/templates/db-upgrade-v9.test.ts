import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { getDatabase, type InstalledPack } from '@/lib/templates/db';
import { seedVersion } from '@/lib/templates/testing/seed-version';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { importPack } from '@/lib/templates/import-pack';
import { getTemplates, listTemplates, readLibraryRevision, recordUsage, saveTemplate } from '@/lib/templates/repository';
import { SHELF_SIZE } from '@/lib/templates/template-shelf-layout';

/** Records as version 8 wrote them: one per template, in the `templates` table. */
function v8Template(id: string, packId?: string): Template {
  return {
    id,
    title: `Reply ${id}`,
    body: `Hi {{ customer.first_name }}, about ${id}.`,
    intents: ['refund'],
    language: 'en',
    sites: [],
    tags: [],
    ...(packId ? { packId, packBody: `Hi {{ customer.first_name }}, about ${id}.`, packVersion: '1.0.0' } : {}),
    locallyModified: false,
    updatedAt: '2026-11-20T10:00:00.000Z',
    usageCount: 1,
  };
}
const packTemplates = Array.from({ length: 250 }, (_, i) => v8Template(`acme.t${String(i).padStart(3, '0')}`, 'acme.support'));
const ownTemplates = [v8Template('own.thanks'), v8Template('own.hello')];
const corrupt = { ...v8Template('own.broken'), intents: ['not_an_intent'] };
const v8Pack: InstalledPack = {
  id: 'acme.support',
  name: 'Acme',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  source: 'file',
  installedAt: '2026-11-01T00:00:00Z',
};
const V8_TOKEN = '00000000-0000-4000-8000-000000000008';

const seedVersion8 = () =>
  seedVersion(8, {
    templates: [...packTemplates, ...ownTemplates, corrupt],
    packs: [v8Pack],
    libraryRevision: [{ key: 'templates', token: V8_TOKEN }],
  });

const byId = (a: Template, b: Template) => (a.id < b.id ? -1 : 1);

beforeEach(async () => {
  await resetDatabase();
  vi.restoreAllMocks();
});

describe('upgrade from version 8 to version 9 (templates on shelves)', () => {
  it('moves every template record onto shelves of its pack, at most SHELF_SIZE each, and drops the templates table', async () => {
    await seedVersion8();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    expect(db.tables.map((table) => table.name)).not.toContain('templates');
    expect(await listTemplates()).toEqual([...packTemplates, ...ownTemplates].sort(byId));
    // The corrupt record is kept as it was, and skipped on read as before.
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"own.broken"'));
    const shelves = await db.templateShelves.toArray();
    const acme = shelves.filter((shelf) => shelf.packId === 'acme.support');
    expect(acme.map((shelf) => shelf.ids.length).sort()).toEqual([100, 100, 50]);
    expect(
      shelves
        .filter((shelf) => shelf.packId === '')
        .flatMap((shelf) => shelf.ids)
        .sort(),
    ).toEqual(['own.broken', 'own.hello', 'own.thanks']);
    expect(shelves.every((shelf) => shelf.ids.length <= SHELF_SIZE && shelf.ids.length === shelf.templates.length)).toBe(true);
  });

  it('reads, edits and counts upgraded templates by id, bumping the revision token with each write', async () => {
    await seedVersion8();
    expect((await getTemplates(['own.hello', 'acme.t199', 'gone'])).map((t) => t.id)).toEqual(['own.hello', 'acme.t199']);
    const first = await readLibraryRevision();
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    await saveTemplate({ ...packTemplates[199]!, body: 'Our own words' });
    const second = await readLibraryRevision();
    expect(second).not.toBe(first);
    await recordUsage('acme.t199');
    expect(await readLibraryRevision()).not.toBe(second);
    const [edited] = await getTemplates(['acme.t199']);
    expect(edited).toMatchObject({ body: 'Our own words', locallyModified: true, usageCount: 2 });
    // Edited in place: still one record among the pack's three shelves.
    expect(await getDatabase().templateShelves.where('packId').equals('acme.support').count()).toBe(3);
  });

  it('updates the upgraded pack on import, keeping the local edit and dropping what the new version left out', async () => {
    await seedVersion8();
    await saveTemplate({ ...packTemplates[0]!, body: 'Our own words' });
    const next = packTemplates.slice(0, 120).map(({ id, title, intents, language, sites, tags }) => ({
      id,
      title,
      body: `New wording of ${id}`,
      intents,
      language,
      sites,
      tags,
    }));
    const summary = await importPack(
      {
        format: 'deskpilot.pack/v1',
        id: 'acme.support',
        name: 'Acme',
        version: '1.1.0',
        updatedAt: '2026-12-01T00:00:00Z',
        templates: next,
      },
      'file',
    );
    expect(summary).toMatchObject({ keptLocal: ['acme.t000'] });
    expect(summary.updated).toHaveLength(119);
    expect(summary.removed).toHaveLength(130);
    const templates = await listTemplates();
    expect(templates.filter((t) => t.packId === 'acme.support')).toHaveLength(120);
    expect(templates.find((t) => t.id === 'acme.t000')).toMatchObject({ body: 'Our own words', packBody: 'New wording of acme.t000' });
    expect(templates.find((t) => t.id === 'acme.t119')).toMatchObject({ body: 'New wording of acme.t119', usageCount: 1 });
    expect(templates.filter((t) => t.packId === undefined).map((t) => t.id)).toEqual(['own.hello', 'own.thanks']);
  });
});
