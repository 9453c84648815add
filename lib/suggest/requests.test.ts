import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { findRequests, type IntentReading, MIN_ASKING_CONFIDENCE, MIN_REQUEST_CONFIDENCE } from '@/lib/suggest/requests';

const requestsOf = (text: string) => classifyIntent(text).requests.map((r) => [r.intent, text.slice(r.start, r.end)]);

describe('every request in the message', () => {
  it('finds two requests in order, with the text that asks each', () => {
    const text =
      'Hello, I want to return the boots, they pinch. And please send the new pair to my office address: 4 Canal Street, Manchester.\n\nCheers, Dan';
    const result = classifyIntent(text);
    expect(result.requests.map((r) => r.intent)).toEqual(['return_request', 'address_change']);
    expect(result.intent).toBe('return_request');
    expect(result.confidence).toBe(result.requests[0]!.confidence);
    expect(requestsOf(text)[0]![1]).toContain('I want to return the boots');
  });

  it('merges neighbouring clauses that ask the same thing', () => {
    const text = 'Where is my parcel? The tracking has not moved for a week. Can you check?';
    expect(classifyIntent(text).requests.map((r) => r.intent)).toEqual(['where_is_my_order']);
  });

  it('reads requests in German, French, Spanish, Korean and Japanese', () => {
    expect(
      classifyIntent('Bitte stornieren Sie meine Bestellung. Außerdem brauche ich eine Rechnung.').requests.map((r) => r.intent),
    ).toEqual(['cancel_order', 'invoice']);
    expect(
      classifyIntent("Je voudrais retourner le pull. Par ailleurs, pouvez-vous m'envoyer la facture ?").requests.map((r) => r.intent),
    ).toEqual(['return_request', 'invoice']);
    expect(
      classifyIntent('¿Dónde está mi pedido? Además, quiero hablar con una persona por teléfono.').requests.map((r) => r.intent),
    ).toEqual(['where_is_my_order', 'contact_request']);
    expect(classifyIntent('결제가 두 번 됐어요.').intent).toBe('payment_issue');
    expect(classifyIntent('注文をキャンセルしたいです。').intent).toBe('cancel_order');
  });

  it('always gives at least one request, spanning the message when no clause asks', () => {
    const text = 'Thanks!';
    const { requests } = classifyIntent(text);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.start).toBe(0);
    expect(requests[0]!.end).toBe(text.length);
    expect(classifyIntent('').requests).toEqual([expect.objectContaining({ intent: 'other', start: 0, end: 0 })]);
  });

  it('a bare order number is not a request of its own', () => {
    expect(classifyIntent('wheres my stuff?? order #1047').requests.map((r) => r.intent)).toEqual(['where_is_my_order']);
  });

  it('reads an ask that names nothing together with the sentence before it', () => {
    // A stand-in model: the ask alone names nothing; with the tracking sentence it asks where the order is.
    const read = (_: LinearModel, text: string): IntentReading => {
      if (text.includes('cancel')) return { intent: 'cancel_order', confidence: 0.9, ranking: [] };
      if (text.includes('tracking') && text.includes('Any idea')) return { intent: 'where_is_my_order', confidence: 0.9, ranking: [] };
      return { intent: 'other', confidence: 0.9, ranking: [] };
    };
    const text = 'The tracking has not moved since Monday. Any idea what is going on? If it is lost, please cancel it.';
    const requests = findRequests({} as LinearModel, text, read).map((r) => [r.intent, text.slice(r.start, r.end)]);
    expect(requests).toEqual([
      ['where_is_my_order', 'The tracking has not moved since Monday. Any idea what is going on?'],
      ['cancel_order', 'If it is lost, please cancel it.'],
    ]);
  });

  it('a greeting cut off by a dash is no request of its own', () => {
    const text = 'Hi there - do you offer next day delivery to Northern Ireland?';
    const spans = classifyIntent(text).requests.map((r) => text.slice(r.start, r.end));
    expect(spans).not.toContain('Hi there');
    expect(classifyIntent(text).intent).toBe('shipping_question');
  });

  it('counts a clause that asks as a request at a lower confidence than one that only tells', () => {
    // A stand-in model: both later clauses are read as payment_issue at 0.47, between the two floors.
    const read = (_: LinearModel, text: string): IntentReading => {
      if (text.includes('cancel')) return { intent: 'cancel_order', confidence: 0.9, ranking: [] };
      if (text.includes('charged')) return { intent: 'payment_issue', confidence: 0.47, ranking: [] };
      return { intent: 'other', confidence: 0.9, ranking: [] };
    };
    expect(MIN_ASKING_CONFIDENCE).toBeLessThan(0.47);
    expect(MIN_REQUEST_CONFIDENCE).toBeGreaterThan(0.47);
    const intents = (text: string) => findRequests({} as LinearModel, text, read).map((r) => r.intent);
    expect(intents('Please cancel order 81123. Can you confirm I was charged only once?')).toEqual(['cancel_order', 'payment_issue']);
    expect(intents('Please cancel order 81123. I was charged only once, it seems.')).toEqual(['cancel_order']);
  });

  it('a clause that takes an ask back is no request, and withdraws the earlier one it names', () => {
    // A stand-in model reading by keyword, so only the rule is under test.
    const read = (_: LinearModel, text: string): IntentReading => {
      if (/cancel/i.test(text)) return { intent: 'cancel_order', confidence: 0.95, ranking: [] };
      if (/pick-up|locker/.test(text)) return { intent: 'modify_order', confidence: 0.8, ranking: [] };
      return { intent: 'other', confidence: 0.9, ranking: [] };
    };
    const intents = (text: string) => findRequests({} as LinearModel, text, read).map((r) => r.intent);
    expect(intents("Please cancel order 5521. Actually, don't cancel it! Could it go to the locker on Elm Road instead?")).toEqual([
      'modify_order',
    ]);
    expect(intents('Please cancel order 5521. Could it go to the locker on Elm Road instead?')).toEqual(['cancel_order', 'modify_order']);
  });

  it('a take-back that names nothing is named by the story after it, which is no request; an ask after it still is', () => {
    // A stand-in model: the take-back reads as nothing, the story as a missing parcel.
    const read = (_: LinearModel, text: string): IntentReading => {
      if (/recycling/.test(text)) return { intent: 'missing_item', confidence: 0.9, ranking: [] };
      if (/size/.test(text)) return { intent: 'modify_order', confidence: 0.9, ranking: [] };
      return { intent: 'other', confidence: 0.9, ranking: [] };
    };
    const intents = (text: string) => findRequests({} as LinearModel, text, read).map((r) => r.intent);
    expect(intents('Please ignore my last email. It was in the recycling box all along. The hoodie: can it be size L?')).toEqual([
      'modify_order',
    ]);
    expect(intents('Please ignore my last email. Can you check the recycling box photo? Can it be size L?')).toEqual([
      'missing_item',
      'modify_order',
    ]);
  });

  it('a clause that tells a fault is a damaged_item request, however unsure the model reads it', () => {
    // A stand-in model that reads every clause as an unsure "other", damaged_item far behind.
    const read = (_: LinearModel, text: string): IntentReading => {
      const ranking = [
        { intent: 'other' as const, score: 0.6 },
        { intent: /swap|tauschen/.test(text) ? ('exchange' as const) : ('product_question' as const), score: 0.3 },
        { intent: 'damaged_item' as const, score: 0.1 },
      ];
      return { intent: 'other', confidence: 0.6, ranking };
    };
    const found = (text: string) =>
      findRequests({} as LinearModel, text, read).map((r) => [r.intent, r.confidence, text.slice(r.start, r.end)]);
    expect(found('Our kettle has been leaking since Tuesday. Thanks for any help.')).toEqual([
      ['damaged_item', 0.6, 'Our kettle has been leaking since Tuesday.'],
    ]);
    expect(found('Der Wasserkocher ist seit gestern undicht. Danke im Voraus.')[0]?.[0]).toBe('damaged_item');
    // No fault told: the unsure clauses stay no request, and the whole message is read instead.
    expect(found('Our kettle arrived on Tuesday. Thanks for any help.')).toEqual([
      ['other', 0.6, 'Our kettle arrived on Tuesday. Thanks for any help.'],
    ]);
  });
});
