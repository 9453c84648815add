import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { askedSituation } from '@/lib/suggest/told-situation';

const intents = (text: string) => classifyIntent(text).requests.map((r) => r.intent);

/** Session 19, from held-out 18's class: a second ask inside an "also" clause was read with the request before it and lost. */
describe('withAskedBefore: an "also" clause asking a situation of its own', () => {
  it.each([
    [
      'I placed an order an hour ago for the wrong ink. Please cancel it before it goes out. Also which cartridges do I need for the 6950, so I can reorder the right ones?',
      'cancel_order',
    ],
    ['Hi, please cancel order 4471, I picked the wrong model. Also, do you sell the matching lid?', 'cancel_order'],
  ])('%j keeps the pre-sale ask as a second request', (text, lead) => {
    expect(classifyIntent(text).intent).toBe(lead);
    expect(intents(text)).toContain('pre_sale_question');
  });

  it('still reads an ask that names nothing with the sentence before it', () => {
    // "Also, any idea when?" names no situation: it asks about the late parcel before it, one request.
    expect(intents('My parcel 5521 has not arrived after two weeks. Also, any idea when?')).toEqual(['where_is_my_order']);
  });
});

describe('askedSituation', () => {
  it('names only a situation the clause asks (an askedOnly row), not one it tells', () => {
    expect(askedSituation('Also, do you sell the matching lid?')).toBe('pre_sale_question');
    // Customs fees are told as much as asked (dutiesCollected counts in a story too): no asked situation.
    expect(askedSituation('Y a-t-il des frais de douane ?')).toBeUndefined();
  });
});
