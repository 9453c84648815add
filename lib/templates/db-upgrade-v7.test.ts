import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { loadIndexSnapshot, warmTemplateSearch } from '@/lib/suggest/index-store';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { getDatabase, type InstalledPack } from '@/lib/templates/db';
import { seedVersion } from '@/lib/templates/testing/seed-version';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { getInstalledPack, listTemplates } from '@/lib/templates/repository';
import { listStoredRules } from '@/lib/triage/rule-store';

/** Records as version 6 wrote them (version 6 added usage events; the other tables are as in 5). */
const v6Template: Template = {
  id: 'acme.refund',
  title: 'Refund issued',
  body: 'Hi {{ customer.first_name }}, your refund is on its way.',
  intents: ['refund'],
  language: 'en',
  sites: [],
  tags: ['money'],
  packId: 'acme.support',
  packBody: 'Hi {{ customer.first_name }}, your refund is on its way.',
  packVersion: '1.0.0',
  locallyModified: false,
  updatedAt: '2026-11-20T10:00:00.000Z',
  usageCount: 2,
};
const v6Pack: InstalledPack = {
  id: 'acme.support',
  name: 'Acme',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  source: 'file',
  installedAt: '2026-11-01T00:00:00Z',
};
const v6Rule = {
  key: 'own:big-refund',
  rule: { id: 'big-refund', name: 'Big refunds', when: { intent: 'refund', orderTotalAbove: 200 }, then: { priority: 'high' } },
  updatedAt: '2026-12-01T00:00:00.000Z',
};
const v6Event = { id: 'evt-1', kind: 'ticket_seen', day: '2026-11-24', at: '2026-11-24T10:00:00.000Z', site: 'gmail', intent: 'refund' };

const seedVersion6 = () => seedVersion(6, { templates: [v6Template], packs: [v6Pack], triageRules: [v6Rule], usageEvents: [v6Event] });

beforeEach(resetDatabase);

describe('upgrade from version 6 to version 7 (the saved search index)', () => {
  it('keeps every version-6 table exactly and adds an empty searchIndex table', async () => {
    await seedVersion6();
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    expect(await listTemplates()).toEqual([v6Template]);
    expect(await getInstalledPack('acme.support')).toEqual(v6Pack);
    expect(await listStoredRules()).toEqual([v6Rule]);
    expect(await db.usageEvents.toArray()).toEqual([v6Event]);
    expect(await db.searchIndex.count()).toBe(0);
    expect(db.searchIndex.schema.primKey.name).toBe('key');
  });

  it('builds the index for the upgraded library when there is no saved one, and saves it', async () => {
    await seedVersion6();
    expect(await loadIndexSnapshot()).toBeNull();
    const search = new TemplateSearch();
    await warmTemplateSearch(await listTemplates(), search);
    expect(search.similarity([v6Template], { terms: ['refund'], weights: new Map([['refund', 1]]) })[0]).toBe(1);
    await getDatabase().searchIndex.put({ key: 'templates', savedAt: '2026-11-24T12:00:00.000Z', snapshot: search.snapshot() });
    expect((await loadIndexSnapshot())?.keys).toEqual(['acme.refund']);
    expect(await getDatabase().usageEvents.count()).toBe(1);
  });
});
