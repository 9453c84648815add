import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '@/lib/schemas/template';
import { getDatabase, type InstalledPack } from '@/lib/templates/db';
import { seedVersion } from '@/lib/templates/testing/seed-version';
import { resetDatabase } from '@/lib/templates/testing/reset-database';
import { getInstalledPack, getTemplate, listTemplates } from '@/lib/templates/repository';
import { customerHistory } from '@/lib/history/history';
import { historyTicket } from '@/lib/history/testing/fixtures';
import { listStoredRules } from '@/lib/triage/rule-store';
import { recordInsert } from '@/lib/reports/record-insert';
import { listUsageEvents, recordTicketSeenEvent } from '@/lib/reports/usage-store';

/** Records as version 5 wrote them (version 5 added triage rules; the other tables are as in 4). */
const v5Template: Template = {
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
const v5Pack: InstalledPack = {
  id: 'acme.support',
  name: 'Acme',
  version: '1.0.0',
  updatedAt: '2026-11-01T00:00:00Z',
  source: 'file',
  installedAt: '2026-11-01T00:00:00Z',
};
const v5History = {
  customerKey: 'greta.lindqvist@example.org',
  site: 'gmail',
  ticketUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
  threadId: 't-1',
  subject: 'Where is my parcel?',
  at: '2026-11-23T10:00:00.000Z',
  kind: 'seen',
  intent: 'where_is_my_order',
};
const v5Profile = { id: 'northwind.zendesk-timeline', site: 'zendesk', name: 'Zendesk timeline', updatedAt: '2026-12-01T00:00:00Z' };
const v5Rule = {
  key: 'own:big-refund',
  rule: { id: 'big-refund', name: 'Big refunds', when: { intent: 'refund', orderTotalAbove: 200 }, then: { priority: 'high' } },
  updatedAt: '2026-12-01T00:00:00.000Z',
};

const seedVersion5 = () =>
  seedVersion(5, { templates: [v5Template], packs: [v5Pack], history: [v5History], siteProfiles: [v5Profile], triageRules: [v5Rule] });

beforeEach(resetDatabase);

describe('upgrade from version 5 to version 6 (usage events for Reports)', () => {
  it('keeps every version-5 table exactly and adds an empty usageEvents table indexed by day', async () => {
    await seedVersion5();
    const db = getDatabase();
    await db.open();
    expect(db.verno).toBe(9);
    expect(await listTemplates()).toEqual([v5Template]);
    expect(await getInstalledPack('acme.support')).toEqual(v5Pack);
    expect((await customerHistory('greta.lindqvist@example.org'))[0]).toMatchObject({ subject: 'Where is my parcel?', seenCount: 1 });
    expect(await db.table('siteProfiles').get('northwind.zendesk-timeline')).toEqual(v5Profile);
    expect(await listStoredRules()).toEqual([v5Rule]);
    expect(await db.usageEvents.count()).toBe(0);
    expect(db.usageEvents.schema.indexes.map((index) => index.name)).toEqual(['day']);
  });

  it('records a ticket seen and an insert in the upgraded database, and the old use count goes on from 2', async () => {
    await seedVersion5();
    const ticket = historyTicket();
    const now = new Date('2026-11-24T12:00:00Z');
    expect(await recordTicketSeenEvent(ticket, 'refund', now)).toBe(true);
    const offered = 'Hi Greta, your refund is on its way.';
    expect(
      await recordInsert({ ticket, intent: 'refund', source: 'template', template: v5Template, offered, inserted: offered, now }),
    ).toBeNull();
    expect((await getTemplate('acme.refund'))?.usageCount).toBe(3);
    const events = await listUsageEvents('2026-11-24', '2026-11-24');
    expect(events.map((e) => e.kind).sort()).toEqual(['reply_inserted', 'ticket_seen']);
  });
});
