import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

describe("the seller waiting for the buyer's words where shoppers read them asks for a review", () => {
  it.each([
    ['en', "Glad the lamp works. We'll be waiting for your thoughts on the product page."],
    ['de', 'Schön, dass alles passt. Wir warten gespannt auf Ihre Meinung auf der Produktseite.'],
    ['fr', 'Ravis que tout aille bien. Nous attendrons votre avis sur la fiche produit.'],
    ['es', 'Qué bien que todo funcione. Estaremos esperando su opinión en la página del producto.'],
    ['ko', '램프가 잘 작동한다니 다행입니다. 상품 페이지에서 고객님의 의견을 기다리고 있겠습니다.'],
    ['ja', 'ランプが無事に動いて安心しました。商品ページでのご感想をお待ちしております。'],
  ])('%s', (_language, reply) => {
    expect(codes(reply)).toContain('review_request_biased');
  });

  it('leaves waiting for a parcel or a delivery alone', () => {
    expect(codes("Your return is on its way back to us. We'll be waiting for the parcel and refund as soon as it lands.")).toEqual([]);
    expect(codes('Wir warten gespannt auf die neue Lieferung und melden uns dann.')).toEqual([]);
    expect(codes('商品の到着をお待ちしております。届きましたらすぐに交換品を発送いたします。')).toEqual([]);
  });
});
