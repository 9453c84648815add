import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

// Session 16: support asked as a good report, the seller profile to be brought in line, a free item for a posted review.
describe('a review asked as support, as the seller profile to revise, or paid for with a free item', () => {
  it.each([
    'If you’d like to support us with a glowing write-up on the listing, it would be a real blessing.',
    'Wenn Sie uns mit einer kurzen guten Rezension auf der Produktseite unterstützen möchten, wäre das ein echter Segen.',
    'Si vous souhaitez nous soutenir par un court avis positif sur la fiche, ce serait une vraie bénédiction.',
    'Si desea apoyarnos con una reseña breve y positiva en la ficha, sería una bendición.',
    '좋은 사용기로 응원해 주시면 저희에게 큰 축복이 됩니다.',
    'よろしければ良い体験談で応援していただけますと幸いです。',
  ])('flags support asked as a good report: %s', expectSolicitation);

  it.each([
    'Could what shows on our seller profile now reflect how the exchange ended?',
    'Könnten Sie dafür sorgen, dass das, was auf unserem Verkäuferprofil steht, den Ausgang widerspiegelt?',
    'Pourriez-vous mettre à jour ce qui s’affiche sur notre profil vendeur ?',
    '¿Podría cambiar lo que se ve en nuestro perfil de vendedor ahora que está resuelto?',
    '판매자 프로필에 표시된 내용을 다시 생각해 주실 수 있을까요?',
    '出品者プロフィールに表示されている内容を見直していただけないでしょうか。',
  ])('flags the seller profile to revise: %s', expectSolicitation);

  it.each([
    'Show us the review you posted on the listing and we’ll send a spare filter free of charge.',
    'Wenn Sie uns Ihre Bewertung auf der Produktseite zeigen, schicken wir Ihnen kostenlos einen Ersatzfilter.',
    'Si vous nous transmettez une capture de votre avis publié sur la fiche, nous vous enverrons gratuitement un filtre.',
    'Si nos manda una captura de su reseña en la ficha, le enviaremos gratis un filtro.',
    '상품 페이지에 올린 후기 화면을 보내 주시면 무료로 필터를 드립니다.',
    '商品ページに投稿したレビューをお送りいただければ、無料でフィルターをお送りします。',
  ])('flags a free item for a posted review: %s', expectSolicitation);

  it.each([
    'Send us a photo of the rating plate and we’ll ship the right seal free of charge.',
    'If you’d like to support the warranty claim, please send the receipt.',
    'Wenn Sie uns die Seriennummer schicken, senden wir Ihnen kostenlos die passende Dichtung.',
    'Si vous nous envoyez le numéro de commande, nous vous ferons parvenir gratuitement la notice.',
    'Lo que aparece en nuestro perfil de vendedor es la dirección antigua; ya la cambiamos.',
    '판매자 프로필에 표시된 연락처를 저희가 변경했습니다.',
    '出品者プロフィールに掲載されている住所を修正いたしました。',
  ])('passes service: %s', expectNoSolicitation);
});
