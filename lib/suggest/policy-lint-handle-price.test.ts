import { describe, expect, it } from 'vitest';
import { amazonCodes as codes, amazonFlags } from '@/lib/testing/amazon-lint';

// Session 21 (lint19): the @handle cue (contact off Amazon, session 20) took any "@" before a word, so a unit price or a
// time written with "@", as invoices and courier slots write them, read as a shop's social account.
describe('an "@" before a price or a time is no @handle', () => {
  it.each([
    'The refill packs were billed @12.99 each, so we refunded the difference today.',
    'The courier slot is booked @10am tomorrow; nothing else is needed from you.',
    'Der Kurier kommt morgen @14.30 Uhr, Sie müssen nichts weiter tun.',
    "Le livreur passera demain @14h30, vous n'avez rien d'autre à faire.",
    'Les recharges ont été facturées @EUR 12,99 pièce ; la différence vous a été remboursée.',
    'Las fundas se cobraron @12.50 cada una, así que le hemos devuelto la diferencia.',
    '개당 @12.99달러로 계산되어 차액을 환불해 드렸습니다.',
    '単価は @1200円で計算されていたため、差額を返金いたしました。',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });

  // An "@" inside a word never was a handle; these hold that while the handle cue changes.
  it.each([
    'The part code printed on the hinge is LX-400@EU; please check it matches the lid.',
    'Der Code auf dem Karton lautet KB12@230V.',
    'La référence de la pièce de rechange est lid@2x.v2.',
  ])('leaves the product code in %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it.each([
    'Our shop is @luna_teas, message us there for a faster answer.',
    'Schreiben Sie uns direkt an @kueche24_shop, dort geht es schneller.',
    'Ajoutez @cuisine24_fr pour aller plus vite.',
    'Escríbanos a @_cocina.es y le contestamos enseguida.',
    '빠른 답변은 @hanok_shop 으로 메시지 주세요.',
    'お急ぎの場合は @kurashi.zakka までご連絡ください。',
  ])('still flags the handle in %s', (text) => {
    expect(amazonFlags(text, 'phone_number')).toBe(true);
  });
});
