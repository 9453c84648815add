import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Eleventh pass: the space under the product is a review place; a second look at what was written about us revises it.
describe('a review asked for under the product, or a second look at what the buyer wrote about us', () => {
  it.each([
    'A couple of candid lines beneath the listing about the lamp would really make our week.',
    'Ein, zwei Sätze zu Ihren Eindrücken unter dem Produkt würden uns sehr weiterhelfen.',
    'Quelques lignes sous l’annonce sur votre ressenti nous aideraient énormément.',
    'Unas líneas sobre su experiencia bajo el anuncio nos ayudarían un montón.',
    '쓰시면서 느낀 점을 상품 밑에 몇 마디 적어 주시면 감사하겠습니다.',
    'お使いになった印象を商品のすぐ下に一言お寄せいただけると嬉しいです。',
  ])('flags an ask under the product: %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(true);
  });

  it.each([
    'Now it is sorted, could you give what you wrote about our shop a second look at some point?',
    'Könnten Sie Ihren Text über unseren Shop noch mal ansehen und ihn gegebenenfalls anpassen?',
    'Pourriez-vous relire ce que vous avez écrit à notre sujet et l’ajuster si besoin ?',
    '¿Podría volver a mirar lo que dijo sobre la tienda y matizarlo?',
    '저희 매장에 대해 적으신 글을 다시 보시고 고쳐 주실 수 있을까요?',
    '弊社について投稿された内容を、もう一度ご覧いただけないでしょうか。',
  ])('flags a second look asked at words about us: %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(true);
  });

  it.each([
    'The washing instructions sit under the product title; could you follow them and tell us if it helps?',
    'Die Pflegehinweise stehen unter dem Artikel, könnten Sie diese bitte kurz prüfen?',
    'Pourriez-vous relire ce que vous avez écrit dans le formulaire de retour et corriger le numéro ?',
    '¿Podría volver a leer lo que escribió en el pedido? Falta el código postal.',
    '상품 아래 사이즈표를 한 번 더 보시고 원하시는 사이즈를 알려 주세요.',
    'Could you take another look at the label you printed and check the barcode?',
    'ご入力いただいた住所をもう一度ご覧いただけますでしょうか。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(false);
  });
});
