import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { loadIndexSnapshot, loadRankingLibrary } from '@/lib/suggest/index-store';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { getDatabase, type InstalledPack } from '@/lib/templates/db';
import { seedVersion } from '@/lib/templates/testing/seed-version';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { deleteTemplate, getInstalledPack, listTemplates, readLibraryRevision, saveTemplate } from '@/lib/templates/repository';
import { putTemplateRecords } from '@/lib/templates/template-shelves';

/** Records as version 7 wrote them (version 7 added the saved search index, in its first format). */
const v7Template: Template = {
  id: 'acme.refund',
  title: 'Refund issued',
  body: 'Hi {{ customer.first_name }}, your refund is on its way.',
  intents: ['refund'],
  language: 'en',
  sites: [],
  tags: ['money'],
  packId: 'acme.support',
  locallyModified: false,
  updatedAt: '2026-11-20T10:00:00.000Z',
  usageCount: 2,
};
const v7Pack: InstalledPack = {
  id: 'acme.support',
  name: 'Acme',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  source: 'file',
  installedAt: '2026-11-01T00:00:00Z',
};
/** A format-1 snapshot: per-slot term lists, no rank entries and no library revision. */
const v7Snapshot = {
  format: 1,
  index: {
    terms: ['refund'],
    documents: new Int32Array([1]),
    fields: [0, 1, 2].map(() => ({ offsets: new Int32Array([0, 1]), slots: new Int32Array([0]), frequencies: new Uint16Array([1]) })),
    lengths: [0, 1, 2].map(() => new Float64Array([1])),
    totals: [1, 1, 1],
    present: new Uint8Array([1]),
    slotTerms: { offsets: new Int32Array([0, 1]), terms: new Int32Array([0]) },
  },
  keys: ['acme.refund'],
  hashes: new Uint32Array([1]),
};

const seedVersion7 = () =>
  seedVersion(7, {
    templates: [v7Template],
    packs: [v7Pack],
    searchIndex: [{ key: 'templates', savedAt: '2026-11-24T11:00:00.000Z', snapshot: v7Snapshot }],
  });

beforeEach(resetDatabase);

describe('upgrade from version 7 to version 8 (the library revision token)', () => {
  it('keeps every version-7 table and gives the library a first revision token', async () => {
    await seedVersion7();
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    expect(await listTemplates()).toEqual([v7Template]);
    expect(await getInstalledPack('acme.support')).toEqual(v7Pack);
    expect(await db.searchIndex.count()).toBe(1);
    expect(await readLibraryRevision()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('changes the token with every template write, in its transaction, and not with other tables', async () => {
    await seedVersion7();
    const first = await readLibraryRevision();
    await getDatabase().packs.put({ ...v7Pack, name: 'Acme Inc.' });
    expect(await readLibraryRevision()).toBe(first);
    await saveTemplate({ ...v7Template, body: 'Your refund was sent today.' });
    const second = await readLibraryRevision();
    expect(second).not.toBe(first);
    await deleteTemplate('acme.refund');
    expect(await readLibraryRevision()).not.toBe(second);
    // A write that fails leaves the token as it was: it is bumped in the same transaction.
    const third = await readLibraryRevision();
    const db = getDatabase();
    await expect(
      db.transaction('rw', db.templateShelves, async () => {
        await putTemplateRecords(db, [v7Template]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await readLibraryRevision()).toBe(third);
    expect(await listTemplates()).toEqual([]);
  });

  it('reads the version-7 index as unusable and ranks from the templates, then saves the new format', async () => {
    await seedVersion7();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadIndexSnapshot()).toBeNull();
    const ranked = await loadRankingLibrary(new TemplateSearch());
    expect(ranked.map((t) => t.id)).toEqual(['acme.refund']);
    vi.restoreAllMocks();
  });
});
