import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { getDatabase, type InstalledPack } from '@/lib/templates/db';
import { seedVersion } from '@/lib/templates/testing/seed-version';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { getInstalledPack, importPack, listTemplates } from '@/lib/templates/repository';
import { customerHistory } from '@/lib/history/history';
import { listStoredRules, saveOwnRules } from '@/lib/triage/rule-store';

/** Records as version 4 wrote them (version 4 added site profiles; templates are unchanged since 3). */
const v3Template: Template = {
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
const v3Pack: InstalledPack = {
  id: 'acme.support',
  name: 'Acme',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  source: 'file',
  installedAt: '2026-11-01T00:00:00Z',
};
const v3History = {
  customerKey: 'greta.lindqvist@example.org',
  site: 'gmail',
  ticketUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
  threadId: 't-1',
  subject: 'Where is my parcel?',
  at: '2026-11-23T10:00:00.000Z',
  kind: 'seen',
  intent: 'where_is_my_order',
};

const v4Profile = {
  id: 'northwind.zendesk-timeline',
  site: 'zendesk',
  name: 'Zendesk timeline',
  updatedAt: '2026-12-01T00:00:00Z',
  packId: 'acme.support',
};

const seedVersion4 = () => seedVersion(4, { templates: [v3Template], packs: [v3Pack], history: [v3History], siteProfiles: [v4Profile] });

beforeEach(resetDatabase);

describe('upgrade from version 4 to version 5 (triage rules)', () => {
  it('keeps templates, packs, history and site profiles exactly, and adds an empty triageRules table', async () => {
    await seedVersion4();
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    expect(await listTemplates()).toEqual([v3Template]);
    expect(await getInstalledPack('acme.support')).toEqual(v3Pack);
    expect((await customerHistory('greta.lindqvist@example.org'))[0]).toMatchObject({ subject: 'Where is my parcel?', seenCount: 1 });
    expect(await db.table('siteProfiles').get('northwind.zendesk-timeline')).toEqual(v4Profile);
    expect(await db.triageRules.count()).toBe(0);
  });

  it('stores own rules and a pack’s rules in the upgraded database; a new pack version replaces its rules', async () => {
    await seedVersion4();
    await saveOwnRules([
      {
        id: 'big-refund',
        name: 'Big refunds',
        when: { intent: 'refund', orderTotalAbove: 200 },
        then: { tags: ['escalate'], priority: 'high', owner: 'Returns team' },
      },
    ]);
    const pack = {
      format: 'deskpilot.pack/v1',
      id: 'acme.support',
      name: 'Acme',
      version: '1.1.0',
      updatedAt: '2026-12-01T00:00:00Z',
      templates: [],
    };
    await importPack(
      { ...pack, rules: [{ id: 'legal', name: 'Legal', when: { reason: 'legal_threat' }, then: { owner: 'Legal' } }] },
      'file',
    );
    expect((await listStoredRules()).map((r) => r.key)).toEqual(['own:big-refund', 'pack:acme.support:legal']);
    await importPack({ ...pack, version: '1.2.0' }, 'file');
    expect((await listStoredRules()).map((r) => r.key)).toEqual(['own:big-refund']);
  });
});
