import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import type { Clause } from '@/lib/suggest/segment';
import { reading } from '@/lib/suggest/testing/sure-reading';
import { asToldRemedy, readAsTold } from '@/lib/suggest/told-situation';

describe('readAsTold: the clause read as the situation it tells', () => {
  it('a weak reading of a told situation becomes its request', () => {
    expect(readAsTold('The parcel is meant for someone else.', reading('other', 0.4), false)?.intent).toBe('wrong_item');
  });

  it('a sure reading the situation is mistaken for is turned; a sure reading of anything else is kept', () => {
    const label = readAsTold('It has your return label but is not addressed to me.', reading('return_request', 0.9), true);
    expect(label?.intent).toBe('wrong_item');
    expect(label?.confidence).toBe(0.9);
    // A double charge is chargedUnasked's own payment_issue (session 23): kept as it is, never turned into the wrong parcel.
    expect(
      readAsTold('Someone else’s parcel came, and I was charged twice.', reading('payment_issue', 0.9), true)?.intent ?? 'payment_issue',
    ).toBe('payment_issue');
  });

  it('a parcel itself missing, read surely as late, stays late; a missing part read weakly is missing_item', () => {
    expect(readAsTold('My whole parcel is missing.', reading('where_is_my_order', 0.9), true)).toBeUndefined();
    expect(readAsTold('Two screws are missing.', reading('product_question', 0.3), false)?.intent).toBe('missing_item');
  });

  it('a forgotten subscription read weakly as its money back keeps that reading as a request', () => {
    const paid = readAsTold('please end my subscription and pay back the months I never wanted', reading('refund', 0.3), false);
    expect(paid?.intent).toBe('refund');
    expect(readAsTold('please cancel my subscription', reading('other', 0.3), false)?.intent).toBe('cancel_order');
  });

  it('an account asked closed, read surely as a complaint, is account; a sure cancel of the subscription in it stays', () => {
    expect(readAsTold('また、母の会員登録も削除していただきたく存じます。', reading('complaint', 0.6), true)?.intent).toBe('account');
    expect(readAsTold('Please cancel my subscription and close my account.', reading('cancel_order', 0.9), true)?.intent).toBe(
      'cancel_order',
    );
  });

  it('a call asked so as to order by phone stays contact_request; a payment problem told before ordering by phone is its story', () => {
    const call = "Quelqu'un pourrait-il m'appeler pour que je passe commande par téléphone ?";
    expect(readAsTold(call, reading('contact_request', 0.99), true)).toBeUndefined();
    const clauses = [
      { text: 'The "Continue to payment" button is not labelled for my screen reader.', start: 0, end: 70 },
      { text: 'Can I order by phone instead?', start: 71, end: 100 },
    ];
    const told = asToldRemedy(clauses, [
      { ...reading('payment_issue', 0.64), start: 0, end: 70 },
      { ...reading('pre_sale_question', 0.7), start: 71, end: 100 },
    ]);
    expect(told.map((r) => r.intent)).toEqual(['pre_sale_question']);
  });

  it('the delivery address told after an order never placed is its detail; the money taken read as a payment problem stays', () => {
    const clauses = [
      { text: 'I got a confirmation for order 88410 that I did NOT place.', start: 0, end: 58 },
      { text: 'Delivery address is somewhere in Croydon, I live in Leeds.', start: 59, end: 117 },
    ];
    const told = asToldRemedy(clauses, [
      { ...reading('cancel_order', 0.4), start: 0, end: 58 },
      { ...reading('address_change', 0.99), start: 59, end: 117 },
    ]);
    expect(told.map((r) => r.intent)).toEqual(['cancel_order']);
    expect(readAsTold('You took £449 for an order I never placed.', reading('payment_issue', 0.8), true)?.intent).toBe('payment_issue');
  });

  it('a repair asked overturns a sure refund reading, and the refund offered before it is its story', () => {
    expect(readAsTold('I would rather have it repaired than refunded.', reading('refund', 0.8), true)?.intent).toBe('damaged_item');
    const clauses = [
      { text: 'Your colleague offered me a refund.', start: 0, end: 35 },
      { text: 'I would rather have it repaired.', start: 36, end: 68 },
    ];
    const told = asToldRemedy(clauses, [
      { ...reading('refund', 0.66), start: 0, end: 35 },
      { ...reading('damaged_item', 0.5), start: 36, end: 68 },
    ]);
    expect(told.map((r) => r.intent)).toEqual(['damaged_item']);
  });

  it('a newsletter unsubscribed, read surely as account, stays account (LABELS.md: the newsletter is the account)', () => {
    expect(readAsTold('I would like to cancel my subscription to your newsletter', reading('account', 0.9), true)).toBeUndefined();
  });

  it('a situation that keeps a sure reading leaves the clause to the next one it names', () => {
    // A missing part never overturns a sure payment_issue; the order placed twice does.
    const clause = 'I ordered the same thing twice by mistake and the charger is missing.';
    expect(readAsTold(clause, reading('payment_issue', 0.9), true)?.intent).toBe('cancel_order');
  });

  it('a sure shipping question about duties before buying keeps its reading', () => {
    expect(readAsTold('Do I have to pay import duties to Switzerland?', reading('shipping_question', 0.9), true)).toBeUndefined();
  });

  it('a clause that tells nothing is left to the other rules', () => {
    expect(readAsTold('Where is my parcel?', reading('where_is_my_order', 0.9), true)).toBeUndefined();
  });
});

describe('asToldRemedy: asks after the situation is told', () => {
  const text = 'The vase I bought is cheaper now. Could you do something about it? Can I return the bowl?';
  const clauses: Clause[] = ['The vase I bought is cheaper now.', 'Could you do something about it?', 'Can I return the bowl?'].map(
    (t) => ({
      text: t,
      start: text.indexOf(t),
      end: text.indexOf(t) + t.length,
    }),
  );
  const at = (index: number, intent: Intent, confidence: number) => ({
    ...reading(intent, confidence, ['discount_request', 'other']),
    start: clauses[index]!.start,
    end: clauses[index]!.end,
  });

  it('reads a remedy asked after the situation as the situation, merged into its first request', () => {
    const found = asToldRemedy(clauses, [at(0, 'discount_request', 0.5), at(1, 'return_request', 0.8)]);
    expect(found.map((r) => r.intent)).toEqual(['discount_request']);
    expect(found[0]!.confidence).toBe(0.8);
  });

  it("leaves the caller's requests as they were: the merge goes into a copy", () => {
    const requests = [at(0, 'discount_request', 0.5), at(1, 'return_request', 0.8)];
    const before = structuredClone(requests);
    const found = asToldRemedy(clauses, requests);
    expect(found[0]!.confidence).toBe(0.8);
    expect(requests).toEqual(before);
  });

  it('leaves requests that are no remedy of it, and mails that tell none', () => {
    expect(asToldRemedy(clauses, [at(2, 'cancel_order', 0.8)])[0]!.intent).toBe('cancel_order');
    expect(asToldRemedy(clauses.slice(1), [at(1, 'return_request', 0.8)])[0]!.intent).toBe('return_request');
  });
});
