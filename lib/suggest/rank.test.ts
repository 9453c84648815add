import { describe, expect, it } from 'vitest';
import { TemplateSchema, type Template } from '@/lib/schemas/template';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { rankTemplates } from '@/lib/suggest/rank';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';

function template(id: string, fields: Partial<Template> & Pick<Template, 'intents'>): Template {
  return TemplateSchema.parse({
    id,
    title: id,
    body: `Reply ${id} about {{ order.number }}.`,
    language: 'en',
    sites: [],
    tags: [],
    locallyModified: false,
    updatedAt: '2026-11-01T00:00:00Z',
    usageCount: 0,
    ...fields,
  });
}

const TEMPLATES: Template[] = [
  template('wismo.tracking', { title: 'Where is my order: on its way', intents: ['where_is_my_order'], tags: ['has-tracking'] }),
  template('wismo.not-shipped', {
    title: 'Where is my order: not shipped yet',
    intents: ['where_is_my_order'],
    tags: ['no-tracking', 'not-shipped'],
  }),
  template('wismo.delivered', {
    title: 'Marked delivered, not received',
    intents: ['where_is_my_order'],
    tags: ['has-tracking', 'delivered'],
  }),
  template('wismo.multi', { title: 'Sent in several packages', intents: ['where_is_my_order'], tags: ['has-tracking', 'multi-package'] }),
  template('wismo.amazon', {
    title: 'Where is my order (Amazon)',
    intents: ['where_is_my_order'],
    tags: ['has-tracking', 'amazon-safe'],
    sites: ['amazon-seller-central'],
  }),
  template('wismo.de', { title: 'Wo ist meine Bestellung', intents: ['where_is_my_order'], tags: ['has-tracking'], language: 'de' }),
  template('return.general', { title: 'How to return an item', intents: ['return_request'] }),
  template('return.amazon', { title: 'How to return an item (Amazon)', intents: ['return_request'], sites: ['amazon-seller-central'] }),
  template('cancel.not-shipped', { title: 'Cancel before dispatch', intents: ['cancel_order'], tags: ['not-shipped'] }),
  template('cancel.shipped', { title: 'Cancel after dispatch', intents: ['cancel_order'], tags: ['has-tracking'] }),
];

const WISMO = 'Hi, where is my order? It has not arrived yet. Thanks, Jonas';
const topId =
  (...args: Parameters<typeof ticketSaying>) =>
  (order: Parameters<typeof rankTemplates>[0]['order'], templates = TEMPLATES) =>
    rankTemplates({ ticket: ticketSaying(...args), templates, order })[0]?.template.id;

describe('rankTemplates: site rules', () => {
  it('puts the Amazon variant above the general one on Amazon', () => {
    expect(topId(WISMO, { site: 'amazon-seller-central' })(orderShaped('in-transit'))).toBe('wismo.amazon');
    expect(topId('I would like to return the jug please', { site: 'amazon-seller-central' })(orderShaped('delivered'))).toBe(
      'return.amazon',
    );
  });

  it('never shows a site-specific template on another site', () => {
    for (const site of ['gmail', 'zendesk', 'generic'] as const) {
      const ranked = rankTemplates({ ticket: ticketSaying(WISMO, { site }), templates: TEMPLATES, order: orderShaped('in-transit') });
      expect(ranked.map((r) => r.template.id)).not.toContain('wismo.amazon');
      expect(ranked.map((r) => r.template.id)).not.toContain('return.amazon');
    }
  });
});

describe('rankTemplates: replies that would be wrong are not offered', () => {
  const ids = (
    text: string,
    order: Parameters<typeof rankTemplates>[0]['order'],
    site: 'gmail' | 'amazon-seller-central' = 'gmail',
    templates = TEMPLATES,
  ) => rankTemplates({ ticket: ticketSaying(text, { site }), templates, order }).map((r) => r.template.id);

  it('drops a template whose order-state tags do not hold for the order', () => {
    const single = ids(WISMO, orderShaped('in-transit'));
    expect(single).not.toContain('wismo.multi');
    expect(single).not.toContain('wismo.not-shipped');
    expect(ids(WISMO, orderShaped('multi-package'))).toContain('wismo.multi');
  });

  it('drops a general template that breaks Amazon messaging rules on Amazon only', () => {
    const withLink = [...TEMPLATES, template('wismo.link', { intents: ['where_is_my_order'], body: 'Track it: {{ order.tracking_url }}' })];
    expect(ids(WISMO, orderShaped('in-transit'), 'amazon-seller-central', withLink)).not.toContain('wismo.link');
    expect(ids(WISMO, orderShaped('in-transit'), 'gmail', withLink)).toContain('wismo.link');
  });
});

