import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Tenth pass: the audience is the place of purchase or "the rest" of the buyers, the view is how it went.
describe('a review asked for where the buyer bought it, or from the other buyers', () => {
  it.each([
    'If you are pleased with it, a few lines on your experience wherever you purchased the mixer would be useful to others.',
    'Wenn Sie glücklich damit sind, freuen sich bestimmt viele über ein paar Sätze zu Ihren Eindrücken dort, wo Sie die Pfanne erworben haben.',
    "Si vous êtes satisfaite, quelques mots sur votre expérience là où vous l'avez commandé seraient très utiles aux futurs clients.",
    'Si quedaste contenta, unas líneas sobre tu experiencia donde lo pediste serían muy útiles para otros.',
    '마음에 드셨다면 구입하신 곳에 사용 소감을 남겨 주시면 다른 분들께 참고가 될 것 같습니다.',
    'ご満足いただけましたら、ご購入された先にお使いのご感想をお書きいただけますと幸いです。',
  ])('flags a place-of-purchase ask: %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(true);
  });

  it.each([
    'Could you let the rest of the community know how everything worked out with the new hose?',
    'Möchten Sie den anderen Käuferinnen berichten, wie es mit dem Ersatzteil geklappt hat?',
    "Voudriez-vous raconter aux autres acheteurs comment cela s'est passé avec le nouveau moteur ?",
    '¿Podrías contarle al resto de usuarios qué tal fue con el cargador nuevo?',
    '다른 구매자분들께 새 부품이 어땠는지 들려주실 수 있을까요?',
    '他の購入者の皆様に、新しい部品のご様子を教えていただけませんか？',
  ])('flags telling the other buyers how it went: %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(true);
  });

  it.each([
    'Could you tell us how it went once you fitted the new hose? If it still drips we will send another.',
    'Wo haben Sie die Pfanne gekauft? Dann können wir die Garantie prüfen.',
    "Pourriez-vous nous dire comment cela s'est passé avec le nouveau moteur ?",
    '¿Nos cuentas qué tal fue con el cargador nuevo?',
    '어디에서 구입하셨는지 알려 주시면 보증 여부를 확인해 드리겠습니다.',
    'どちらでご購入されたか教えていただけますか？保証を確認いたします。',
    'If you are happy with the replacement, there is no need to send the old one back.',
    'Wenn Sie zufrieden sind, müssen Sie nichts weiter tun.',
  ])('leaves a question about the order alone: %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(false);
  });
});

describe('a note the buyer left for the order is no review to revise', () => {
  it.each([
    'Could you update the delivery instructions so the driver can find the side gate?',
    'Could you change the note you left at checkout? The courier could not read the flat number.',
    'Könnten Sie Ihren Kommentar zur Lieferung ändern, damit der Bote das Paket beim Nachbarn abgibt?',
    'Pourriez-vous modifier votre commentaire de livraison pour indiquer le code du portail ?',
    '¿Podría cambiar la nota de entrega para que el repartidor deje el paquete en conserjería?',
    '주문 시 쓰신 글(배송 메모)을 수정해 주시면 기사님께 다시 전달하겠습니다.',
    'ご注文時にご記入いただいた配送メモを修正していただけますか？',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(false);
  });

  it.each([
    'Could you update the note you left about us last week, now that the kettle works?',
    'Könnten Sie Ihren Kommentar über unseren Shop ändern, jetzt wo alles geklärt ist?',
    '지난주에 쓰신 글을 수정해 주실 수 있을까요?',
  ])('still flags a revision of what the buyer published: %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(true);
  });
});
