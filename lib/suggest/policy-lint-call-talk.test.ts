import { describe, expect, it } from 'vitest';
import { findCalls } from '@/lib/suggest/policy-lint-call';

const called = (text: string) => findCalls(text).length > 0;

// Session 18 (lint16): the seller proposing to settle things over the phone, and a delivery driver who rings.
describe('a talk on the phone the seller proposes', () => {
  it.each([
    'It would be quickest to sort this out over the phone with our support team.',
    'A short phone call with us will settle the warranty question.',
    'Das besprechen wir am besten kurz am Telefon.',
    'Gern können wir das auch telefonisch klären.',
    'Le plus simple serait de régler cela par téléphone avec notre équipe.',
    'Passez un coup de fil à notre service après-vente, il s’en occupe.',
    'Podemos hablarlo por teléfono si le resulta más cómodo.',
    '전화로 자세히 안내해 드리겠습니다.',
  ])('calls: %s', (text) => {
    expect(called(text)).toBe(true);
  });

  it.each([
    'You don’t need to sort anything out over the phone; reply here and we will handle it.',
    'Das müssen wir nicht am Telefon klären, schreiben Sie uns einfach hier.',
    'Inutile de régler cela par téléphone, répondez simplement ici.',
    'The courier may want to settle the delivery time over the phone.',
  ])('is no call of ours, or negated: %s', (text) => {
    expect(called(text)).toBe(false);
  });
});

describe('a delivery driver who rings', () => {
  it.each([
    'The delivery driver will call you about 30 minutes before arriving.',
    'Der Fahrer ruft Sie kurz vor der Zustellung an.',
    'Le chauffeur vous appellera avant de passer.',
    '배송 기사님이 도착 전에 전화 드릴 예정입니다.',
    '配達員からお届け前にお電話いたします。',
  ])('is a third party: %s', (text) => {
    expect(called(text)).toBe(false);
  });
});
