import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { LEAD_MARGIN, leadRequest } from '@/lib/suggest/lead-request';
import { MIN_REQUEST_CONFIDENCE, type MessageRequest } from '@/lib/suggest/requests';

/** A request over the given words of the text, with the given raw confidence. */
function request(text: string, words: string, intent: Intent, confidence: number): MessageRequest {
  const start = text.indexOf(words);
  return { intent, confidence, ranking: [{ intent, score: confidence }], start, end: start + words.length };
}

describe('leadRequest: which request a message is about', () => {
  const text = "I'm disappointed, the towels look nothing like the photos. Can I return them?";
  const story = (confidence: number) =>
    request(text, "I'm disappointed, the towels look nothing like the photos.", 'complaint', confidence);
  const ask = (confidence: number) => request(text, 'Can I return them?', 'return_request', confidence);

  it('a later request that asks leads over a story it is clearly surer than', () => {
    expect(leadRequest(text, [story(0.55), ask(0.99)]).intent).toBe('return_request');
  });

  it('the story still leads when the asking request is not surer by the margin', () => {
    expect(leadRequest(text, [story(0.9), ask(0.9 + LEAD_MARGIN / 2)]).intent).toBe('complaint');
  });

  it('a first request that asks always leads', () => {
    const asking = 'Could you cancel my order? Also I was charged twice.';
    const first = request(asking, 'Could you cancel my order?', 'cancel_order', 0.6);
    const second = request(asking, 'Also I was charged twice.', 'payment_issue', 0.99);
    expect(leadRequest(asking, [first, second]).intent).toBe('cancel_order');
  });

  // A remedy asked after a problem (a replacement, sending the item back) leaves the lead to the
  // problem; after a story of another intent it leads as usual.
  it.each([
    ['The mirror turned up with a crack across it.', 'damaged_item', 'Can you send another one?', 'exchange'],
    ['A blue lamp came instead of the green one.', 'wrong_item', 'Should I post the blue one back to you?', 'return_request'],
    ['My card keeps being turned down at the final step.', 'payment_issue', 'Could I pay by bank transfer instead?', 'pre_sale_question'],
    ['The bank shows two charges for my one order.', 'payment_issue', 'Can you refund the second one?', 'refund'],
    ['The charger cable was not in the box.', 'missing_item', 'Could you post it, or refund me the 4 € instead?', 'refund'],
  ] as const)("after '%s' (%s), '%s' (%s) is that problem's remedy", (problemText, problem, remedyText, remedy) => {
    const mail = `${problemText} ${remedyText}`;
    const asked = request(mail, remedyText, remedy, 0.95);
    expect(leadRequest(mail, [request(mail, problemText, problem, 0.6), asked]).intent).toBe(problem);
    expect(leadRequest(mail, [request(mail, problemText, 'feedback', 0.6), asked]).intent).toBe(remedy);
  });

  it('the request after "more importantly" leads, even over a first request that asks', () => {
    const mail = 'Could you update my phone number? More importantly, the blender I sent back two weeks ago has not been refunded.';
    const first = request(mail, 'Could you update my phone number?', 'account', 0.9);
    const second = request(mail, 'the blender I sent back two weeks ago has not been refunded.', 'refund', 0.7);
    expect(leadRequest(mail, [first, second]).intent).toBe('refund');
    // Said inside the first request, the cue keeps that one in the lead.
    const inside = 'Most importantly, can you cancel order 7? Also, do you sell gift cards?';
    const cancel = request(inside, 'Most importantly, can you cancel order 7?', 'cancel_order', 0.8);
    const gift = request(inside, 'Also, do you sell gift cards?', 'pre_sale_question', 0.95);
    expect(leadRequest(inside, [cancel, gift]).intent).toBe('cancel_order');
  });

  it('a side question asked first ("vorab: …") leaves the lead to the next request', () => {
    const mail = 'Vorab: habt ihr den Schal auch in Grau? Der Mantel kam mit einem Riss am Ärmel an.';
    const side = request(mail, 'Vorab: habt ihr den Schal auch in Grau?', 'product_question', 0.95);
    const damage = request(mail, 'Der Mantel kam mit einem Riss am Ärmel an.', 'damaged_item', 0.8);
    expect(leadRequest(mail, [side, damage]).intent).toBe('damaged_item');
    expect(leadRequest(mail, [side]).intent).toBe('product_question');
  });

  it('after venting that asks nothing, the problem it led to leads', () => {
    const mail = 'Three weeks and four emails to get this parcel delivered. The lid of the teapot is snapped in two.';
    const vent = request(mail, 'Three weeks and four emails to get this parcel delivered.', 'complaint', 0.6);
    const damage = request(mail, 'The lid of the teapot is snapped in two.', 'damaged_item', 0.9);
    expect(leadRequest(mail, [vent, damage]).intent).toBe('damaged_item');
    // Not when the problem is read no surer than the venting.
    expect(leadRequest(mail, [vent, { ...damage, confidence: 0.65 }]).intent).toBe('complaint');
  });

  it('praise that asks nothing leaves the lead to a later ask, however sure the praise', () => {
    const mail = 'The candles were wrapped so beautifully, thank you. Do you still do gift boxes if I order four more?';
    const praise = request(mail, 'The candles were wrapped so beautifully, thank you.', 'feedback', 0.99);
    const ask = request(mail, 'Do you still do gift boxes if I order four more?', 'pre_sale_question', 0.55);
    expect(leadRequest(mail, [praise, ask]).intent).toBe('pre_sale_question');
    // A later request that only tells leaves the praise in the lead.
    const told = 'The candles were wrapped so beautifully. My sister opened hers yesterday.';
    const story = request(told, 'My sister opened hers yesterday.', 'other', 0.9);
    expect(leadRequest(told, [request(told, 'The candles were wrapped so beautifully.', 'feedback', 0.8), story]).intent).toBe('feedback');
  });

  it.each([
    ['The rug came today, lovely colour, thanks!', 'Only the two grippers for the corners are not in the box.', 'missing_item'],
    ['Das Paket ist gut angekommen, vielen Dank!', 'Aber der Deckel der Dose ist eingedellt.', 'damaged_item'],
    ['Tout est bien arrivé, merci beaucoup !', 'Par contre la taie est rose, pas blanche.', 'wrong_item'],
    ['¡Todo perfecto, gracias!', 'Solo que falta el cargador.', 'missing_item'],
    ['잘 받았습니다. 감사합니다!', '다만 컵 하나가 깨져 있었어요.', 'damaged_item'],
    ['本日届きました。ありがとうございます。', 'ただ、フタが入っていませんでした。', 'missing_item'],
  ] as const)('after praise, a problem it turns to leads, asked or not: "%s" "%s"', (praiseText, problemText, problem) => {
    const mail = `${praiseText} ${problemText}`;
    const praise = request(mail, praiseText, 'feedback', 0.99);
    expect(leadRequest(mail, [praise, request(mail, problemText, problem, 0.7)]).intent).toBe(problem);
  });

  it('praise keeps the lead over a problem told without turning to it (an old one, resolved)', () => {
    const mail = 'Thank you so much! The new lamp arrived today after the first one was cracked.';
    const praise = request(mail, 'Thank you so much!', 'feedback', 0.99);
    const told = request(mail, 'The new lamp arrived today after the first one was cracked.', 'damaged_item', 0.7);
    expect(leadRequest(mail, [praise, told]).intent).toBe('feedback');
  });

  it.each([
    ['The desk was due on Monday and the tracking has not moved since.', 'If it is not here by Friday I want a refund.', 'refund'],
    [
      'Die Bestellung steht seit zehn Tagen auf „in Bearbeitung“.',
      'Falls sie nicht bis Montag kommt, stornieren Sie bitte alles.',
      'cancel_order',
    ],
    ["Ma commande n'a toujours pas été expédiée.", 'Si elle ne part pas cette semaine, pouvez-vous me rembourser ?', 'refund'],
  ] as const)('an ask on a condition leaves the lead to the request it depends on: "%s" "%s"', (storyText, conditionText, conditional) => {
    const mail = `${storyText} ${conditionText}`;
    const first = request(mail, storyText, 'where_is_my_order', 0.6);
    expect(leadRequest(mail, [first, request(mail, conditionText, conditional, 0.95)]).intent).toBe('where_is_my_order');
    // The same ask without the condition leads as before.
    const plain = `${storyText} Can you refund me?`;
    const refund = request(plain, 'Can you refund me?', 'refund', 0.95);
    expect(leadRequest(plain, [request(plain, storyText, 'where_is_my_order', 0.6), refund]).intent).toBe('refund');
  });

  it('a first ask admitted only because it asks leaves the lead to a clearly surer later ask', () => {
    const mail = 'Delayed again?? Just tell me when it will actually arrive.';
    const vent = request(mail, 'Delayed again??', 'product_question', MIN_REQUEST_CONFIDENCE - 0.03);
    const ask = request(mail, 'Just tell me when it will actually arrive.', 'where_is_my_order', 0.99);
    expect(leadRequest(mail, [vent, ask]).intent).toBe('where_is_my_order');
    // A first ask read at the telling floor or above still leads.
    expect(leadRequest(mail, [{ ...vent, confidence: MIN_REQUEST_CONFIDENCE }, ask]).intent).toBe('product_question');
    // A weak first ask followed by a conditional one keeps the lead (Korean and Japanese mark the condition by a verb ending).
    const ja = 'この幅でもカバーは入りますか？ サイズが合わなければ注文を変更したいです。';
    const fit = request(ja, 'この幅でもカバーは入りますか？', 'product_question', 0.47);
    const change = request(ja, 'サイズが合わなければ注文を変更したいです。', 'modify_order', 0.91);
    expect(leadRequest(ja, [fit, change]).intent).toBe('product_question');
  });

  it('with one request, that one leads', () => {
    expect(leadRequest(text, [story(0.7)]).intent).toBe('complaint');
  });

  it('an ask the customer adds on never leads by being surer', () => {
    const mail = 'I think the blue one is too small for my son. Also, do you ship to Guernsey?';
    const first = request(mail, 'I think the blue one is too small for my son.', 'exchange', 0.55);
    const added = request(mail, 'Also, do you ship to Guernsey?', 'shipping_question', 0.99);
    expect(leadRequest(mail, [first, added]).intent).toBe('exchange');
    const plain = request(mail.replace('Also, do', 'Do'), 'Do you ship to Guernsey?', 'shipping_question', 0.99);
    expect(leadRequest(mail.replace('Also, do', 'Do'), [first, plain]).intent).toBe('shipping_question');
  });

  it('"where is mine?" after someone else\'s parcel leaves the lead to that parcel', () => {
    const mail = 'A box for my neighbour Ms Kay was left with me. Where is my own order?';
    const parcel = request(mail, 'A box for my neighbour Ms Kay was left with me.', 'wrong_item', 0.5);
    const mine = request(mail, 'Where is my own order?', 'where_is_my_order', 0.99);
    expect(leadRequest(mail, [parcel, mine]).intent).toBe('wrong_item');
  });

  it('a side-question cue alone on the line before the first request makes it the aside', () => {
    const mail = 'Quick one first\ncan you resend my invoice?\nThe kettle lid no longer closes, what can be done?';
    const aside = request(mail, 'can you resend my invoice?', 'invoice', 0.9);
    const main = request(mail, 'The kettle lid no longer closes, what can be done?', 'damaged_item', 0.8);
    expect(leadRequest(mail, [aside, main]).intent).toBe('damaged_item');
    const noCue = mail.replace('Quick one first\n', 'Hello\n');
    const plain = [
      request(noCue, 'can you resend my invoice?', 'invoice', 0.9),
      request(noCue, 'The kettle lid no longer closes, what can be done?', 'damaged_item', 0.8),
    ];
    expect(leadRequest(noCue, plain).intent).toBe('invoice');
  });
});