describe('rankTemplates: language', () => {
  it("prefers the template in the ticket's language", () => {
    expect(topId('Wo ist meine Bestellung? Sie ist noch nicht angekommen.', { language: 'de' })(orderShaped('in-transit'))).toBe(
      'wismo.de',
    );
    expect(topId(WISMO, { language: 'en' })(orderShaped('in-transit'))).toBe('wismo.tracking');
  });

  it('never offers the copy in another language of a reply the ticket language has', () => {
    const ids = rankTemplates({
      ticket: ticketSaying(WISMO, { language: 'en' }),
      templates: TEMPLATES,
      order: orderShaped('in-transit'),
    }).map((r) => r.template.id);
    expect(ids).toContain('wismo.tracking');
    expect(ids).not.toContain('wismo.de');
  });

  it('still prefers the right intent in another language over the wrong intent in the same language', () => {
    expect(topId('Ich möchte den Artikel zurücksenden.', { language: 'de' })(orderShaped('delivered'))).toBe('return.general');
  });
});

describe('rankTemplates: order state', () => {
  it.each([
    ['in-transit', 'wismo.tracking'],
    ['not-shipped', 'wismo.not-shipped'],
    ['delivered', 'wismo.delivered'],
    ['multi-package', 'wismo.multi'],
  ] as const)('a %s order gets %s', (shape, expected) => {
    expect(topId(WISMO)(orderShaped(shape))).toBe(expected);
  });

  it('offers cancellation before dispatch only while the order has not shipped', () => {
    expect(topId('Please cancel my order.')(orderShaped('not-shipped'))).toBe('cancel.not-shipped');
    expect(topId('Please cancel my order.')(orderShaped('in-transit'))).toBe('cancel.shipped');
  });
});

describe('rankTemplates: usage and determinism', () => {
  it('lets team usage break a near-tie but not override the intent', () => {
    const used = TEMPLATES.map((t) => (t.id === 'wismo.multi' || t.id === 'return.general' ? { ...t, usageCount: 500 } : t));
    const ticket = ticketSaying(WISMO);
    const order = orderShaped('in-transit');
    const ranked = rankTemplates({ ticket, templates: used, order });
    expect(ranked[0]!.template.id).toBe('wismo.tracking');
    const delta = (id: string) => ranked.find((r) => r.template.id === id)!.parts.usage;
    expect(delta('return.general')).toBe(1);
  });

  it('gives the same order for the same input, whatever order the templates come in', () => {
    const ticket = ticketSaying(WISMO);
    const order = orderShaped('in-transit');
    const forward = rankTemplates({ ticket, templates: TEMPLATES, order }).map((r) => r.template.id);
    const backward = rankTemplates({ ticket, templates: [...TEMPLATES].reverse(), order }).map((r) => r.template.id);
    expect(backward).toEqual(forward);
  });
});

describe('rankTemplates: paraphrase stability (starter pack)', () => {
  const starter = templatesFromPack(STARTER_PACK);
  const PARAPHRASES: Record<string, { shape: Parameters<typeof orderShaped>[0]; texts: string[] }> = {
    where_is_my_order: {
      shape: 'in-transit',
      texts: [
        'Where is my order?',
        'My parcel still has not arrived, can you check where it is?',
        'Hi,\n\nany news on my delivery? Order #3107 was placed a week ago.\n\nThanks, Jonas',
        'when will my package get here',
        'I am still waiting for my order to arrive.',
      ],
    },
    return_request: {
      shape: 'delivered',
      texts: [
        'I would like to return the jug.',
        'How do I send the tea towels back?',
        'Hello, the jug is not what I expected, I want to return it. Regards, Jonas',
        'can i return my order',
      ],
    },
    damaged_item: {
      shape: 'delivered',
      texts: [
        'The jug arrived broken.',
        'My order came damaged, the jug is cracked.',
        'Hi, the enamel jug was chipped when I opened the parcel. Thanks',
        'the item is defective',
      ],
    },
    cancel_order: {
      shape: 'not-shipped',
      texts: [
        'Please cancel my order.',
        'I want to cancel order #3107.',
        'Hi, I ordered by mistake, can you cancel it before it ships?',
        'cancel my purchase please',
      ],
    },
    refund: {
      shape: 'delivered',
      texts: [
        'My refund still has not shown up on my card.',
        'I am still waiting for my money back.',
        'Hello, I returned the jug two weeks ago and have not been refunded yet.',
        'where is my refund',
      ],
    },
  };

  it.each(Object.entries(PARAPHRASES))('paraphrases of %s share one top suggestion of that intent', (intent, { shape, texts }) => {
    const order = orderShaped(shape);
    const tops = texts.map((text) => rankTemplates({ ticket: ticketSaying(text), templates: starter, order })[0]!.template);
    expect(new Set(tops.map((t) => t.id)).size).toBe(1);
    expect(tops[0]!.intents).toContain(intent);
  });
});
