import { describe, expect, it } from 'vitest';
import { historyTicket } from '@/lib/history/testing/fixtures';
import type { TicketHistory } from '@/lib/history/group';
import type { Order } from '@/lib/schemas/order';
import type { TicketMessage } from '@/lib/schemas/ticket';
import { classifyIntent } from '@/lib/suggest/classify';
import { withDecidedIntent } from '@/lib/suggest/decided-intent';
import { mergeTriageSettings } from '@/lib/triage/defaults';
import { previousContacts7d, triageInputOf } from '@/lib/triage/from-ticket';
import { triageTicket } from '@/lib/triage/triage-ticket';

const NOW = new Date('2026-12-04T12:00:00Z');
const msg = (role: TicketMessage['role'], sentAt: string, text: string): TicketMessage => ({
  author: {},
  role,
  sentAt,
  text,
  visibleText: text,
});
const order = (total: string, customer: Order['customer'] = {}): Order => ({
  number: '#1047',
  platform: 'demo',
  source: { id: 'demo', label: 'Demo' },
  createdAt: '2026-11-20T10:00:00Z',
  status: 'shipped',
  financialStatus: 'paid',
  fulfillmentStatus: 'fulfilled',
  total,
  currency: 'USD',
  items: [],
  fulfillments: [],
  refunds: [],
  customer,
});
const otherTicket = (lastAt: string): TicketHistory => ({
  ticketKey: `gmail:url:${lastAt}`,
  site: 'gmail',
  ticketUrl: 'x',
  subject: 's',
  lastAt,
  seenCount: 1,
  replies: [],
});

describe('triage of a ticket as the panel has it', () => {
  const ticket = historyTicket({
    site: 'amazon-seller-central',
    messages: [
      msg('customer', '2026-11-20T09:00:00Z', 'Where is my parcel?'),
      msg('customer', '2026-12-01T09:00:00Z', 'Any news?'),
      msg('agent', '2026-12-01T12:00:00Z', 'Checking.'),
      msg('customer', '2026-12-03T06:00:00+01:00', 'Still nothing. This is ridiculous.'),
    ],
    latestCustomerMessage: 'Still nothing. This is ridiculous.',
    entities: { orderRefs: ['#1047'], trackingRefs: [], emails: [] },
  });

  it('waits from the latest customer message; counts earlier messages and other tickets this week as contacts', () => {
    expect(previousContacts7d(ticket, [otherTicket('2026-12-02T10:00:00Z'), otherTicket('2026-11-20T10:00:00Z')], NOW)).toBe(2);
    const input = triageInputOf({
      ticket,
      orders: [order('620.00', { ordersCount: 3, totalSpent: '1450.00' })],
      chosenOrder: order('620.00'),
      history: [],
      now: NOW,
    });
    expect(input).toMatchObject({
      channel: 'amazon-seller-central',
      receivedAt: '2026-12-03T05:00:00.000Z',
      orderTotal: 620,
      mentionsOrder: true,
      customer: { ordersCount: 3, lifetimeSpend: 1450, currency: 'USD', previousContacts7d: 1 },
    });
  });

  it('gives Amazon past 24 hours urgent, with every reason, and lets agreeing team rules add tags and an owner', () => {
    const result = triageTicket({
      ticket,
      orders: [order('620.00', { ordersCount: 3, totalSpent: '1450.00' })],
      chosenOrder: order('620.00'),
      history: [otherTicket('2026-12-02T10:00:00Z')],
      now: NOW,
      settings: mergeTriageSettings(),
      rules: [{ id: 'big', name: 'Big orders', when: { orderTotalAbove: 500 }, then: { tags: ['escalate'], owner: 'Team lead' } }],
    });
    expect(result.verdict.priority).toBe('urgent');
    expect(result.verdict.reasons).toEqual(['sla_breach', 'repeat_contact', 'angry', 'vip', 'high_value']);
    expect(result.verdict.tags).toContain('escalate');
    expect(result.rules.owner).toBe('Team lead');
  });

  it("weighs the panel's reading (the AI's decision folded in), not a reading of its own", () => {
    const local = classifyIntent('Still nothing. This is ridiculous.');
    const result = triageTicket({
      ticket,
      orders: [],
      chosenOrder: null,
      history: [],
      now: NOW,
      settings: mergeTriageSettings(),
      rules: [],
      reading: withDecidedIntent(local, 'missing_item'),
    });
    expect(result.verdict.intent).toBe('missing_item');
    expect(result.verdict.tags).toContain('missing-item');
  });
});
