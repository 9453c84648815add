import { describe, it } from 'vitest';
import { expectNoSolicitation, expectOneSolicitation } from '@/lib/testing/amazon-lint';

describe('findReviewSolicitations, sixth pass: endorsements without a review word, proof of a post for a reward', () => {
  it.each([
    'If it works for you, could you give the grinder a thumbs up on the product page?',
    'A quick shout-out for us on Amazon would make the team very happy.',
    'Would you tell buyers still deciding between sizes how the boots fit?',
    'Über einen Daumen hoch bei Amazon würden wir uns freuen.',
    'Votre petit mot sur la fiche produit nous ferait chaud au cœur.',
    '¿Te animarías a contar en Amazon qué tal te fue con la freidora?',
    '¿Nos dejarías unas estrellitas en la ficha?',
    '마음에 드셨다면 별 5개 부탁드립니다.',
    '구매 인증 글 남겨 주시면 적립금을 드립니다.',
    '購入ページにお客様の声を届けていただけると嬉しいです。',
    'Send us a screenshot of your post on the listing and we will reimburse the postage.',
    'Mándanos una captura de tu reseña publicada y te regalamos el envío.',
    'Would you mind telling hikers who are still comparing boots how these held up?',
    'A kind word on the Amazon page would really boost our little shop.',
    'Could you recommend us to other buyers on the product page?',
    'Quelques lignes de votre part sur la page Amazon seraient vraiment précieuses.',
    'Would you consider leaving us a five on the listing?',
    'Wir würden uns freuen, wenn Sie das auch anderen Käufern bei Amazon sagen.',
    'Si te gustó, cuéntaselo a otros compradores en la ficha.',
    'Loving it? Let the world know on the product page!',
    'If it made your morning, we would be grateful for a bit of love on the listing.',
  ])('flags %s', expectOneSolicitation);

  it.each([
    'Could you send a screenshot of the error message so we can check the app?',
    'Please send a screenshot of the payment page; we will return the overcharge.',
    'Thumbs up from the warehouse: your parcel left this morning.',
    'Die Rücksendung ist veröffentlicht? Nein – das Etikett ist unterwegs.',
    'Pourriez-vous nous envoyer une capture d’écran du suivi ?',
    'La mochila de repuesto sale hoy; te devolvemos el envío.',
    '오류 화면을 캡처해서 보내 주시면 확인하겠습니다.',
    '配送状況のスクリーンショットをお送りいただけますか。',
    'Un petit mot pour nous dire si le colis est arrivé serait génial.',
    'A kind word goes a long way; the refund is done.',
    'We recommend other buyers measure the door before ordering.',
    'Merci de glisser une note avec votre numéro de commande dans le carton.',
    'Können Sie uns sagen, ob andere Kunden im Haus das Paket angenommen haben?',
    'Cuéntanoslo y se lo decimos a otros clientes afectados.',
  ])('passes %s', expectNoSolicitation);
});
