import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { toldSituation } from '@/lib/suggest/told-situation';

/** The situations themselves, by theme: told-situation-orders, -money and -buying.test.ts. */
describe('toldSituation: what names no situation', () => {
  it.each([
    'What is the difference between the two lamps?',
    'My order has not arrived yet.',
    'Two points: the colour and the size.',
    'Can you tell me which of these is more durable?',
    'Do you offer gift wrap on the mugs?',
    // The carrier sent it back, a warehouse named for a job, a subscription already ended: no
    // return of the customer's, no ask to end one.
    'Laut Sendungsverfolgung wurde das Paket an den Absender zurückgeschickt.',
    "J'habite à côté de votre entrepôt, vous recrutez ?",
    'I cancelled my subscription in May but you charged me again.',
    // A parcel box asked for, not one that will not open; collecting told, not asked.
    '今回の注文は宅配ボックスに入れていただけますか。',
    'Last time I collected it in store and it was easy.',
    // A card refused at checkout is no balance asked.
    'My gift card is refused at checkout.',
    // A phone order told of, not asked.
    'My phone order from Monday has still not arrived.',
    // A quote told of, not asked; "im Angebot" is on sale.
    'Your quote from last week was fine.',
    'Die Lampe ist jetzt im Angebot.',
    // A variant told of, not asked.
    'I bought the vegan version last time and loved it.',
    // An item never ordered, in the box: a wrong item, not an order never placed.
    'The box had a pack of dog food I never ordered.',
    // An account told of, not asked closed.
    'He had an account with you and a monthly box of tea.',
    '解約したのにまた請求が来ました。',
    'Ich möchte die Schuhe zurückschicken.',
    '返品したいのですが、どうすればいいですか。',
    '배송지를 부산으로 바꿔 주세요.',
    'Can you change the delivery address to my office?',
    'Your site said in stock, yet my order has not shipped.',
    // Told as what the driver did, or a date already passed: where the parcel is, not a change.
    'The driver says he left it with a neighbour, but nobody has it.',
    'お届け日を過ぎても届いていません。',
    // A business proposing a deal is a sales pitch (other); the shop's own offer thanked for is no suggestion.
    // Remembering is no product recall.
    "I don't recall ordering this at all.",
    // The whole price back told, not asked: no request of it.
    'Last time I got a full refund without any fuss.',
    '인스타그램 광고 제휴 제안드립니다.',
    '弊社サービスをご提案させていただきたく、ご連絡いたしました。',
    'ご提案ありがとうございます。ただ、その金額では納得できません。',
  ])('%j tells none', (text) => {
    expect(toldSituation(text)).toBeUndefined();
  });
});

describe('the shipped classifier with told situations (synthetic mails)', () => {
  it.each([
    ['Hello, a box came today but it is not addressed to me: the label says J. Brandt. What should I do with it?', 'wrong_item'],
    ['Guten Tag, seit gestern kostet der Mantel 30 € weniger. Können Sie mir die Differenz erstatten? Danke', 'discount_request'],
    ['Bonjour, mes points de fidélité de la commande 5521 ne sont jamais arrivés. Merci de vérifier.', 'account'],
    ["Hi! I'm torn between the 26 and the 30 litre backpack. Which one fits a 15 inch laptop?", 'pre_sale_question'],
    ['Hallo, das Zelt ist heute gekommen, aber es fehlen die Heringe. Könnt ihr die nachschicken?', 'missing_item'],
    ['Buenas, devolví la lámpara el día 4 y me confirmaron la entrega en su almacén. ¿Cuándo me hacéis el abono?', 'refund'],
    [
      "bonjour je vois que vous me prélevez 15 euros par mois pour les capsules j'avais oublié merci de résilier bonne journée",
      'cancel_order',
    ],
  ])('%j leads with %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
