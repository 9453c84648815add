import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureOutput } from './testing/capture-output';
import queue from './queue';

afterEach(() => vi.restoreAllMocks());
const LIST = 'tests/fixtures/sites/gmail/2026-12-04-inbox-list.html';

describe('queue <page> --url <list url>', () => {
  it('prints the conversations in the Queue order with the issue’s fields', async () => {
    const io = captureOutput();
    expect(await queue([LIST, '--url', 'https://mail.google.com/mail/u/0/#inbox', '--now', '2026-12-04T12:00:00Z'])).toBe(0);
    const entries = JSON.parse(io.out()) as Array<Record<string, unknown>>;
    expect(entries.map((e) => [(e.customer as { name: string }).name, e.priority])).toEqual([
      ['Olivia Chen', 'urgent'],
      ['Emma Schneider', 'high'],
      ["Liam O'Connor", 'normal'],
      ['Mateo Rossi', 'low'],
      ['Noah Fischer', 'low'],
    ]);
    expect(Object.keys(entries[0]!)).toEqual(['subject', 'customer', 'lastMessageAt', 'snippet', 'intent', 'priority', 'reasons']);
    expect(entries[0]).toMatchObject({
      subject: 'Discount code not working',
      customer: { name: 'Olivia Chen', email: 'olivia.chen@example.com' },
      reasons: ['chargeback'],
    });
  });

  it('exits 1 with one line on stderr for a page with no list', async () => {
    const io = captureOutput();
    expect(await queue(['tests/fixtures/sites/gmail/2026-11-24-busy-page.html', '--url', 'https://mail.google.com/mail/u/0/#inbox'])).toBe(
      1,
    );
    expect(io.out()).toBe('');
    expect(io.err()).toMatch(/^queue: tests\/fixtures\/sites\/gmail\/2026-11-24-busy-page\.html shows no gmail conversation list\.\n$/);
  });

  it('refuses a conversation URL and a site without a list reader, one line each', async () => {
    let io = captureOutput();
    expect(await queue([LIST, '--url', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRcvWmTpLxNsKjHdZqYwFbGt'])).toBe(1);
    expect(io.err().trim().split('\n')).toHaveLength(1);
    vi.restoreAllMocks();
    io = captureOutput();
    expect(await queue([LIST, '--url', 'https://example.org/inbox'])).toBe(1);
    expect(io.err()).toMatch(/^queue: no list reader for https:\/\/example\.org/);
  });
});

describe('queue on Freshdesk and Help Scout lists', () => {
  it('orders a Freshdesk ticket list: the card dispute first, the thanks last', async () => {
    const io = captureOutput();
    const url = 'https://northwind.freshdesk.com/a/tickets/filters/all_tickets';
    expect(await queue(['tests/fixtures/sites/freshdesk/2026-12-04-ticket-list.html', '--url', url, '--now', '2026-12-04T12:00:00Z'])).toBe(
      0,
    );
    const entries = JSON.parse(io.out()) as Array<{ customer: { name: string }; priority: string; reasons: string[] }>;
    expect(entries.map((e) => [e.customer.name, e.priority])).toEqual([
      ['Marcus Lee', 'urgent'],
      ["Liam O'Connor", 'high'],
      ['Sofia Rossi', 'high'],
      ['Hannah Weber', 'low'],
    ]);
    expect(entries[0]!.reasons).toContain('chargeback');
    expect(entries[1]!.reasons).toEqual(['sla_near']);
    expect(entries[2]!.reasons).toContain('time_sensitive_event');
  });

  it('orders a Help Scout folder and refuses a Help Scout conversation URL', async () => {
    let io = captureOutput();
    const page = 'tests/fixtures/sites/help-scout/2026-12-04-mailbox-list.html';
    expect(
      await queue([page, '--url', 'https://secure.helpscout.net/mailbox/8bdaa0e6241e867f/321418/', '--now', '2026-12-04T12:00:00Z']),
    ).toBe(0);
    const entries = JSON.parse(io.out()) as Array<{ customer: { email: string }; priority: string }>;
    expect(entries.map((e) => [e.customer.email, e.priority])).toEqual([
      ['kenji.sato@example.jp', 'urgent'],
      ['tom.becker@example.de', 'high'],
      ['olivia.brown@example.com', 'low'],
    ]);
    vi.restoreAllMocks();
    io = captureOutput();
    expect(await queue([page, '--url', 'https://secure.helpscout.net/conversation/2901441207/1183/'])).toBe(1);
    expect(io.err()).toMatch(/^queue: .* is a conversation, not a help-scout list/);
  });
});
