import { describe, expect, it } from 'vitest';
import { findCalls, thirdParty } from '@/lib/suggest/policy-lint-call';

const called = (text: string) => findCalls(text).length > 0;

// Fourteenth pass: the seller phoning the buyer leaves Amazon as much as asking the buyer to call.
describe('the seller phoning the buyer', () => {
  it.each([
    'So you needn’t type it all again, our returns desk will give you a call on Friday afternoon.',
    'Unsere Kollegin aus der Werkstatt ruft Sie am Montag kurz an, um die Einstellung durchzugehen.',
    'Notre conseillère vous rappellera demain en fin de matinée pour le réglage.',
    'Nuestra técnica le llamará el lunes para revisar la instalación paso a paso.',
    '설치 방법은 담당자가 내일 오전에 전화 드릴게요.',
    '設定については、担当者より明日お電話差し上げます。',
    // a warranty department of the seller's is the seller
    'Our warranty team will ring you tomorrow about the claim.',
    'Unser Garantieservice ruft Sie morgen wegen der Reklamation an.',
  ])('flags %s', (text) => {
    expect(called(text)).toBe(true);
  });

  it.each([
    'The courier will ring you shortly before the van gets there.',
    'Der Zusteller ruft Sie vor der Lieferung kurz an.',
    'Le livreur vous appellera avant de passer.',
    'El repartidor le llamará antes de la entrega.',
    '택배사에서 배송 전에 연락을 드릴 수 있습니다.',
    '配送業者から配達前にご連絡が入ることがあります。',
    'We can’t call you from here, but we can answer every question in this thread.',
  ])('leaves a third party or a no alone: %s', (text) => {
    expect(called(text)).toBe(false);
  });
});

describe('a call negated in its clause', () => {
  it.each([
    'There is no need to phone us; a reply in this thread is enough.',
    'Sie brauchen uns nicht anzurufen, eine Nachricht hier genügt.',
    'Inutile de nous appeler : répondez simplement à ce message.',
    'No hace falta que nos llamés, lo vemos por este chat de Amazon.',
    '전화 주실 필요는 없고 이 메시지에 답장만 주시면 됩니다.',
    'お電話でのご連絡は不要です。このメッセージにご返信ください。',
  ])('asks for nothing: %s', (text) => {
    expect(called(text)).toBe(false);
  });

  it.each([
    'Please don’t hesitate to call us if the light keeps blinking.',
    'Zögern Sie nicht, uns anzurufen, falls es wieder brummt.',
    'N’hésitez pas à nous appeler si le voyant clignote encore.',
    'No dudes en llamarnos si la luz sigue parpadeando.',
    'If it still hums after the update, call us and we will look at it.',
    'Si la luz sigue titilando, llamanos y lo vemos juntos.',
  ])('still asks: %s', (text) => {
    expect(called(text)).toBe(true);
  });
});

// Session 16: one clause splitter for the lint, so a clause runs on past a comma before "dass", "que" or "der".
describe('a negation in a clause that hangs on the call’s, and a negation of the buyer’s worry', () => {
  it('reads the negation of the clause the call hangs on', () => {
    expect(called('Es ist wirklich nicht nötig, dass Sie uns anrufen.')).toBe(false);
  });

  it.each([
    'Keine Sorge, der Techniker ruft Sie morgen an.',
    'Keine Sorge, die Kollegin ruft Sie morgen zurück.',
    'No se preocupe, que le llamaremos mañana.',
    'Don’t worry, which is why our technician will call you tomorrow.',
    'Ne vous inquiétez pas, notre technicien vous rappellera demain.',
    '담당자가 내일 전화 드릴게요, 걱정 마세요.',
    '担当者より明日お電話差し上げますのでご心配なく。',
  ])('still calls: %s', (text) => {
    expect(called(text)).toBe(true);
  });
});

describe('who owns a line', () => {
  it.each([
    'If the courier cannot reach us in time, call them directly on ',
    'Der Paketdienst DPD hat uns geschrieben, Sie erreichen ihn dort unter ',
    'Le transporteur nous a prévenus ; vous pouvez les joindre, leur numéro est le ',
    'El transportista nos avisó: puede llamarlos al ',
    '택배사에서 저희에게 연락이 왔는데, 그쪽 번호는 ',
    '配送業者から当店に連絡があり、先方の番号は',
  ])('gives the number back to the third party pointed at: %s', (before) => {
    expect(thirdParty(before)).toBe(true);
  });

  it.each([
    'The courier lost the parcel, so please call us on ',
    'Our warranty desk answers on ',
    'Der Kurier hat es verloren, rufen Sie bitte uns an unter ',
    '택배사 말고 저희 번호로 연락 주세요: ',
  ])('keeps the seller’s own line: %s', (before) => {
    expect(thirdParty(before)).toBe(false);
  });
});
