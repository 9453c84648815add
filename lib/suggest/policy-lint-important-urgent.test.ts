import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

describe('"[Important]" in other words (urgent, essential, 大切) on a message that is not about the order', () => {
  it.each([
    ['en', '[Urgent] Thank you for shopping with us, enjoy the new mugs!'],
    ['de', '[Dringend] Vielen Dank für Ihren Einkauf, viel Freude mit den Tassen!'],
    ['fr', '[Urgent] Merci pour votre achat, profitez bien de vos tasses !'],
    ['es', '[Urgente] ¡Gracias por su compra, disfrute de sus tazas!'],
    ['ko', '[긴급] 구매해 주셔서 감사합니다. 새 머그컵과 즐거운 시간 보내세요.'],
    ['ja', '【緊急】ご購入ありがとうございました。素敵な一日をお過ごしください。'],
  ])('%s', (_language, reply) => {
    expect(codes(reply)).toContain('important_tag_misuse');
  });

  it('leaves the tag on a message the buyer needs for the order alone', () => {
    expect(codes('[Urgent] Your address is missing the house number — please confirm it so we can ship.')).toEqual([]);
    expect(codes('【緊急】ご注文の配送先住所に部屋番号がありません。ご確認をお願いいたします。')).toEqual([]);
  });
});
