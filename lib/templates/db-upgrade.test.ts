import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { getDatabase, type InstalledPack } from '@/lib/templates/db';
import { seedVersion } from '@/lib/templates/testing/seed-version';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { getInstalledPack, listTemplates, saveTemplate } from '@/lib/templates/repository';

/** Records as version 1 wrote them: no field a later version added. */
const v1Templates: Template[] = [
  {
    id: 'acme.where',
    title: 'Where is my order',
    body: 'Hi {{ customer.first_name }}, order {{ order.number }} is on its way.',
    intents: ['where_is_my_order'],
    language: 'en',
    sites: ['gmail'],
    tags: ['shipping'],
    packId: 'acme.support',
    packBody: 'Hi {{ customer.first_name }}, your order is on its way.',
    packVersion: '1.0.0',
    locallyModified: true,
    updatedAt: '2026-11-01T10:00:00.000Z',
    usageCount: 17,
  },
  {
    id: 'own.thanks',
    title: 'Thanks',
    body: 'Thank you!',
    intents: ['feedback'],
    language: 'de',
    sites: [],
    tags: [],
    locallyModified: false,
    updatedAt: '2026-10-02T08:00:00.000Z',
    usageCount: 0,
  },
];
const v1Pack: InstalledPack = {
  id: 'acme.support',
  name: 'Acme',
  version: '1.0.0',
  updatedAt: '2026-10-01T00:00:00Z',
  source: 'file',
  installedAt: '2026-10-01T00:00:00Z',
};

const seedVersion1 = () => seedVersion(1, { templates: [...v1Templates], packs: [v1Pack] });

beforeEach(resetDatabase);

describe('upgrade from version 1 to version 2', () => {
  it('keeps every template and pack exactly, and adds an empty subscriptions table', async () => {
    await seedVersion1();
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    expect(await listTemplates()).toEqual([...v1Templates].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await getInstalledPack('acme.support')).toEqual(v1Pack);
    expect(await db.subscriptions.count()).toBe(0);
    // Version 9 shelves each pack's templates apart from the agent's own.
    const shelves = await db.templateShelves.toArray();
    expect(shelves.map((shelf) => [shelf.packId, shelf.ids])).toEqual(
      expect.arrayContaining([
        ['acme.support', ['acme.where']],
        ['', ['own.thanks']],
      ]),
    );
  });

  it('can write to the new table and to upgraded templates', async () => {
    await seedVersion1();
    const db = getDatabase();
    await db.subscriptions.put({
      id: 'https://packs.example.com/a.json',
      url: 'https://packs.example.com/a.json',
      createdAt: '2026-11-24T00:00:00Z',
    });
    expect(await db.subscriptions.where('packId').equals('acme.support').count()).toBe(0);
    const saved = await saveTemplate({ ...v1Templates[1]!, body: 'Danke!' });
    expect((await listTemplates()).find((t) => t.id === 'own.thanks')).toEqual(saved);
  });
});
