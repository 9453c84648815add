/**
 * What the editor's preview renders against. The options page has no open ticket, so it uses a
 * sample: Emma Schneider asking about order #1047 in the demo store (UPS, in transit), with the
 * shop facts and agent name from these settings. The UI says so next to the preview.
 */
import { demoStoreOrders } from '@/lib/connectors/demo-store/load';
import type { Agent, ShopFacts } from '@/lib/schemas/settings';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import { buildTemplateVariables, type TemplateScope } from '@/lib/templates/variables';

export const SAMPLE_ORDER_NUMBER = '#1047';
const SAMPLE_MESSAGE = 'Hi, I ordered a throw and two cushion covers last week (#1047). Could you tell me when they will arrive?';

export const SAMPLE_TICKET: Ticket = {
  site: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/sample',
  subject: 'Where is my order #1047?',
  customer: { name: 'Emma Schneider', email: 'emma.schneider@example.com' },
  messages: [
    {
      author: { name: 'Emma Schneider', email: 'emma.schneider@example.com' },
      role: 'customer',
      text: SAMPLE_MESSAGE,
      visibleText: SAMPLE_MESSAGE,
    },
  ],
  latestCustomerMessage: SAMPLE_MESSAGE,
  entities: { orderRefs: [SAMPLE_ORDER_NUMBER], trackingRefs: [], emails: [] },
  language: 'en',
  source: { adapter: 'gmail', confidence: 1 },
};

/** The sample scope; `language` follows the template's, so dates and statuses read as the reply will. */
export function sampleScope(shop: ShopFacts | undefined, agent: Agent | undefined, language: string): TemplateScope {
  const order = demoStoreOrders().find((o) => o.number === SAMPLE_ORDER_NUMBER) ?? null;
  return buildTemplateVariables({ ticket: SAMPLE_TICKET, order, shop, agent, language });
}

/** The open ticket and its order, when the library is used from the panel. */
export interface PreviewContext {
  ticket: Ticket;
  order: Order | null;
}

/** The preview's scope: the open ticket when there is one, else the sample. */
export function previewScope(
  context: PreviewContext | undefined,
  shop: ShopFacts | undefined,
  agent: Agent | undefined,
  language: string,
): TemplateScope {
  if (!context) return sampleScope(shop, agent, language);
  return buildTemplateVariables({ ticket: context.ticket, order: context.order, shop, agent, language });
}
