import { describe, expect, it } from 'vitest';
import { addsOn, isAside, isConditional, mainPointAt, takesBack, tellsFault, turnsToProblem } from '@/lib/suggest/lead-cues';

describe('lead cues: what the customer says matters most', () => {
  it.each([
    ['Two things. And more importantly: my card was charged twice.', 'more importantly'],
    ['Erstmal danke. Jetzt aber zum eigentlichen Thema: die Lampe flackert.', 'zum eigentlichen Thema'],
    ["Merci pour l'envoi. Mais le plus important : le colis est vide.", 'le plus important'],
    ['Gracias. Lo más importante: el pedido no ha llegado.', 'Lo más importante'],
    ['감사합니다. 본론으로 들어가면 주문이 아직 안 왔어요.', '본론'],
    ['ありがとうございます。本題ですが、商品が届いていません。', '本題'],
  ])('finds the main-point cue in %j', (text, cue) => {
    expect(mainPointAt(text)).toBe(text.indexOf(cue));
  });

  it('matches Latin-script cues as whole words only', () => {
    expect(mainPointAt('The importantly-labelled box is fine, no more importantlyish words.')).toBe(-1);
    expect(isAside('Avorab it was fine.')).toBe(false);
  });

  it.each([
    'Quick question first: do you ship to Malta?',
    'vorab: gibt es den Becher auch in Rot?',
    "Petite question d'abord : vous livrez le samedi ?",
    'Antes de nada, ¿tenéis la talla S?',
    '그 전에 하나만요, 포장 가능한가요?',
    'その前に、ギフト包装はできますか。',
  ])('reads %j as a side question asked first', (text) => {
    expect(isAside(text)).toBe(true);
  });

  it('reads a plain request as no side question', () => {
    expect(isAside('Could you send me the invoice for order 12?')).toBe(false);
  });

  it.each([
    'Scratch that, never mind my email about the lamp.',
    'Bitte nicht stornieren, ich behalte den Mantel.',
    'Bon, laissez tomber pour le retour.',
    'Olvidad lo que os dije del cambio de talla.',
    'Olvidate del mail que te mandé ayer.',
    '교환 요청은 없던 일로 해 주세요.',
    '配送日は今のままで大丈夫です。',
  ])('reads %j as taking an ask back', (text) => {
    expect(takesBack(text)).toBe(true);
  });

  it('reads a plain request, or "n\'oubliez pas", as taking nothing back', () => {
    expect(takesBack('Please cancel the second order.')).toBe(false);
    expect(takesBack("N'oubliez pas la facture, s'il vous plaît.")).toBe(false);
  });

  it.each([
    'If it has not shipped by Friday, cancel it.',
    'Falls das nicht geht, nehme ich das Geld zurück.',
    "Sinon, remboursez-moi s'il vous plaît.",
    'Si no llega el lunes, lo cancelo.',
    '안 되면 환불해 주세요.',
    '間に合わなければキャンセルでお願いします。',
    '사이즈가 안 맞으면 교환할게요.',
    'サイズが合わなければ注文を変更したいです。',
    '週末までに届かないようでしたら、注文を取り消していただけますか。',
    '월요일까지 배송이 어렵다면 주문을 취소해 주세요.',
  ])('reads %j as an ask on a condition', (text) => {
    expect(isConditional(text)).toBe(true);
  });

  it('reads "if" and "si" meaning "whether", inside the sentence, as no condition', () => {
    expect(isConditional('Can you tell me if it has shipped?')).toBe(false);
    expect(isConditional('¿Me decís si ya ha salido?')).toBe(false);
    expect(isConditional('Sinead here, where is my parcel?')).toBe(false);
  });

  it.each([
    ['Only thing is, the lid is missing.', true],
    ['Nur leider fehlt die Schraube.', true],
    ['Seul souci : il manque le câble.', true],
    ['Pero falta una taza.', true],
    ['다만 뚜껑이 없어요.', true],
    ['ただ、説明書が入っていません。', true],
    ['The lid fits only one way.', false],
  ] as const)('reads %j as turning to a problem: %s', (text, turns) => {
    expect(turnsToProblem(text)).toBe(turns);
  });

  it.each([
    'My left earbud only works sometimes.',
    'Der Kocher ist seit gestern undicht.',
    'La lampe a cessé de fonctionner.',
    'La batidora huele a quemado.',
    '지퍼가 작동하지 않아요.',
    'カバーの縫い目がほつれてきました。',
    // A smell, a stain or a colour run (held-out 17).
    'The duvet cover smells of damp and has yellow stains.',
    'Das Shirt hat beim ersten Waschen abgefärbt.',
    'Les draps ont déteint au premier lavage.',
    'La funda huele fatal, como a humedad.',
    '소매 부분이 누렇게 변색되어 있어요.',
    '1枚だけ色移りしていました。',
  ])('reads %j as telling a fault', (text) => {
    expect(tellsFault(text)).toBe(true);
  });

  it('reads a size, a colour or a "not working out" as no fault', () => {
    expect(tellsFault('The boots are a size too small.')).toBe(false);
    expect(tellsFault('Die Farbe gefällt mir nicht.')).toBe(false);
    expect(tellsFault('Brokenshire Road is our new address.')).toBe(false);
    expect(tellsFault('The green is just not working out in our kitchen.')).toBe(false);
  });

  it.each([
    'Can the blender be repaired under warranty?',
    'Kann man den Föhn reparieren lassen?',
    'Une réparation est-elle possible ?',
    '¿Se puede reparar la lámpara?',
    '수리 받을 수 있나요?',
    '取っ手が欠けていました。',
  ])('reads %j as telling a fault (a repair asked implies one)', (text) => {
    expect(tellsFault(text)).toBe(true);
  });
});

describe('lead cues: a request added on to the one before', () => {
  it.each([
    'Also, do you deliver on Saturdays?',
    'Und gibt es den Schal auch in Grau?',
    'Et vous livrez en Belgique ?',
    'Y ¿tenéis la talla M?',
    '그리고 포장도 가능한가요?',
    'また、領収書は出ますか。',
  ])('reads %j as added on', (text) => {
    expect(addsOn(text)).toBe(true);
  });

  it('only where the word opens the request', () => {
    expect(addsOn('Can you also gift-wrap it?')).toBe(false);
    expect(addsOn('Undine is my name; where is my order?')).toBe(false);
  });
});
