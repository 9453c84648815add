import { describe, expect, it, vi } from 'vitest';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { decideTicketIntent } from '@/lib/suggest/ai/intent-opinion';
import { intentDecisionQuery } from '@/lib/suggest/ai/intent-opinion-query';
import { customerQuery } from '@/lib/suggest/customer-query';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { planSuggestions } from '@/lib/suggest/suggest';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';
import { readTicketIntent } from './ticket-intent';

// Counts every call of the real customerQuery, from any module (ranking's own included).
vi.mock('@/lib/suggest/customer-query', async (actual) => {
  const real = await actual<typeof import('@/lib/suggest/customer-query')>();
  return { customerQuery: vi.fn(real.customerQuery) };
});

const templates = templatesFromPack(STARTER_PACK);
const order = orderShaped('in-transit', '#3107', '2026-11-19T12:00:00Z');

describe("the panel's reading of a ticket", () => {
  it("makes the customer's query once: the reading, the AI's question and every re-rank share it", async () => {
    const ticket = ticketSaying('Hi, where is my order #3107? It has not arrived yet. Thanks, Jonas', { orderRefs: ['#3107'] });
    vi.mocked(customerQuery).mockClear();
    const local = readTicketIntent(ticket);
    expect(local.query).toBe('Hi, where is my order #3107? It has not arrived yet. Thanks, Jonas');
    const plan = planSuggestions({ ticket, orders: [order], templates, local });
    planSuggestions({ ticket, orders: [], templates, local });
    const decision = intentDecisionQuery(null, ticket, [order], local);
    expect(decision.queryKey).toContain(local.query);
    expect(await decideTicketIntent(null, ticket, [order], local)).toMatchObject({ intent: 'where_is_my_order', decidedBy: 'local' });
    const [first] = plan.groups;
    expect(first!.request.text).toBe(local.query.slice(first!.request.start, first!.request.end));
    expect(first!.ranked.length).toBeGreaterThan(0);
    expect(customerQuery).toHaveBeenCalledTimes(1);
  });

  it('a message of several requests ranks each clause on its own text', () => {
    const ticket = ticketSaying(
      'Where is my order #3107? It has not arrived. Also, can you send me the invoice for it? My accountant needs it by Friday.',
      { orderRefs: ['#3107'] },
    );
    const local = readTicketIntent(ticket);
    const plan = planSuggestions({ ticket, orders: [order], templates, local });
    expect(plan.groups.length).toBeGreaterThan(1);
    expect(plan.groups.map((group) => local.query.slice(group.request.start, group.request.end))).toEqual(
      plan.groups.map((group) => group.request.text),
    );
  });

  it('without a reading passed in, planning makes its own (the CLI)', () => {
    const ticket = ticketSaying('I would like to return the jug.');
    expect(planSuggestions({ ticket, orders: [], templates }).intent.intent).toBe(readTicketIntent(ticket).reading.intent);
  });
});
