import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Session 22 (lint20), from lint held-out 19's miss (descaler sachets "in our Amazon storefront, £6.99 for twelve",
// inside care advice): the seller's own storefront or brand store on Amazon points the buyer at other products.
describe("the seller's storefront on Amazon named", () => {
  it.each([
    'To keep the leather supple, wipe it with a damp cloth monthly; our conditioning balm is on our Amazon storefront at £8.50.',
    'Zur Pflege genügt ein feuchtes Tuch; unser Lederbalsam steht für 8,50 € in unserem Amazon-Shop.',
    'Pour l’entretien, un chiffon humide suffit ; notre baume nourrissant est dans notre vitrine à 8,50 €.',
    'Para cuidarla basta un paño húmedo; nuestro bálsamo está en nuestro escaparate a 8,50 €.',
    '가죽 관리는 젖은 천으로 충분하며, 가죽 밤은 저희 아마존 스토어에서 8,500원에 판매 중입니다.',
    'お手入れは固く絞った布で十分です。保革クリームは当店のAmazonストアで850円にて販売しております。',
  ])('flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });

  // A shop named for what happened to the order sells nothing.
  it.each([
    '저희 매장에서 확인한 결과 초기 불량이 맞아 새 제품을 보내 드렸습니다.',
    '当店ストアで確認したところ初期不良でしたので、新しい商品をお送りしました。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });
});
