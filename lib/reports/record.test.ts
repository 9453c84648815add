import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyTicket } from '@/lib/history/testing/fixtures';
import { customerHistory } from '@/lib/history/history';
import { agentSetting } from '@/lib/settings';
import { putTemplateRecords } from '@/lib/templates/template-shelves';
import { getDatabase } from '@/lib/templates/db';
import { getTemplate } from '@/lib/templates/repository';
import type { Template } from '@/lib/schemas/template';
import { recordInsert, STORAGE_FULL_AFTER_INSERT } from '@/lib/reports/record-insert';
import { KEEP_DAYS, listUsageEvents, recordTicketSeenEvent } from '@/lib/reports/usage-store';
import { addDays } from '@/lib/reports/days';
import { characterCount, ticketRefOf } from '@/lib/reports/ticket-ref';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

const T0 = new Date('2026-11-24T12:00:00.000Z');
const hoursAfter = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
const template: Template = {
  id: 'acme.wismo',
  title: 'Where is my order',
  body: 'Hi {{ customer.first_name }}, it is on its way.',
  intents: ['where_is_my_order'],
  language: 'en',
  sites: [],
  tags: [],
  packId: 'acme.support',
  locallyModified: false,
  updatedAt: '2026-11-01T00:00:00.000Z',
  usageCount: 4,
};
const OFFERED = 'Hi Greta,\n\nit is on its way.';
/** Greta wrote at 09:30 UTC; the insert at 12:00 answers after 2.5 hours. */
const waitingTicket = historyTicket({
  messages: [
    {
      author: { name: 'Greta Lindqvist', email: 'greta.lindqvist@example.org' },
      role: 'customer',
      sentAt: '2026-11-24T09:30:00.000Z',
      text: 'Hi, my parcel has not arrived.',
      visibleText: 'Hi, my parcel has not arrived.',
    },
  ],
});

beforeEach(async () => {
  await resetDatabase();
  fakeBrowser.reset();
  await putTemplateRecords(getDatabase(), [template]);
});
afterEach(() => vi.restoreAllMocks());

describe('tickets seen', () => {
  it('counts a ticket once per agent per day, again the next day, and holds no URL or customer data', async () => {
    expect(await recordTicketSeenEvent(historyTicket(), 'where_is_my_order', T0)).toBe(true);
    expect(await recordTicketSeenEvent(historyTicket(), 'where_is_my_order', hoursAfter(3))).toBe(false);
    expect(await recordTicketSeenEvent(historyTicket({ threadId: 'another' }), undefined, hoursAfter(3))).toBe(true);
    expect(await recordTicketSeenEvent(historyTicket(), 'where_is_my_order', hoursAfter(24))).toBe(true);
    const events = await listUsageEvents('2026-11-24', '2026-11-25');
    expect(events.map((e) => [e.kind, e.day])).toEqual([
      ['ticket_seen', '2026-11-24'],
      ['ticket_seen', '2026-11-24'],
      ['ticket_seen', '2026-11-25'],
    ]);
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/greta|mail\.google|thread-f-1790/i);
    expect(events[0]?.ticket).toBe(await ticketRefOf(historyTicket()));
  });

  it('two panels at once record one event', async () => {
    const results = await Promise.all([
      recordTicketSeenEvent(historyTicket(), undefined, T0),
      recordTicketSeenEvent(historyTicket(), undefined, T0),
    ]);
    expect(results.sort()).toEqual([false, true]);
  });

  it(`deletes events older than ${KEEP_DAYS} days when it records a new day`, async () => {
    const old = new Date(`${addDays('2026-11-24', -KEEP_DAYS - 1)}T12:00:00Z`);
    await recordTicketSeenEvent(historyTicket(), undefined, old);
    expect(await getDatabase().usageEvents.count()).toBe(1);
    await recordTicketSeenEvent(historyTicket(), undefined, T0);
    expect((await getDatabase().usageEvents.toArray()).map((e) => e.day)).toEqual(['2026-11-24']);
  });
});

