import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoConnector } from '@/lib/connectors/demo';
import { DEFAULT_AGENT, DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { suggestReplies } from '@/lib/suggest/suggest';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { buildTicket } from '@/lib/ticket/build-ticket';

/** Ways real customers put one request, about Emma Schneider's order #1047 in the demo store. */
const PARAPHRASES: Record<string, { top: string; texts: string[] }> = {
  where_is_my_order: {
    top: 'starter.wismo.tracking',
    texts: [
      'Where is my order #1047?',
      'My parcel has not arrived yet, order #1047.',
      'Any update on the delivery of #1047?',
      'Hi, I ordered last week (#1047) and nothing has come. Can you check?',
      'Has my package shipped? Order 1047',
      'wheres my stuff?? order #1047',
    ],
  },
  refund: {
    top: 'starter.refund.request',
    texts: [
      'When will I get my refund?',
      'Has my refund been processed yet?',
      'Where is my refund for order #1047?',
      'I want my money back for this order.',
      'Can I get a refund please?',
    ],
  },
  cancel_order: {
    top: 'starter.cancel.already-shipped',
    texts: [
      'Please cancel my order #1047',
      'I no longer want order #1047, can you stop it?',
      'Cancel order 1047 please',
      'I changed my mind, please do not send order #1047',
    ],
  },
  damaged_item: {
    top: 'starter.damaged.photos',
    texts: [
      'The throw arrived torn, order #1047',
      'My item came damaged.',
      'One of the cushion covers was ripped when it arrived.',
      'Order #1047 arrived broken',
    ],
  },
  return_request: {
    top: 'starter.return.how-to',
    texts: [
      'How do I return the throw from order #1047?',
      'I would like to send back my order.',
      'Can I return an item I bought last week?',
    ],
  },
};

const templates = templatesFromPack(STARTER_PACK);

async function topFor(text: string) {
  const customer = { name: 'Emma Schneider', email: 'emma.schneider@example.com' };
  const ticket = buildTicket({
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/paraphrase',
    subject: 'Question',
    customer,
    messages: [{ author: customer, role: 'customer', text }],
    confidence: 1,
  });
  const orders = await demoConnector.findOrders(
    { platform: 'demo' },
    { email: customer.email, orderRefs: ticket.entities.orderRefs },
    { fetch },
  );
  return suggestReplies({ ticket, orders, templates, shop: DEFAULT_SHOP_FACTS, agent: DEFAULT_AGENT }).suggestions[0]?.template.id;
}

describe('paraphrases of one request get the same top suggestion', () => {
  // The demo parcel is in transit until 2026-11-26: fix the clock so "late" does not depend on the day.
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
  });
  afterAll(() => vi.useRealTimers());

  it.each(Object.entries(PARAPHRASES))('%s', async (_intent, { top, texts }) => {
    for (const text of texts) expect([text, await topFor(text)]).toEqual([text, top]);
  });
});
