import { describe, expect, it } from 'vitest';
import { DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { STARTER_PACK } from '@/lib/templates/starter-pack';
import { templatesFromPack } from '@/lib/suggest/pack-templates';
import { RELEVANCE_FLOOR, suggestReplies } from '@/lib/suggest/suggest';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';

const templates = templatesFromPack(STARTER_PACK);
const agent = { name: 'Ines' };
const older = orderShaped('delivered', '#2990', '2026-10-02T08:00:00Z');
const newer = orderShaped('in-transit', '#3107', '2026-11-19T12:00:00Z');

describe('suggestReplies', () => {
  it('picks the referenced order and renders the replies with its facts', () => {
    const ticket = ticketSaying('Hi, where is my order #3107? It has not arrived yet. Thanks, Jonas', { orderRefs: ['#3107'] });
    const result = suggestReplies({ ticket, orders: [older, newer], templates, shop: DEFAULT_SHOP_FACTS, agent });
    expect(result.intent.intent).toBe('where_is_my_order');
    expect(result.order?.number).toBe('#3107');
    const [top] = result.suggestions;
    expect(top?.template.intents).toContain('where_is_my_order');
    expect(top?.rendered.error).toBeNull();
    expect(top?.rendered.gaps).toEqual([]);
    expect(top?.rendered.text).toContain('#3107');
    expect(top?.rendered.text).toContain('JJD000390007788123');
    expect(top?.rendered.text).toContain('Ines');
  });

  it('uses the newest order when the ticket names none, and honours the limit', () => {
    const result = suggestReplies({
      ticket: ticketSaying('I would like to return the jug.'),
      orders: [older, newer],
      templates,
      shop: DEFAULT_SHOP_FACTS,
      agent,
      limit: 2,
    });
    expect(result.order?.number).toBe('#3107');
    expect(result.suggestions).toHaveLength(2);
    expect(result.suggestions[0]!.score).toBeGreaterThanOrEqual(result.suggestions[1]!.score);
  });

  it('leaves out replies to other requests when the request is clear', () => {
    const ticket = ticketSaying('Hi, where is my order #3107? It has not arrived yet. Thanks, Jonas', { orderRefs: ['#3107'] });
    const result = suggestReplies({ ticket, orders: [newer], templates, shop: DEFAULT_SHOP_FACTS, agent });
    const best = result.suggestions[0]!.score;
    for (const suggestion of result.suggestions) expect(suggestion.score).toBeGreaterThanOrEqual(best * RELEVANCE_FLOOR);
    expect(result.suggestions.every((s) => s.template.intents.includes('where_is_my_order'))).toBe(true);
  });

  it('classifies the subject when no customer has written', () => {
    const ticket = { ...ticketSaying('unused'), subject: 'Please cancel my order', latestCustomerMessage: null };
    expect(suggestReplies({ ticket, orders: [], templates, shop: DEFAULT_SHOP_FACTS, agent }).intent.intent).toBe('cancel_order');
  });

  it('with no order, suggests the reply asking for the order number and leaves no silent blanks', () => {
    const result = suggestReplies({ ticket: ticketSaying('Where is my order?'), orders: [], templates, shop: DEFAULT_SHOP_FACTS, agent });
    expect(result.order).toBeNull();
    expect(result.suggestions[0]!.template.tags).toContain('no-order');
    for (const { rendered } of result.suggestions) expect(rendered.text).not.toMatch(/\{\{|\}\}/);
  });

  // CPU time, not the wall clock: on a loaded machine the wait for a core is not the work.
  it('takes a few milliseconds of CPU once the index is built', () => {
    const ticket = ticketSaying(
      'Hello,\n\nmy parcel with the enamel jug has not arrived and the tracking has not moved for days.\n\nThanks, Jonas',
    );
    const input = { ticket, orders: [older, newer], templates, shop: DEFAULT_SHOP_FACTS, agent };
    suggestReplies(input);
    const timings = Array.from({ length: 30 }, () => {
      const start = process.cpuUsage();
      suggestReplies(input);
      const spent = process.cpuUsage(start);
      return (spent.user + spent.system) / 1000;
    }).sort((a, b) => a - b);
    expect(timings[15]).toBeLessThan(30);
  });

  it('gives one group per request, in order, each topped by a reply to that request', () => {
    const text =
      'Hello, I would like to return the jug, it is not what I expected. Also, could you send me an invoice for my company?\n\nThanks, Jonas';
    const result = suggestReplies({ ticket: ticketSaying(text), orders: [older], templates, shop: DEFAULT_SHOP_FACTS, agent });
    expect(result.groups.map((g) => g.request.intent)).toEqual(['return_request', 'invoice']);
    expect(result.groups[0]!.suggestions[0]!.template.intents).toContain('return_request');
    expect(result.groups[1]!.suggestions[0]!.template.intents).toContain('invoice');
    expect(result.groups[1]!.request.text).toContain('invoice');
    expect(result.suggestions).toEqual(result.groups[0]!.suggestions);
    const ids = result.groups.flatMap((g) => g.suggestions.map((s) => s.template.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows a reply that answers two requests once, saying so', () => {
    const both = {
      ...templates[0]!,
      id: 'team.return-and-invoice',
      title: 'Return label and invoice',
      intents: ['return_request', 'invoice'] as const,
      body: 'Here is your return label, and your invoice is attached.',
    };
    const text = 'I would like to return the jug. Also, could you send me an invoice?';
    const result = suggestReplies({
      ticket: ticketSaying(text),
      orders: [older],
      templates: [...templates, { ...both, intents: [...both.intents] }],
      shop: DEFAULT_SHOP_FACTS,
      agent,
    });
    const shownBoth = result.groups.flatMap((g) => g.suggestions).filter((s) => s.template.id === 'team.return-and-invoice');
    expect(shownBoth).toHaveLength(1);
    expect(shownBoth[0]!.answers).toEqual(['return_request', 'invoice']);
    // One reply that leaves nothing unanswered is what "insert the top suggestion" should insert.
    expect(result.suggestions[0]!.template.id).toBe('team.return-and-invoice');
  });

  it("puts the lead request's group first when the customer asks a side question before it", () => {
    const text = 'Could you send me an invoice? More importantly, I would like to return the jug, it is not what I expected.';
    const result = suggestReplies({ ticket: ticketSaying(text), orders: [older], templates, shop: DEFAULT_SHOP_FACTS, agent });
    expect(result.intent.intent).toBe('return_request');
    expect(result.groups.map((g) => g.request.intent)).toEqual(['return_request', 'invoice']);
    expect(result.groups[1]!.request.text).toContain('invoice');
    // What the keyboard shortcut inserts and records.
    expect(result.suggestions).toBe(result.groups[0]!.suggestions);
    expect(result.suggestions[0]!.template.intents).toContain('return_request');
    expect(result.suggestions[0]!.answers[0]).toBe('return_request');
  });

  it('tops the lead group with a reply answering every request, listing the lead request first', () => {
    const both = {
      ...templates[0]!,
      id: 'team.invoice-and-return',
      title: 'Invoice and return label',
      intents: ['invoice' as const, 'return_request' as const],
      body: 'Your invoice is attached, and here is your return label.',
    };
    const text = 'Could you send me an invoice? More importantly, I would like to return the jug, it is not what I expected.';
    const result = suggestReplies({
      ticket: ticketSaying(text),
      orders: [older],
      templates: [...templates, both],
      shop: DEFAULT_SHOP_FACTS,
      agent,
    });
    const shown = result.groups.flatMap((g) => g.suggestions.filter((s) => s.template.id === both.id).map(() => g.request.intent));
    expect(shown).toEqual(['return_request']);
    expect(result.suggestions[0]!.template.id).toBe(both.id);
    expect(result.suggestions[0]!.answers).toEqual(['return_request', 'invoice']);
  });
});
