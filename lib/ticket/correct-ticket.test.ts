import { describe, expect, it } from 'vitest';
import type { Thread } from '@/lib/schemas/ticket';
import { buildTicket } from './build-ticket';
import { correctTicket, NO_CORRECTIONS } from './correct-ticket';

// As the structural reader might read a thread it could not tell apart: everything "customer".
const misread: Thread = {
  site: 'zendesk',
  url: 'https://northwind.zendesk.com/agent/tickets/4822',
  subject: 'Parcel stuck in customs – order #1061',
  customer: { name: 'Jonas Berg' },
  messages: [
    {
      author: { name: 'Chloé Dubois' },
      role: 'customer',
      text: 'My parcel for order #1061 is stuck in customs. Do I need to pay something?',
    },
    { author: { name: 'Jonas Berg' }, role: 'customer', text: 'Hi Chloé, I have asked our carrier what customs needs.' },
    { author: { name: 'Chloé Dubois' }, role: 'agent', text: 'Customs now want €38.40 in import duty. Will you refund it?' },
  ],
  confidence: 0.55,
  reader: 'structural',
};

describe('correctTicket', () => {
  it('changes nothing without corrections', () => {
    const ticket = buildTicket(misread);
    expect(correctTicket(ticket, NO_CORRECTIONS)).toBe(ticket);
  });

  it('picking the customer message makes its author the customer, with all their messages', () => {
    const fixed = correctTicket(buildTicket(misread), { customerMessage: 0, fromUs: [1] });
    expect(fixed.customer).toEqual({ name: 'Chloé Dubois' });
    expect(fixed.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(fixed.latestCustomerMessage).toMatch(/€38\.40/);
    expect(fixed.source).toMatchObject({ reader: 'structural', confidence: 1 });
  });

  it('"this one is from us" flips a message to the agent and rebuilds the latest customer message', () => {
    const ticket = buildTicket({ ...misread, messages: misread.messages.map((m) => ({ ...m, role: 'customer' as const })) });
    expect(ticket.latestCustomerMessage).toMatch(/€38\.40/);
    const fixed = correctTicket(ticket, { fromUs: [2] });
    expect(fixed.messages.map((m) => m.role)).toEqual(['customer', 'customer', 'agent']);
    expect(fixed.latestCustomerMessage).toMatch(/asked our carrier/);
  });
});
