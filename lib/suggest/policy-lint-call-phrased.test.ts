import { describe, expect, it } from 'vitest';
import { findCalls } from '@/lib/suggest/policy-lint-call';

const called = (text: string) => findCalls(text).length > 0;

// Session 17 (lint15): a call asked as a thing to give or make, or asked by phone; and a negation with an adverb of degree.
describe('a call asked in other words', () => {
  it.each([
    'Just drop us a quick ring when you are home and we will talk you through it.',
    'Send us a buzz tomorrow morning.',
    'Kontaktieren Sie uns am besten telefonisch, dann klären wir das.',
    'Melden Sie sich bitte telefonisch bei unserem Team.',
    'Passe-nous un petit coup de téléphone ce soir.',
    'Téléphonez-nous dès réception du colis.',
    'Denos un toque cuando reciba el paquete.',
    'Contáctenos por teléfono y lo solucionamos.',
    '오늘 중으로 전화 한 통 부탁드립니다.',
    '届きましたら、お電話を下さい。',
  ])('calls: %s', (text) => {
    expect(called(text)).toBe(true);
  });

  it.each([
    'Give us a moment to check the warehouse.',
    'Die Spedition meldet sich telefonisch bei Ihnen, um einen Termin abzustimmen.',
    'Le transporteur vous passera un coup de fil avant de livrer.',
    'Le daremos un toque de aviso por aquí cuando salga el pedido.',
  ])('is no call of the seller asked for: %s', (text) => {
    expect(called(text)).toBe(false);
  });
});

describe('a call negated with an adverb of degree', () => {
  it.each([
    '사진을 보내시거나 저희에게 전화하실 필요는 전혀 없습니다.',
    '저희에게 전화하실 필요는 굳이 없습니다.',
    '当店までお電話いただく必要は一切ございません。',
  ])('is negated: %s', (text) => {
    expect(called(text)).toBe(false);
  });
});