describe('recordInsert: one path for the use count, the history and the usage event', () => {
  it('records a template inserted as offered, with the time since the customer wrote', async () => {
    await agentSetting.set({ name: 'Ana' });
    expect(
      await recordInsert({
        ticket: waitingTicket,
        intent: 'where_is_my_order',
        source: 'template',
        template,
        offered: OFFERED,
        inserted: `${OFFERED}\n`,
        now: T0,
      }),
    ).toBeNull();
    expect((await getTemplate('acme.wismo'))?.usageCount).toBe(5);
    expect((await customerHistory('greta.lindqvist@example.org'))[0]?.replies).toEqual([
      { at: T0.toISOString(), templateId: 'acme.wismo' },
    ]);
    const [event] = await listUsageEvents('2026-11-24', '2026-11-24');
    expect(event).toMatchObject({
      kind: 'reply_inserted',
      source: 'template',
      templateId: 'acme.wismo',
      templateTitle: 'Where is my order',
      packId: 'acme.support',
      intent: 'where_is_my_order',
      site: 'gmail',
      agent: 'Ana',
      edited: false,
      characters: characterCount(`${OFFERED}\n`),
      waitingSince: '2026-11-24T09:30:00.000Z',
      replyMs: 2.5 * 3_600_000,
    });
  });

  it('an edited template and an AI draft are told apart in the event and in the history', async () => {
    await recordInsert({
      ticket: waitingTicket,
      source: 'template',
      template,
      offered: OFFERED,
      inserted: `${OFFERED} Sorry for the wait!`,
      now: T0,
    });
    await recordInsert({ ticket: waitingTicket, source: 'ai', offered: 'Draft one.', inserted: 'Draft one.', now: hoursAfter(1) });
    const events = await listUsageEvents('2026-11-24', '2026-11-24');
    expect(events.map((e) => e.kind === 'reply_inserted' && [e.source, e.edited, e.templateId ?? null])).toEqual(
      expect.arrayContaining([
        ['template', true, 'acme.wismo'],
        ['ai', false, null],
      ]),
    );
    const replies = (await customerHistory('greta.lindqvist@example.org'))[0]?.replies.map((r) => r.templateId);
    expect(replies).toEqual(['ai-draft', 'edited']);
  });

  it('counts characters as code points (Korean, emoji)', () => {
    expect(characterCount('배송 조회 👍')).toBe(7);
  });

  it('a message dated after the insert gives no reply time rather than a negative one', async () => {
    await recordInsert({ ticket: waitingTicket, source: 'ai', offered: 'x', inserted: 'x', now: new Date('2026-11-24T09:00:00Z') });
    const [event] = await listUsageEvents('2026-11-24', '2026-11-24');
    expect(event).not.toHaveProperty('replyMs');
  });

  it('full storage for the event: a clear message, and the use count and history are still written', async () => {
    vi.spyOn(getDatabase().usageEvents, 'add').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await recordInsert({ ticket: waitingTicket, source: 'template', template, offered: OFFERED, inserted: OFFERED, now: T0 })).toBe(
      STORAGE_FULL_AFTER_INSERT,
    );
    expect(warn).toHaveBeenCalled();
    expect((await getTemplate('acme.wismo'))?.usageCount).toBe(5);
    expect((await customerHistory('greta.lindqvist@example.org'))[0]?.replies).toHaveLength(1);
    expect(await getDatabase().usageEvents.count()).toBe(0);
  });

  it('a corrupt stored event is skipped with a warning, the others are listed', async () => {
    await recordTicketSeenEvent(historyTicket(), undefined, T0);
    await getDatabase().usageEvents.put({ id: 'broken', day: '2026-11-24', kind: 'reply_inserted' } as never);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await listUsageEvents('2026-11-24', '2026-11-24')).map((e) => e.kind)).toEqual(['ticket_seen']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"broken"'));
  });
});
