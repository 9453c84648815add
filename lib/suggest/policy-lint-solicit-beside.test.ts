import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

// Session 23 (lint21, lint held-out 20's review misses): a spare moment asked in the conditional or with a diminutive,
// and the buyer's view asked for next to the product, ask for a review without the word.
describe('a view asked for next to the product, if the buyer ever had a moment', () => {
  it.each([
    'Glad the kettle suits your kitchen. Your impressions next to the listing, if you ever had a spare minute, would mean a lot.',
    'Schön, dass der Wasserkocher passt. Ihre Eindrücke neben dem Produkt, falls Sie einmal einen Moment hätten, wären uns viel wert.',
    'Ravis que la bouilloire vous plaise. Vos impressions à côté du produit, si vous aviez un instant, compteraient beaucoup.',
    'Qué bien que el hervidor le guste. Leer lo que opina del hervidor junto al producto, cuando tenga un momentito, significaría mucho.',
    '주전자가 마음에 드신다니 기쁩니다. 잠깐 시간 되시면 상품 옆에 사용해 보신 느낌을 남겨 주시겠어요?',
    'ケトルを気に入っていただけて嬉しいです。少しお時間があれば、商品の横にご感想を書いていただけますか？',
  ])('flags %s', (text) => {
    expectSolicitation(text);
  });

  it.each([
    'If you ever had a spare minute, the care guide next to the listing explains how to descale it.',
    'Falls Sie einen Moment hätten, finden Sie die Pflegehinweise neben dem Produkt.',
    'Si vous aviez un instant, le guide d’entretien est à côté du produit.',
    'Si tuviera un ratito, la guía de cuidado está junto al producto.',
    '잠깐 시간 되시면 상품 옆에 있는 관리 안내를 확인해 주세요.',
    '少しお時間があれば、商品の横にある取扱説明をご確認ください。',
  ])('leaves %s alone', (text) => {
    expectNoSolicitation(text);
  });
});
