import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { customerHistory, customerKeyOf, recordReplyInserted, recordTicketSeen, SEEN_DEDUPE_WINDOW_MS } from '@/lib/history/history';
import { historyTicket } from '@/lib/history/testing/fixtures';
import { getDatabase } from '@/lib/templates/db';
import { TemplateStorageError } from '@/lib/templates/storage-error';
import { resetDatabase } from '@/lib/templates/testing/reset-database';

const T0 = new Date('2026-11-24T12:00:00.000Z');
const minutesAfter = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const GRETA = 'greta.lindqvist@example.org';

beforeEach(async () => {
  await resetDatabase();
});
afterEach(() => vi.restoreAllMocks());

describe('customerKeyOf', () => {
  it('uses the lowercased email, else the trimmed name, else nothing', () => {
    expect(customerKeyOf(historyTicket())).toBe(GRETA);
    expect(customerKeyOf(historyTicket({ customer: { name: '  Amazon Buyer 12 ', email: ' ' } }))).toBe('Amazon Buyer 12');
    expect(customerKeyOf(historyTicket({ customer: {} }))).toBeUndefined();
  });
});

describe('recording', () => {
  it('records a seen ticket and an inserted reply for the customer', async () => {
    expect(await recordTicketSeen(historyTicket(), 'where_is_my_order', T0)).toBe(true);
    await recordReplyInserted(historyTicket(), 'starter.where-is-my-order', minutesAfter(2));
    const entries = await getDatabase().history.toArray();
    expect(entries).toEqual([
      expect.objectContaining({
        customerKey: GRETA,
        kind: 'seen',
        intent: 'where_is_my_order',
        threadId: 'thread-f-1790',
        at: T0.toISOString(),
      }),
      expect.objectContaining({
        customerKey: GRETA,
        kind: 'inserted',
        templateId: 'starter.where-is-my-order',
        at: minutesAfter(2).toISOString(),
      }),
    ]);
  });

  it('does not record an anonymous ticket', async () => {
    const anonymous = historyTicket({ customer: {} });
    expect(await recordTicketSeen(anonymous, undefined, T0)).toBe(false);
    await recordReplyInserted(anonymous, 'ai-draft', T0);
    expect(await getDatabase().history.count()).toBe(0);
  });

  it('does not record the same ticket seen again within 30 minutes, but does after', async () => {
    expect(await recordTicketSeen(historyTicket(), undefined, T0)).toBe(true);
    // Same thread under another Gmail URL is the same ticket.
    const sameThread = historyTicket({ url: 'https://mail.google.com/mail/u/0/#all/FMfcgzQXJWDsKmBnLpRtVwXy' });
    expect(await recordTicketSeen(sameThread, undefined, minutesAfter(29))).toBe(false);
    expect(await recordTicketSeen(historyTicket({ threadId: 'thread-other' }), undefined, minutesAfter(29))).toBe(true);
    expect(await recordTicketSeen(historyTicket(), undefined, new Date(T0.getTime() + SEEN_DEDUPE_WINDOW_MS + 1))).toBe(true);
    const [ticket] = await customerHistory(GRETA);
    expect(await getDatabase().history.count()).toBe(3);
    expect(ticket).toMatchObject({ threadId: 'thread-f-1790', seenCount: 2 });
  });

  it('deduplicates two panels recording the same ticket at once', async () => {
    const results = await Promise.all([recordTicketSeen(historyTicket(), undefined, T0), recordTicketSeen(historyTicket(), undefined, T0)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await getDatabase().history.count()).toBe(1);
  });

  it('refuses to write an entry it could not read back', async () => {
    await expect(recordTicketSeen(historyTicket(), 'not_an_intent' as never, T0)).rejects.toThrow();
    await expect(recordReplyInserted(historyTicket({ site: 'myspace' as never }), 'edited', T0)).rejects.toThrow();
    expect(await getDatabase().history.count()).toBe(0);
  });

  it('turns a full disk into TemplateStorageError', async () => {
    vi.spyOn(getDatabase().history, 'add').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(recordReplyInserted(historyTicket(), 'edited', T0)).rejects.toBeInstanceOf(TemplateStorageError);
  });
});

describe('customerHistory', () => {
  it("returns only this customer's tickets, most recently active first, grouped, limited", async () => {
    const older = historyTicket({
      threadId: 'thread-older',
      subject: 'Refund please',
      url: 'https://mail.google.com/mail/u/0/#inbox/older',
    });
    await recordTicketSeen(older, 'refund', minutesAfter(-3000));
    await recordReplyInserted(older, 'ai-draft', minutesAfter(-2990));
    await recordTicketSeen(historyTicket(), undefined, T0);
    await recordTicketSeen(historyTicket({ customer: { email: 'someone.else@example.org' }, threadId: 'x' }), undefined, minutesAfter(1));
    await recordReplyInserted(historyTicket(), 'edited', minutesAfter(5));
    await recordReplyInserted(historyTicket(), 'starter.where-is-my-order', minutesAfter(6));

    const tickets = await customerHistory(GRETA);
    expect(tickets.map((t) => t.subject)).toEqual(['Where is my parcel?', 'Refund please']);
    expect(tickets[0]).toMatchObject({ seenCount: 1, lastSeenAt: T0.toISOString(), lastAt: minutesAfter(6).toISOString() });
    expect(tickets[0]!.replies.map((r) => r.templateId)).toEqual(['starter.where-is-my-order', 'edited']);
    expect(tickets[1]).toMatchObject({ seenCount: 1, replies: [{ templateId: 'ai-draft', at: minutesAfter(-2990).toISOString() }] });
    expect(await customerHistory(GRETA, 1)).toHaveLength(1);
    expect(await customerHistory('nobody@example.org')).toEqual([]);
  });

  it('skips a bad stored record with a warning and keeps the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await recordTicketSeen(historyTicket(), undefined, T0);
    await getDatabase().history.add({
      customerKey: GRETA,
      site: 'myspace',
      ticketUrl: 'x',
      subject: 's',
      at: minutesAfter(1).toISOString(),
      kind: 'seen',
    } as never);
    await getDatabase().history.add({
      customerKey: GRETA,
      site: 'gmail',
      ticketUrl: 'x',
      subject: 's',
      at: minutesAfter(2).toISOString(),
      kind: 'deleted',
    } as never);

    const tickets = await customerHistory(GRETA);
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ subject: 'Where is my parcel?', seenCount: 1 });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).toMatch(/corrupt history record/);
  });
});
