import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translator } from '@/lib/i18n/translator';
import { packErrorText } from '@/lib/packs/pack-text';
import { createBackup, restoreBackup } from '@/lib/packs/backup';
import {
  BACKED_UP_TABLES,
  BackupError,
  DERIVED_TABLES,
  SECTION_TABLES,
  parseBackup,
  serializeBackup,
  type Backup,
} from '@/lib/packs/backup-document';
import { importPackFile } from '@/lib/packs/import-file';
import { packTemplate, testPack } from '@/lib/packs/testing/fixtures';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { shopFactsSetting } from '@/lib/settings';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { getDatabase } from '@/lib/templates/db';
import { getTemplate, recordUsage, saveTemplate } from '@/lib/templates/repository';
import { TemplateStorageError } from '@/lib/templates/storage-error';
import { allTemplateRecords } from '@/lib/templates/template-shelves';
import type { Template } from '@/lib/schemas/template';
import { inserted, seen } from '@/lib/reports/testing/events';

const SECRET = 'sk-live-4f9a8b7c6d5e4f3a2b1c';

/** A database with something in every table: a pack with a local edit and a pending update, an own template, a subscription. */
async function fillDatabase(): Promise<void> {
  await importPackFile(JSON.stringify(testPack('1.0.0', [packTemplate('acme.a'), packTemplate('acme.b')])));
  await saveTemplate({ ...(await getTemplate('acme.a'))!, body: 'My own A' });
  await importPackFile(JSON.stringify(testPack('1.1.0', [packTemplate('acme.a', 'A v1.1'), packTemplate('acme.b')])));
  await saveTemplate({
    id: 'own.note',
    title: 'Note',
    body: 'Ünïcødé ✓ <script>x</script>',
    intents: ['feedback', 'other'],
    language: 'de',
    sites: ['gmail'],
    tags: ['mine'],
    locallyModified: false,
    updatedAt: '',
    usageCount: 0,
  });
  await recordUsage('own.note');
  await getDatabase().subscriptions.put({
    id: 'https://packs.acme.example/s.json',
    url: 'https://packs.acme.example/s.json',
    packId: 'acme.support',
    etag: '"abc"',
    lastModified: 'Mon, 23 Nov 2026 10:00:00 GMT',
    createdAt: '2026-11-01T00:00:00.000Z',
    lastCheckedAt: '2026-11-24T00:00:00.000Z',
    lastStatus: 'unchanged',
  });
  await getDatabase().usageEvents.bulkAdd([seen('emma', '2026-11-23'), inserted('emma', '2026-11-23')]);
}

async function snapshot() {
  const db = getDatabase();
  const sorted = async (table: (typeof BACKED_UP_TABLES)[number]) =>
    (table === 'templates' ? ((await allTemplateRecords(db)) as Template[]) : await db.table(table).toArray()).sort((a, b) =>
      a.id < b.id ? -1 : 1,
    );
  return {
    templates: await sorted('templates'),
    packs: await sorted('packs'),
    subscriptions: await sorted('subscriptions'),
    usageEvents: await sorted('usageEvents'),
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDatabase();
});

describe('backup and restore', () => {
  it('round-trips exactly: backup → clear → restore → deep-equal', async () => {
    await fillDatabase();
    const before = await snapshot();
    const text = serializeBackup(await createBackup(new Date('2026-11-24T10:00:00Z')));

    await resetDatabase();
    expect((await snapshot()).templates).toEqual([]);
    await restoreBackup(parseBackup(text));

    expect(await snapshot()).toEqual(before);
    expect(before.templates.find((t) => t.id === 'acme.a')).toMatchObject({
      body: 'My own A',
      reviewedPackBody: packTemplate('acme.a').body,
      packBody: 'A v1.1',
    });
  });

  it('replaces what is there, all or nothing', async () => {
    await fillDatabase();
    const backup = await createBackup();
    await saveTemplate({ ...(await getTemplate('acme.b'))!, body: 'Changed after the backup' });
    const afterChange = await snapshot();

    vi.spyOn(getDatabase().subscriptions, 'bulkAdd').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(restoreBackup(backup)).rejects.toBeInstanceOf(TemplateStorageError);
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(afterChange);

    await restoreBackup(backup);
    expect((await getTemplate('acme.b'))?.body).toBe(packTemplate('acme.b').body);
  });

  it('covers every table of the database and never holds a secret', async () => {
    await fakeBrowser.storage.local.set({ openaiApiKey: SECRET, stores: { shopify: { accessToken: SECRET } } });
    await shopFactsSetting.set({ ...DEFAULT_SHOP_FACTS, name: 'Acme' });
    await fillDatabase();
    const backup = await createBackup();

    const tables = getDatabase()
      .tables.map((t) => t.name)
      .sort();
    const backedUp = BACKED_UP_TABLES.map((section) => SECTION_TABLES[section] ?? section);
    expect([...backedUp, ...DERIVED_TABLES].sort()).toEqual(tables); // a new table must be added here deliberately
    const text = serializeBackup(backup);
    expect(text).not.toContain(SECRET);
    const keys = new Set<string>();
    JSON.parse(text, (key, value: unknown) => (keys.add(key), value));
    expect([...keys].filter((key) => /key|token|secret|password|credential/i.test(key))).toEqual([]);
  });

  it('refuses an invalid backup with the record and field, restoring nothing', async () => {
    await fillDatabase();
    const before = await snapshot();
    const backup = await createBackup();
    const broken = { ...backup, templates: backup.templates.map((t) => (t.id === 'own.note' ? { ...t, usageCount: -1 } : t)) };
    const refusal = (() => {
      try {
        parseBackup(JSON.stringify(broken));
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(BackupError);
    expect((refusal as BackupError).message).toBe(
      'The backup is not valid, so nothing was restored:\n"templates[2].usageCount" (id "own.note") must be at least 0',
    );
    // The same refusal, as Settings shows it to a Korean agent.
    expect(packErrorText(refusal, translator('ko').t)).toBe(
      '백업이 올바르지 않아 아무것도 복원하지 않았습니다:\n"templates[2].usageCount"(ID "own.note"): 0 이상이어야 합니다',
    );
    const twice: Backup = { ...backup, packs: [...backup.packs, ...backup.packs] };
    expect(() => parseBackup(JSON.stringify(twice))).toThrow(/packs: the id "acme.support" appears twice/);
    expect(() => parseBackup(JSON.stringify({ ...backup, databaseVersion: 99 }))).toThrow(/newer Deskpilot/);
    expect(() => parseBackup('{"__proto__": {}}')).toThrow(/refuses for safety/);
    expect(() => parseBackup(JSON.stringify({ ...backup, format: 'deskpilot.pack/v1' }))).toThrow(
      /"format" must be "deskpilot.backup\/v1"/,
    );
    expect(await snapshot()).toEqual(before);
  });
});
