import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { DB_NAME, getDatabase, SCHEMA_V1 } from '@/lib/templates/db';
import { getTemplate, listTemplates, saveTemplate } from '@/lib/templates/repository';
import { TemplateStorageError, toStorageError } from '@/lib/templates/storage-error';
import { putTemplateRecords } from '@/lib/templates/template-shelves';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

const valid: Template = {
  id: 'own.hello',
  title: 'Hello',
  body: 'Hi {{ customer.first_name }}',
  intents: ['other', 'refund'],
  language: 'en',
  sites: [],
  tags: [],
  locallyModified: false,
  updatedAt: '2026-11-20T10:00:00.000Z',
  usageCount: 0,
};

beforeEach(async () => {
  await resetDatabase();
});
afterEach(() => vi.restoreAllMocks());

describe('template database', () => {
  it('opens the latest version with the documented indexes', async () => {
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    const indexes = db.templateShelves.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['ids', 'packId']);
    expect(db.tables.map((table) => table.name)).not.toContain('templates');
    await saveTemplate(valid);
    expect((await db.templateShelves.where('ids').equals('own.hello').toArray()).map((shelf) => shelf.packId)).toEqual(['']);
  });

  it('reads a database seeded at version 1 by a plain Dexie (what an upgrade test will do)', async () => {
    const seeded = new Dexie(DB_NAME);
    seeded.version(1).stores(SCHEMA_V1);
    await seeded.table('templates').put(valid);
    seeded.close();
    expect(await listTemplates()).toEqual([valid]);
  });

  it('skips a corrupt record with a warning instead of failing the whole list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = getDatabase();
    await putTemplateRecords(db, [
      valid,
      { ...valid, id: 'own.broken', intents: ['not_an_intent'], usageCount: -3 } as unknown as Template,
    ]);
    expect((await listTemplates()).map((t) => t.id)).toEqual(['own.hello']);
    expect(await getTemplate('own.broken')).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"own.broken"'));
  });

  it('reports a full disk as a typed storage error', async () => {
    const db = getDatabase();
    vi.spyOn(db.templateShelves, 'bulkPut').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    const error = await saveTemplate(valid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateStorageError);
    expect(error).toMatchObject({ kind: 'full', message: expect.stringContaining('storage for Deskpilot is full') });
  });

  it('finds the quota error Dexie wraps inside an aborted transaction', () => {
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('q', 'QuotaExceededError'),
    });
    expect(toStorageError(wrapped)).toMatchObject({ kind: 'full' });
    const other = new TypeError('bug');
    expect(toStorageError(other)).toBe(other);
  });

  it('reports a database the browser refuses to open as a typed storage error', async () => {
    // What private windows and disabled site data do: IndexedDB itself refuses.
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const error = await listTemplates().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateStorageError);
    expect(error).toMatchObject({ kind: 'unavailable' });
    // Dexie reports it as DatabaseClosedError wrapping OpenFailedError, depending on timing.
    expect(['OpenFailedError', 'DatabaseClosedError']).toContain(((error as Error).cause as Error).name);
  });

  it('reports a closed database as a typed storage error', async () => {
    getDatabase().close();
    await expect(listTemplates()).rejects.toMatchObject({ name: 'TemplateStorageError', kind: 'unavailable' });
  });
});
