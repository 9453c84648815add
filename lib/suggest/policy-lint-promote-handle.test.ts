import { describe, expect, it } from 'vitest';
import { amazonCodes as codes, amazonFlags } from '@/lib/testing/amazon-lint';

// Session 20 (lint18), from lint held-out 17's miss ("当店公式LINE（@…）にて…友だち追加"): a messenger account of the
// shop, an @handle or "add us as a friend", is contact off Amazon, in six languages.
describe('a messenger account or @handle of the shop', () => {
  it.each([
    'For faster help, message our official LINE account (@kitchen-dept) with your order number.',
    'Guten Tag, schreiben Sie uns bitte über unseren Kanal @kueche-shop, dort antworten wir schneller.',
    'Pour aller plus vite, ajoutez notre compte @cuisine_fr et envoyez-nous la photo.',
    'Para ir más rápido, agréguenos en @cocina_es y mándenos el número de pedido.',
    '카카오 채널 추가 후 주문번호를 보내 주세요.',
    '公式LINEに友だち追加のうえ、注文番号をお送りください。',
  ])('flags %s', (text) => {
    expect(amazonFlags(text, 'phone_number')).toBe(true);
  });

  it.each([
    'Please reply with your order number here in Amazon messages, and our courier @ DHL will collect it.',
    'The courier will ring the bell between 9 and 12; no need to add anything to the order.',
    '주문번호를 아마존 메시지로 보내 주세요. 친절한 문의 감사합니다.',
    'ご注文番号をAmazonのメッセージでお送りください。配送ラインの混雑で遅れております。',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
