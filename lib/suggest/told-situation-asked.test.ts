import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { classifyIntent } from '@/lib/suggest/classify';
import type { Clause } from '@/lib/suggest/segment';
import { asToldRemedy, readAsTold } from '@/lib/suggest/told-situation';

/** A reading sure of `intent` at `confidence`, with `other` intents sharing the rest. */
function reading(intent: Intent, confidence: number, others: Intent[] = ['other']) {
  const rest = (1 - confidence) / others.length;
  return { intent, confidence, ranking: [{ intent, score: confidence }, ...others.map((o) => ({ intent: o, score: rest }))] };
}

describe('readAsTold: asked whether it arrives in time, ordered twice', () => {
  it.each([
    ['Could you let me know whether it will still arrive by the 9th?', 'where_is_my_order'],
    ['Könnt ihr sagen, ob das Paket bis Samstag noch ankommt?', 'where_is_my_order'],
    ['Pouvez-vous me dire si le colis arrivera avant le 3 ?', 'where_is_my_order'],
    ['¿Me confirmás si llega antes del viernes?', 'where_is_my_order'],
    ['토요일 전에 받을 수 있을까요?', 'where_is_my_order'],
    ['金曜日までに届くかどうか教えていただけますか。', 'where_is_my_order'],
    ['The site hung and I ordered the same thing twice.', 'cancel_order'],
    ['Ich habe aus Versehen zweimal bestellt.', 'cancel_order'],
    ["J'ai commandé deux fois la même lampe par erreur.", 'cancel_order'],
    ['Sin querer pedí dos veces la misma mochila.', 'cancel_order'],
    ['앱 오류로 같은 상품을 중복 주문했어요.', 'cancel_order'],
    ['画面が固まって二重注文になってしまいました。', 'cancel_order'],
    ['Could you put both orders in one box, please?', 'modify_order'],
    ['Können Sie beide Bestellungen in einem Paket schicken?', 'modify_order'],
    ['Pourriez-vous expédier les deux commandes dans un seul colis ?', 'modify_order'],
    ['¿Pueden mandar las dos compras en un solo envío?', 'modify_order'],
    ['지금 있는 것만 먼저 보내주실 수 있나요?', 'modify_order'],
    ['二つの注文を同梱していただけますか。', 'modify_order'],
    ['Could you hold it at the depot until Monday?', 'modify_order'],
    ['Können Sie das Paket postlagernd in der Filiale liegen lassen?', 'modify_order'],
    ["Pouvez-vous la faire garder au dépôt jusqu'au 18 ?", 'modify_order'],
    ['¿Se puede dejar retenido en la oficina hasta el lunes?', 'modify_order'],
    ['영업소에 보관해 주실 수 있을까요?', 'modify_order'],
    ['営業所止めにしていただけますか。', 'modify_order'],
    ['Could you cancel just the tray and send the rest?', 'cancel_order'],
    ['Können Sie die Vase aus der Bestellung entfernen?', 'cancel_order'],
    ['Est-ce possible de retirer seulement le plateau ?', 'cancel_order'],
    ['¿Podéis quitar del pedido la taza?', 'cancel_order'],
    ['욕실 매트만 취소 가능할까요?', 'cancel_order'],
    ['マットだけキャンセルできますか。', 'cancel_order'],
    ['Are the bars made in a factory that handles sesame?', 'product_question'],
    ['Kann das Müsli Spuren von Nüssen enthalten?', 'product_question'],
    ['Est-elle fabriquée dans un atelier qui utilise des noisettes ?', 'product_question'],
    ['¿Puede contener trazas de cacahuete?', 'product_question'],
    ['땅콩을 같은 제조시설에서 쓰나요?', 'product_question'],
    ['同じ工場で小麦を扱っていますか。', 'product_question'],
  ] as const)('reads %j, read as nothing, as %s', (clause, intent) => {
    expect(readAsTold(clause, reading('other', 0.6), false)?.intent).toBe(intent);
  });

  it('counts the arrival words only in a clause that asks: a story of when it came is no request', () => {
    expect(readAsTold('It will arrive in time for the party, the tracking says.', reading('other', 0.6), false)).toBeUndefined();
  });

  it('keeps a sure reading the situation is not mistaken for', () => {
    // A pre-sale "will it arrive in time if I order today?" surely read as a shipping question stays one
    // (since session 24 orderedNowArrivesWhen reads it so too; the arrival words must not make it a parcel's whereabouts).
    const shipping = reading('shipping_question', 0.8);
    expect(readAsTold('If I order today, will it arrive in time for Christmas?', shipping, true)?.intent ?? 'shipping_question').toBe(
      'shipping_question',
    );
    expect(readAsTold('I ordered it twice, I was charged twice.', reading('payment_issue', 0.8), true)?.intent).toBe('cancel_order');
  });

  it('leaves a clause that names neither alone', () => {
    expect(readAsTold('Where is my parcel?', reading('other', 0.6), false)).toBeUndefined();
  });
});

describe('asToldRemedy: a story told before a situation asked', () => {
  const text = 'My order is already on its way with DHL. Could you hold it at the depot until the 20th?';
  const clauses: Clause[] = ['My order is already on its way with DHL.', 'Could you hold it at the depot until the 20th?'].map((t) => ({
    text: t,
    start: text.indexOf(t),
    end: text.indexOf(t) + t.length,
  }));
  const at = (index: number, intent: Intent, confidence: number) => ({
    ...reading(intent, confidence, ['modify_order', 'other']),
    start: clauses[index]!.start,
    end: clauses[index]!.end,
  });

  it('the parcel on its way, told before the hold is asked, is the hold', () => {
    const found = asToldRemedy(clauses, [at(0, 'where_is_my_order', 0.8), at(1, 'modify_order', 0.4)]);
    expect(found.map((r) => [r.intent, r.start])).toEqual([['modify_order', 0]]);
    expect(found[0]!.confidence).toBe(0.8);
  });

  it('a late parcel asked about before the hold stays a request of its own', () => {
    const asked = 'Where is my order?';
    const own: Clause[] = [
      { text: asked, start: 0, end: asked.length },
      { ...clauses[1]!, start: 19, end: 19 + clauses[1]!.text.length },
    ];
    const found = asToldRemedy(own, [
      { ...reading('where_is_my_order', 0.8), start: 0, end: asked.length },
      { ...reading('modify_order', 0.4), start: 19, end: own[1]!.end },
    ]);
    expect(found.map((r) => r.intent)).toEqual(['where_is_my_order', 'modify_order']);
  });
});

describe('order situations in whole mails', () => {
  it.each([
    [
      'Re: Your order is delayed\n\nThanks for letting me know. We are flying out on the 18th. Can you tell me whether it will still arrive before then? If not, please cancel it and I will buy it locally.',
      'where_is_my_order',
    ],
    [
      'Re: Verzögerung Ihrer Bestellung\n\nDanke für den Hinweis. Es ist ein Geschenk für Sonntag. Können Sie mir sagen, ob es bis dahin noch ankommt? Wenn nicht, bitte stornieren.',
      'where_is_my_order',
    ],
    [
      'Hi, my laptop froze at checkout and I ordered the same thing twice, two confirmations for one kettle. One is enough!',
      'cancel_order',
    ],
    ['주문 지연 안내 잘 받았습니다. 급한 건 양말뿐이고 모자는 늦어도 돼요. 지금 있는 것만 먼저 보내주실 수 있을까요?', 'modify_order'],
  ])('%j leads with %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
