import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '@/lib/packs/backup';
import { deletePack, packDeletionPlan } from '@/lib/packs/delete-pack';
import { buildPack, exportPack, packFileName, serializePack } from '@/lib/packs/export';
import { describeImportFailure, importPackFile } from '@/lib/packs/import-file';
import { refreshAllSubscriptions } from '@/lib/packs/subscription';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { pendingUpdates } from '@/lib/packs/updates';
import { validatePackText } from '@/lib/packs/validate';
import { getDatabase } from '@/lib/templates/db';
import { getInstalledPack, getTemplate, listTemplates, recordUsage, saveTemplate } from '@/lib/templates/repository';
import { TemplateStorageError } from '@/lib/templates/storage-error';

const v1 = testPack('1.0.0', [packTemplate('acme.a'), packTemplate('acme.b'), packTemplate('acme.c')]);

beforeEach(resetDatabase);

describe('importPackFile', () => {
  it('installs a valid file and reports what it did', async () => {
    const result = await importPackFile(serializePack(v1));
    expect(result).toMatchObject({
      ok: true,
      pack: { id: 'acme.support', version: '1.0.0' },
      summary: { added: ['acme.a', 'acme.b', 'acme.c'] },
    });
    expect(await getInstalledPack('acme.support')).toMatchObject({ source: 'file', version: '1.0.0' });
  });

  it('imports nothing from an invalid file and says which template and field', async () => {
    const broken = { ...v1, templates: [packTemplate('acme.a'), { ...packTemplate('acme.b'), language: 'x' }] };
    const result = await importPackFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    expect(!result.ok && describeImportFailure(result.issues)).toBe(
      'Template 2 (index 1, id "acme.b"): field "language" is 1 character long; must be at least 2 characters',
    );
    expect(await listTemplates()).toEqual([]);
  });

  it('updates the pack from a newer file and refuses an older one unless asked', async () => {
    await importPackFile(serializePack(v1));
    const v2 = testPack('2.0.0', [packTemplate('acme.a', 'New A'), packTemplate('acme.b')]);
    expect(await importPackFile(serializePack(v2))).toMatchObject({
      ok: true,
      summary: { updated: ['acme.a', 'acme.b'], removed: ['acme.c'] },
    });
    const older = await importPackFile(serializePack(v1));
    expect(!older.ok && describeImportFailure(older.issues)).toMatch(/^Pack field "version" is 1\.0\.0, older than the installed 2\.0\.0/);
    expect((await getTemplate('acme.a'))?.body).toBe('New A');
    expect(await importPackFile(serializePack(v1), { allowOlder: true })).toMatchObject({ ok: true });
    expect((await getTemplate('acme.c'))?.body).toBe(packTemplate('acme.c').body);
  });

  it('returns a clash with another pack as an issue, importing nothing', async () => {
    await importPackFile(serializePack(testPack('1.0.0', [packTemplate('shared')], 'first')));
    const result = await importPackFile(serializePack(testPack('1.0.0', [packTemplate('acme.new'), packTemplate('shared')])));
    expect(!result.ok && describeImportFailure(result.issues)).toMatch(/belongs to pack "first"/);
    expect(await getTemplate('acme.new')).toBeUndefined();
  });

  it('reports a full disk with the storage message, writing nothing', async () => {
    const db = getDatabase();
    vi.spyOn(db.packs, 'put').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(importPackFile(serializePack(v1))).rejects.toBeInstanceOf(TemplateStorageError);
    vi.restoreAllMocks();
    expect(await listTemplates()).toEqual([]);
  });

  it('reports a blocked database with the storage message everywhere', async () => {
    getDatabase().close();
    const blocked = { name: 'TemplateStorageError', kind: 'unavailable' };
    await expect(importPackFile(serializePack(v1))).rejects.toMatchObject(blocked);
    await expect(pendingUpdates()).rejects.toMatchObject(blocked);
    await expect(refreshAllSubscriptions()).rejects.toMatchObject(blocked);
    await expect(createBackup()).rejects.toMatchObject(blocked);
  });
});

describe('export', () => {
  it('exports selected templates as a pack that validates and re-imports elsewhere', async () => {
    await importPackFile(serializePack(v1));
    await saveTemplate({ ...(await getTemplate('acme.b'))!, body: 'Edited B' });
    await recordUsage('acme.b');
    const pack = await exportPack({ id: 'team.export', name: 'Team', version: '0.1.0', shop: { name: 'Acme', returnWindowDays: 14 } }, [
      'acme.b',
      'acme.c',
    ]);
    expect(pack.templates.map((t) => [t.id, t.body])).toEqual([
      ['acme.b', 'Edited B'],
      ['acme.c', packTemplate('acme.c').body],
    ]);
    expect(Object.keys(pack.templates[0]!).sort()).toEqual(['body', 'id', 'intents', 'language', 'sites', 'tags', 'title']);
    expect(pack.shop).toEqual({ name: 'Acme', returnWindowDays: 14 });
    const text = serializePack(pack);
    expect(validatePackText(text)).toEqual({ ok: true, pack });

    await resetDatabase(); // "the other profile"
    expect(await importPackFile(text)).toMatchObject({ ok: true, summary: { added: ['acme.b', 'acme.c'] } });
    expect((await getTemplate('acme.b'))?.body).toBe('Edited B');
  });

  it('exports everything by default and refuses unknown ids or a bad version', async () => {
    await importPackFile(serializePack(v1));
    expect((await exportPack({ id: 'x', name: 'X', version: '1.0.0' })).templates).toHaveLength(3);
    await expect(exportPack({ id: 'x', name: 'X', version: '1.0.0' }, ['nope'])).rejects.toThrow(/not in the library: nope/);
    expect(() => buildPack([], { id: 'x', name: 'X', version: 'v1' })).toThrow(/semver/);
  });

  it('names the file safely', () => {
    expect(packFileName({ id: 'Acme Support/../x', version: '1.4.0' })).toBe('acme-support-..-x-1.4.0.deskpilot-pack.json');
  });
});

describe('deleting a pack', () => {
  it('plans, then removes untouched templates only, keeping local edits', async () => {
    await importPackFile(serializePack(v1));
    await saveTemplate({ ...(await getTemplate('acme.b'))!, body: 'Mine' });
    await getDatabase().subscriptions.put({
      id: 'https://p.example/a.json',
      url: 'https://p.example/a.json',
      packId: 'acme.support',
      createdAt: '2026-11-24T00:00:00Z',
    });
    const plan = await packDeletionPlan('acme.support');
    expect(plan).toEqual({
      packId: 'acme.support',
      packName: 'Acme support replies',
      remove: [
        { id: 'acme.a', title: 'Title of acme.a' },
        { id: 'acme.c', title: 'Title of acme.c' },
      ],
      keep: [{ id: 'acme.b', title: 'Title of acme.b' }],
      subscriptions: ['https://p.example/a.json'],
    });
    expect((await listTemplates()).length).toBe(3); // planning changes nothing
    expect(await deletePack('acme.support')).toEqual(plan);
    expect((await listTemplates()).map((t) => [t.id, t.body])).toEqual([['acme.b', 'Mine']]);
    expect(await getInstalledPack('acme.support')).toBeUndefined();
    expect(await getDatabase().subscriptions.count()).toBe(0);
    // Installing it again reconnects the kept template instead of clashing.
    expect(await importPackFile(serializePack(v1))).toMatchObject({ ok: true, summary: { keptLocal: ['acme.b'] } });
  });
});
