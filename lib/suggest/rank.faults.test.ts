/**
 * Ranking under the worst inputs: a 750 KB long-quote email, a 100,000-character single word, a
 * message at the largest size a ticket keeps, and each stage failing in turn. The result is
 * asserted, not the time (the time is a bench row: tests/bench/rank-whole-messages.ts).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as classify from '@/lib/suggest/classify';
import * as orderState from '@/lib/suggest/order-state';
import { DEFAULT_AGENT, DEFAULT_SHOP_FACTS } from '@/lib/schemas/settings';
import { rankWithOutcome } from '@/lib/suggest/rank';
import { suggestReplies } from '@/lib/suggest/suggest';
import { TemplateSearch } from '@/lib/suggest/template-index';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';
import { largeLibrary, longQuoteEmail } from '@/lib/suggest/testing/large-library';

const library = largeLibrary();

afterEach(() => vi.restoreAllMocks());

describe('ranking the worst messages', () => {
  it('ranks the 750 KB long-quote email by its request', () => {
    const text = longQuoteEmail();
    expect(text.length).toBeGreaterThan(740_000);
    const { ranked, intent, degraded } = rankWithOutcome({ ticket: ticketSaying(text), templates: library, order: orderShaped('in-transit'), limit: 3 });
    expect(degraded).toEqual([]);
    expect(intent.intent).toBe('where_is_my_order');
    expect(ranked).toHaveLength(3);
    expect(ranked[0]!.template.intents).toContain('where_is_my_order');
  });

  it('ranks a 100,000-character single word without throwing', () => {
    const { ranked, degraded } = rankWithOutcome({ ticket: ticketSaying('a'.repeat(100_000)), templates: library, order: null, limit: 3 });
    expect(degraded).toEqual([]);
    expect(ranked).toHaveLength(3);
  });

  it('ranks a message at the largest size a ticket keeps (1,000,000 characters)', () => {
    const text = `My mug arrived broken, the handle snapped off. ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(17_600)}`.slice(0, 1_000_000);
    const { ranked } = rankWithOutcome({ ticket: ticketSaying(text), templates: library, order: orderShaped('delivered'), limit: 3 });
    expect(ranked[0]!.template.intents).toContain('damaged_item');
  });
});

describe('a failing stage degrades the ranking and says so, never empties it', () => {
  const input = () => ({ ticket: ticketSaying('The mug arrived broken.'), orders: [orderShaped('delivered')], templates: library, shop: DEFAULT_SHOP_FACTS, agent: DEFAULT_AGENT });
  const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

  it('search', () => {
    quiet();
    vi.spyOn(TemplateSearch.prototype, 'similarity').mockImplementation(() => {
      throw new RangeError('Invalid typed array length');
    });
    const result = suggestReplies(input());
    expect(result.degraded).toEqual(['search']);
    expect(result.suggestions[0]!.template.intents).toContain('damaged_item');
  });

  it('intent', () => {
    quiet();
    vi.spyOn(classify, 'classifyIntent').mockImplementation(() => {
      throw new Error('model failed to load');
    });
    const result = suggestReplies(input());
    expect(result.degraded).toEqual(['intent']);
    expect(result.intent.intent).toBe('other');
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('order state', () => {
    quiet();
    vi.spyOn(orderState, 'orderStateTags').mockImplementation(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'some')");
    });
    const result = suggestReplies(input());
    expect(result.degraded).toEqual(['order-state']);
    expect(result.suggestions[0]!.template.intents).toContain('damaged_item');
  });
});
