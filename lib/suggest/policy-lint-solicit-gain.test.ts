import { describe, expect, it } from 'vitest';
import { amazonCodes as findings } from '@/lib/testing/amazon-lint';

// Thirteenth pass: a gain to other shoppers from the buyer's view, on a public place, asks for a review without an ask.
describe('a review asked for by what it would give other shoppers', () => {
  it.each([
    'People still torn between the two sizes would truly benefit from reading how the rug wears in a busy hallway, on the listing.',
    'Interessenten, die noch überlegen, würden sehr davon profitieren, auf der Produktseite zu erfahren, wie der Topf bei Ihnen kocht.',
    'Les prochains acheteurs apprécieraient de savoir, sur la fiche produit, comment la lampe éclaire votre bureau.',
    'A otros compradores les ayudaría mucho conocer cómo le funciona la freidora, en la página del producto.',
    '구매를 망설이는 다른 분들께는 상품 페이지에서 실제 사용 경험을 들으면 유용할 거예요.',
    '購入を迷っている他のお客様には、商品ページで実際の印象を知ることができれば役に立つはずです。',
  ])('flags %s', (text) => {
    expect(findings(text)).toContain('review_request_biased');
  });

  it.each([
    'Other shoppers would benefit from the new size chart, which we added to the listing this morning.',
    'Andere Käufer hatten Erfolg damit, die Dichtung einmal einzufetten; versuchen Sie das gern zuerst.',
    'D’autres clients ont résolu le souci en réinitialisant la minuterie, cela vaut la peine d’essayer.',
    'Otros compradores ya recibieron la pieza nueva; la suya sale hoy.',
  ])('leaves a gain that asks for no view alone: %s', (text) => {
    expect(findings(text)).not.toContain('review_request_biased');
  });
});

// Amazon's own messages reach the seller: asking the buyer to write there is no review asked for an audience.
describe('Amazon messages are no audience', () => {
  it.each([
    '[Important] The parcel is waiting at the depot: please tell us the missing flat number through Amazon messages so it can go out again.',
    '[Wichtig] Bitte teilen Sie uns die fehlende Hausnummer über die Amazon-Nachrichten mit, dann versenden wir erneut.',
    '[Important] Merci de nous écrire via la messagerie Amazon le code postal exact pour la réexpédition.',
    '[Importante] Escríbanos por los mensajes de Amazon la dirección completa y reenviaremos el paquete.',
    '[중요] 아마존 메시지로 우편번호를 알려주시면 바로 재발송해 드리겠습니다.',
    '【重要】Amazonのメッセージで正しいご住所をお書きいただければ、すぐに再発送いたします。',
  ])('leaves an address asked for there: %s', (text) => {
    expect(findings(text)).toEqual([]);
  });

  it('still flags a review asked for on the listing in the same reply', () => {
    const text = 'Please send the address through Amazon messages. And do tell other buyers on the listing what you think!';
    expect(findings(text)).toContain('review_request_biased');
  });
});
