import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 21 (lint19), from lint held-out 18's misses, in other words: shoppers still making up their minds as an
// audience, a few sentences as the buyer's view, a telling verb after "wenn Sie" / "si les cuentas", a critical comment as
// the buyer's earlier opinion, and German "wir bitten Sie" as an ask.
describe('review asks to undecided shoppers, and a critical comment asked away', () => {
  it.each([
    'Shoppers still making up their minds would be glad of a few sentences from you on the product page.',
    'Wenn Sie kurz schreiben, wie sich der Mantel im Regen trägt, hilft das anderen Käufern bei der Wahl.',
    'Les acheteurs qui hésitent encore aimeraient lire quelques phrases de votre part sur la fiche.',
    'Si les cuentas a otros clientes qué tal te fue con la mochila, nos ayudas un montón.',
    '고민 중인 분들을 위해 상품 페이지에 몇 문장만 남겨 주시면 감사하겠습니다.',
    '迷っている方のために、商品ページに数行ご感想をいただけると嬉しいです。',
    'Wir bitten Sie, die kritische Bewertung auf unserer Verkäuferseite anzupassen.',
    'Pourriez-vous retirer le commentaire critique laissé sur notre page vendeur ?',
    '¿Podría quitar el comentario crítico de nuestra página de vendedor?',
    '비판적인 리뷰를 삭제해 주실 수 있을까요?',
    '厳しいレビューを取り下げていただけないでしょうか。',
  ])('asks: %s', (text) => {
    expect(codes(text)).toContain('review_request_biased');
  });

  it.each([
    'Ihre Bewertung gehört Ihnen; wir bitten Sie weder darum, sie zu ändern, noch sie zu löschen.',
    'Wir bitten Sie, das Paket bis Freitag bei der Post abzugeben.',
    'Wenn Sie uns die Seriennummer schreiben, schicken wir das passende Ersatzteil.',
    'Si les cuentas a los del transporte que falta un bulto, abrirán una reclamación.',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
