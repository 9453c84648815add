import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

// Session 22 (lint20), from lint held-out 19's class: stars asked "if you ever have a moment", with no please and no
// question — a few stars, a little star, a ★ are ratings.
describe('a rating asked for when the buyer has a moment', () => {
  it.each([
    'Glad the desk lamp suits your study. If you ever get a spare minute, pressing a couple of stars under it is what keeps tiny studios like ours visible.',
    'Schön, dass die Brotdose passt. Wenn Sie mal einen freien Augenblick haben: ein paar Sternchen unter dem Artikel bringen kleine Manufakturen wie uns nach vorn.',
    "Ravis que le plaid vous tienne chaud. Si vous avez un petit instant, quelques petites étoiles sous l'article font connaître les ateliers comme le nôtre.",
    'Nos alegra que la funda le quede bien. Cuando tenga un rato, una estrellita bajo el producto ayuda a que los talleres pequeños se conozcan.',
    '머그컵이 마음에 드신다니 다행입니다. 시간 있으실 때 상품 아래 별 몇 개 눌러 주시면 작은 공방에 큰 도움이 됩니다.',
    'ランプを気に入っていただけて何よりです。お手すきの際に、商品ページで★5を押していただけましたら小さな工房の支えになります。',
  ])('asks: %s', (text) => {
    expectSolicitation(text);
  });

  it.each([
    'If you ever have a spare moment, the care guide on page 3 shows how to oil the hinge.',
    'Wenn Sie mal einen Moment haben, prüfen Sie bitte, ob die Sternchen-Schraube fest sitzt.',
    'Si vous avez un instant, vérifiez que la petite étoile du couvercle est bien clipsée.',
    'Cuando tenga un momento, compruebe que la estrellita del tirador esté bien enroscada.',
    '시간 되실 때 설명서 3쪽의 세척 방법을 확인해 주세요.',
    'お時間のある時に、説明書3ページのお手入れ方法をご確認ください。',
  ])('leaves alone: %s', (text) => {
    expectNoSolicitation(text);
  });
});
