import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 19 (lint17, from lint held-out 16's false alarm, in other words): how the item bought may travel is a safety
// warning on it, which '[Important]' may carry.
describe('"[Important]" on how the item bought may travel', () => {
  it.each([
    '[Important] The power bank in your order must not go in checked luggage; carry it in your hand luggage only.',
    '[Wichtig] Die Powerbank aus Ihrer Bestellung darf nicht ins Aufgabegepäck, nur ins Handgepäck.',
    '[Important] La batterie externe de votre commande ne doit pas voyager en soute, uniquement en cabine.',
    '[Importante] La batería externa de su pedido no puede ir en el equipaje facturado, solo en el equipaje de mano.',
    '[중요] 주문하신 캠핑용 가스는 기내 반입과 위탁 수하물 모두 불가합니다.',
    '【重要】ご注文のモバイルバッテリーは預け入れ荷物に入れることができません。機内持ち込みのみ可能です。',
  ])('is essential: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('is still misuse on a pitch', () => {
    expect(codes('[Important] Off on holiday? Our travel power bank is allowed in hand luggage only, and 20% off this week.')).toContain(
      'important_tag_misuse',
    );
  });
});
