import { describe } from 'vitest';
import { itTells } from '@/lib/suggest/testing/told-situation-cases';

describe('toldSituation: what the customer asks before buying, suggests or wants done about the product, in six languages', () => {
  itTells('pre_sale_question', [
    { language: 'en', text: "I'm torn between the walnut and the oak desk." },
    { language: 'de', text: 'Ich schwanke zwischen der kleinen und der großen Pfanne.' },
    { language: 'fr', text: "J'hésite entre le modèle bleu et le gris." },
    { language: 'es', text: 'Dudo entre la versión de 2 y la de 4 plazas.' },
    { language: 'ko', text: '소형이랑 대형 중에 고민 중이에요.' },
    { language: 'ja', text: '白と黒で迷っています。' },
  ]);

  itTells('exchange', [
    { language: 'en', text: 'They pinch a little, could I swap them for a 9?' },
    { language: 'de', text: 'Geht das auch eine Nummer größer?' },
    { language: 'fr', text: 'Est-ce que je peux les échanger contre un 38 ?' },
    { language: 'es', text: '¿Puedo cambiarlos por una talla más?' },
    { language: 'ko', text: '한 사이즈 큰 걸로 보내주실 수 있나요?' },
    { language: 'ja', text: '23cmに替えていただけますか。' },
  ]);

  itTells('pre_sale_question', [
    { language: 'en', text: 'Will the rust colour be back in stock before spring?' },
    { language: 'de', text: 'Ist die Thermoskanne bald wieder lieferbar?' },
    { language: 'fr', text: 'Le plaid gris sera-t-il de nouveau disponible en janvier ?' },
    { language: 'es', text: '¿Reponéis la tetera roja antes de Reyes?' },
    { language: 'ko', text: '베이지 색상 재입고 예정 있나요?' },
    { language: 'ja', text: '紺色の再入荷はいつ頃でしょうか。' },
  ]);

  itTells('feedback', [
    { language: 'en', text: 'One small suggestion: a refill without the holder would be great.' },
    { language: 'de', text: 'Eine kleine Anregung: Nachfüllpacks ohne Halter wären toll.' },
    { language: 'fr', text: 'Petite suggestion : vendre la recharge seule serait génial.' },
    { language: 'es', text: 'Una sugerencia: estaría bien poder comprar solo el repuesto.' },
    { language: 'ko', text: '작은 건의드리자면 리필만 따로 팔아 주시면 좋겠어요.' },
    { language: 'ja', text: 'ちょっとした提案なのですが、詰め替えだけ買えると嬉しいです。' },
  ]);

  itTells('product_question', [
    { language: 'en', text: 'I read there is a product recall on the Aqua kettle.' },
    { language: 'de', text: 'Ich habe von der Rückrufaktion für den Föhn gelesen.' },
    { language: 'fr', text: 'J’ai vu une campagne de rappel pour ce modèle.' },
    { language: 'es', text: 'He visto la retirada del mercado de esa cafetera.' },
    { language: 'ko', text: '그 가습기가 리콜 대상이라고 들었어요.' },
    { language: 'ja', text: 'ニュースでリコールの件を知りました。' },
  ]);

  // A checkout a screen reader cannot use: ordering another way asked is pre_sale_question.
  itTells('pre_sale_question', [
    { language: 'en', text: 'Can I place the order over the phone instead?' },
    { language: 'de', text: 'Kann ich die Lampe auch telefonisch bestellen?' },
    { language: 'fr', text: 'Est-il possible de commander par téléphone ?' },
    { language: 'es', text: '¿Puedo hacer el pedido por teléfono?' },
    { language: 'ko', text: '주문을 전화로 대신 접수해 주실 수 있나요?' },
    { language: 'ja', text: '電話で注文することはできますか。' },
  ]);

  // The website's trouble passed on to whoever builds it: feedback.
  itTells('feedback', [
    { language: 'en', text: 'And please pass this on to whoever builds your website.' },
    { language: 'de', text: 'Bitte leiten Sie das an Ihre Webentwickler weiter.' },
    { language: 'fr', text: 'Merci de transmettre mes remarques à votre service web.' },
    { language: 'es', text: 'Por favor, pasadlo a vuestro equipo web.' },
    { language: 'ko', text: '웹 접근성 개선도 꼭 검토 부탁드립니다.' },
    { language: 'ja', text: '今後、ウェブサイトの改善もご検討いただければ幸いです。' },
  ]);

  // A quote asked for many items before buying: pre_sale_question.
  itTells('pre_sale_question', [
    { language: 'en', text: 'Could you send us a formal quote for 45 desks?' },
    { language: 'de', text: 'Können Sie uns ein Angebot für 60 Stühle schicken?' },
    { language: 'fr', text: 'Pourriez-vous nous faire un devis pour 80 exemplaires ?' },
    { language: 'es', text: '¿Nos podéis pasar un presupuesto para 200 tazas?' },
    { language: 'ko', text: '120세트 기준으로 견적서 보내주실 수 있나요?' },
    { language: 'ja', text: '100個でお見積りをいただけますか。' },
  ]);

  // Whether a variant exists, asked: pre_sale_question.
  itTells('pre_sale_question', [
    { language: 'en', text: 'Also do you do them in a box of 24 rather than 12?' },
    { language: 'de', text: 'Ist das Knäckebrot auch in einer glutenfreien Variante geplant?' },
    { language: 'fr', text: 'Existe-t-il une version sans gluten de ces biscuits ?' },
    { language: 'es', text: '¿Tenéis alguna versión vegana de las galletas?' },
    { language: 'ko', text: '이 쿠키는 비건 버전도 있나요?' },
    { language: 'ja', text: 'このクッキーにグルテンフリー版はありますか。' },
  ]);

  // The courier to be told how it handles parcels: complaint.
  itTells('complaint', [
    { language: 'en', text: 'Maybe tell your courier to be a bit gentler.' },
    { language: 'de', text: 'Vielleicht sagt ihr dem Versanddienstleister mal Bescheid.' },
    { language: 'fr', text: 'Merci de prévenir le transporteur, ce n’est pas la première fois.' },
    { language: 'es', text: 'Por favor, avisad a la empresa de transporte.' },
    { language: 'ko', text: '택배사에 한번 말씀해 주시면 좋겠어요.' },
    { language: 'ja', text: '配送業者にお伝えいただけますと幸いです。' },
  ]);

  // A repair asked instead of a refund: damaged_item.
  itTells('damaged_item', [
    { language: 'en', text: 'To be honest I would rather have it repaired.' },
    { language: 'de', text: 'Ich möchte kein Geld zurück, ich möchte den Toaster repariert haben.' },
    { language: 'fr', text: 'Je préférerais qu’elle soit réparée.' },
    { language: 'es', text: 'Prefiero que la reparen, no quiero el dinero.' },
    { language: 'ko', text: '저는 환불 말고 수리를 받고 싶어요.' },
    { language: 'ja', text: '返金よりも修理をお願いしたいです。' },
  ]);
});
