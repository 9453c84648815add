import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { reading } from '@/lib/suggest/testing/sure-reading';
import { readAsTold } from '@/lib/suggest/told-situation';

/** Session 17: a size ordered by our size chart that does not fit is an exchange, not a wrong item (requestsOnly). */
describe('readAsTold: a size chart that misled', () => {
  it.each([
    'I went by your size chart and ordered the M.',
    'Ich habe nach Ihrer Größentabelle die 40 bestellt.',
    "J'ai commandé le 38 d'après votre guide des tailles.",
    'Pedí la 40 según vuestra guía de tallas.',
    '사이즈표 보고 M으로 주문했어요.',
    'サイズ表を見てMを注文しました。',
  ])('%j read as wrong_item is the exchange', (clause) => {
    expect(readAsTold(clause, reading('wrong_item', 0.8), true)?.intent).toBe('exchange');
  });

  it('makes no request of a chart merely named in a story, and leaves other requests alone', () => {
    expect(readAsTold('I looked at your size chart before.', reading('other', 0.6), false)).toBeUndefined();
    expect(readAsTold('Does your size chart run small?', reading('pre_sale_question', 0.8), true)).toBeUndefined();
  });
});

describe('the shipped classifier (synthetic mails, written for session 17)', () => {
  it.each([
    [
      'Hi, I ordered the fleece in M going by your size chart which says chest 100cm for an M. Mine is 96 and it is far too tight. Could I swap it for an L please?',
      'exchange',
    ],
    [
      'Hallo, ich habe die Regenjacke in Größe 48 bestellt, laut Ihrer Größentabelle Brustumfang 96 cm. Nachgemessen: 92 cm, trotzdem spannt sie. Ich würde sie gerne gegen eine 50 tauschen.',
      'exchange',
    ],
  ])('%j leads with %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
