import { describe, expect, it } from 'vitest';
import { INTENTS, type Intent } from '@/lib/schemas/template';
import type { IntentResult } from '@/lib/suggest/classify';
import { problemRequestOf, requestIntents } from '@/lib/triage/weigh-requests';

const request = (intent: Intent, confidence: number, start: number) => ({ intent, confidence, ranking: [], start, end: start + 10 });
/** A reading whose lead (`intent`) need not be the first request in the text. */
const reading = (lead: Intent, ...requests: ReturnType<typeof request>[]): IntentResult => {
  const top = requests.find((r) => r.intent === lead)!;
  return { intent: lead, confidence: top.confidence, ranking: [], requests };
};

describe('the problem request, numbered as the panel numbers its groups (lead first)', () => {
  it('is the lead when the lead reports a problem', () => {
    expect(problemRequestOf(reading('refund', request('refund', 0.95, 0), request('missing_item', 0.9, 20)), false)).toEqual({
      intent: 'refund',
      request: 1,
    });
  });
  it('counts a problem asked before a lead that is not one as group 2', () => {
    const venting = reading('pre_sale_question', request('wrong_item', 0.8, 0), request('pre_sale_question', 0.9, 20));
    expect(problemRequestOf(venting, false)).toEqual({ intent: 'wrong_item', request: 2 });
  });
  it('an unsure problem request does not count against thanks or pre-sale wording; a sure one does', () => {
    const unsure = reading('feedback', request('feedback', 0.9, 0), request('damaged_item', 0.6, 20));
    expect(problemRequestOf(unsure, true)).toBeNull();
    expect(problemRequestOf(unsure, false)).toEqual({ intent: 'damaged_item', request: 2 });
    const sure = reading('feedback', request('feedback', 0.9, 0), request('damaged_item', 0.95, 20));
    expect(problemRequestOf(sure, true)).toEqual({ intent: 'damaged_item', request: 2 });
  });
  it('is null when no request reports a problem', () => {
    expect(
      problemRequestOf(reading('product_question', request('product_question', 0.9, 0), request('account', 0.8, 20)), false),
    ).toBeNull();
  });
  it('lists every intent once, lead first', () => {
    expect(requestIntents(reading('refund', request('complaint', 0.7, 0), request('refund', 0.9, 20)))).toEqual(['refund', 'complaint']);
  });
});

describe('which intents report a problem with an order', () => {
  it('is decided for every intent of the taxonomy: the order-trouble ones count, questions and thanks do not', () => {
    const problems = INTENTS.filter((intent) => problemRequestOf(reading(intent, request(intent, 0.95, 0)), false) !== null);
    expect(problems).toEqual(expect.arrayContaining(['where_is_my_order', 'damaged_item', 'refund', 'invoice', 'complaint']));
    for (const question of ['shipping_question', 'product_question', 'pre_sale_question', 'feedback', 'account', 'other'] as const) {
      expect(problems).not.toContain(question);
    }
    expect(problems).toHaveLength(13);
  });
});
