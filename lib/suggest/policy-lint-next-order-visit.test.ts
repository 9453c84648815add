import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

describe("a gift for the buyer's next visit to the shop is an incentive", () => {
  it.each([
    ['en', "Sorry again for the wait. When you next visit us, mention this email and we'll add a free sample to your parcel."],
    ['de', 'Entschuldigen Sie die Verzögerung. Wenn Sie uns wieder besuchen, legen wir Ihnen gern eine kleine Probe als Geschenk bei.'],
    ['fr', 'Désolés pour ce contretemps. Quand vous nous rendrez visite, un petit cadeau vous attendra avec ce message.'],
    ['es', 'Perdone la espera. Cuando vuelva a visitarnos, enséñenos este mensaje y le daremos un regalo.'],
    ['ko', '불편을 드려 죄송합니다. 다음에 또 저희 매장을 들러 주실 때 이 문자를 보여 주시면 사은품을 드릴게요.'],
    ['ja', 'ご不便をおかけしました。次にご来店の際、このメールをお見せいただければ粗品をプレゼントいたします。'],
  ])('%s', (_language, reply) => {
    expect(codes(reply)).toContain('marketing');
  });

  it('leaves a next visit with nothing offered alone', () => {
    expect(codes('When you next visit us, you will find the shop on the corner of Mill Street.')).toEqual([]);
    expect(codes('다음에 또 저희 매장을 찾아 주실 때는 새 주소로 오시면 됩니다.')).toEqual([]);
  });
});
