import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { customerHistory, recordTicketSeen } from '@/lib/history/history';
import { historyTicket } from '@/lib/history/testing/fixtures';
import { getDatabase, type InstalledPack, type PackSubscription } from '@/lib/templates/db';
import { seedVersion } from '@/lib/templates/testing/seed-version';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { getInstalledPack, listTemplates } from '@/lib/templates/repository';
import { listSubscriptions } from '@/lib/packs/subscription';

/** Records as version 2 wrote them. */
const v2Templates: Template[] = [
  {
    id: 'acme.refund',
    title: 'Refund issued',
    body: 'Hi {{ customer.first_name }}, your refund for {{ order.number }} is on its way.',
    intents: ['refund'],
    language: 'en',
    sites: ['amazon-seller-central'],
    tags: ['money'],
    packId: 'acme.support',
    packBody: 'Hi, your refund is on its way.',
    packVersion: '2.1.0',
    locallyModified: true,
    updatedAt: '2026-11-20T10:00:00.000Z',
    usageCount: 4,
  },
  {
    id: 'own.hello',
    title: 'Hello',
    body: 'Hallo!',
    intents: ['other'],
    language: 'de',
    sites: [],
    tags: [],
    locallyModified: false,
    updatedAt: '2026-11-02T08:00:00.000Z',
    usageCount: 0,
  },
];
const v2Pack: InstalledPack = {
  id: 'acme.support',
  name: 'Acme',
  version: '2.1.0',
  updatedAt: '2026-11-01T00:00:00Z',
  source: 'https://packs.acme.example/s.json',
  installedAt: '2026-11-01T00:00:00Z',
};
const v2Subscription: PackSubscription = {
  id: 'https://packs.acme.example/s.json',
  url: 'https://packs.acme.example/s.json',
  packId: 'acme.support',
  etag: '"v2"',
  createdAt: '2026-11-01T00:00:00.000Z',
  lastCheckedAt: '2026-11-24T01:00:00.000Z',
  lastStatus: 'updated',
};

const seedVersion2 = () => seedVersion(2, { templates: [...v2Templates], packs: [v2Pack], subscriptions: [v2Subscription] });

beforeEach(resetDatabase);

describe('upgrade from version 2 to version 3', () => {
  it('keeps every template, pack and subscription exactly, and adds an empty history table', async () => {
    await seedVersion2();
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    expect(await listTemplates()).toEqual([...v2Templates].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await getInstalledPack('acme.support')).toEqual(v2Pack);
    expect(await listSubscriptions()).toEqual([v2Subscription]);
    expect(await db.history.count()).toBe(0);
    expect(await db.subscriptions.where('packId').equals('acme.support').primaryKeys()).toEqual([v2Subscription.id]);
    // Version 9 keeps templates on shelves, a pack's apart from the agent's own.
    expect(await db.templateShelves.where('ids').equals('acme.refund').count()).toBe(1);
  });

  it('records and reads history in the upgraded database', async () => {
    await seedVersion2();
    expect(await recordTicketSeen(historyTicket(), 'refund', new Date('2026-11-24T12:00:00Z'))).toBe(true);
    const [ticket] = await customerHistory('greta.lindqvist@example.org');
    expect(ticket).toMatchObject({ subject: 'Where is my parcel?', seenCount: 1 });
    expect(getDatabase().history.schema.indexes.map((index) => index.name)).toEqual(['[customerKey+at]']);
  });
});
