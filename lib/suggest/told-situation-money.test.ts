import { describe } from 'vitest';
import { itTells } from '@/lib/suggest/testing/told-situation-cases';

describe('toldSituation: what the customer tells about money, points and the account, in six languages', () => {
  itTells('discount_request', [
    { language: 'en', text: 'The lamp I bought went on sale two days later.' },
    { language: 'de', text: 'Könnten Sie mir die Preisdifferenz gutschreiben?' },
    { language: 'fr', text: 'Pouvez-vous me rembourser la différence ?' },
    { language: 'es', text: '¿Me podéis abonar la diferencia?' },
    { language: 'ko', text: '차액을 돌려받을 수 있을까요?' },
    { language: 'ja', text: '差額を返していただけますか。' },
  ]);

  itTells('account', [
    { language: 'en', text: 'My loyalty points from March never appeared.' },
    { language: 'de', text: 'Meine Treuepunkte fehlen seit dem Umzug.' },
    { language: 'fr', text: 'Mes points de fidélité ont disparu.' },
    { language: 'es', text: 'No me aparecen los puntos de la última compra.' },
    { language: 'ko', text: '지난 구매 포인트가 안 들어왔어요.' },
    { language: 'ja', text: '前回のポイントが付いていません。' },
  ]);

  itTells('refund', [
    { language: 'en', text: 'I returned the kettle three weeks ago and the money is still not back.' },
    { language: 'de', text: 'Meine Rücksendung ist laut DHL seit zehn Tagen bei Ihnen eingegangen.' },
    { language: 'fr', text: "J'ai renvoyé la veste le 2 et toujours rien sur mon compte." },
    { language: 'es', text: 'Devolví el abrigo hace un mes y todavía espero el dinero.' },
    { language: 'ko', text: '지난주에 반품한 상품이 이미 도착했다고 나와요.' },
    { language: 'ja', text: '先月返品しました靴の返金がまだです。' },
  ]);

  itTells('refund', [
    { language: 'en', text: 'Could you give me a full refund for the blender?' },
    { language: 'de', text: 'Ich bitte um volle Erstattung des Kaufpreises.' },
    { language: 'fr', text: 'Je vous demande un remboursement intégral.' },
    { language: 'es', text: 'Les pido el reembolso total de la compra.' },
    { language: 'ko', text: '전액 환불을 요청합니다.' },
    { language: 'ja', text: '全額返金をお願いいたします。' },
  ]);

  itTells('payment_issue', [
    { language: 'en', text: 'The driver wanted £18 in import VAT before he handed it over.' },
    { language: 'de', text: 'Der Bote verlangte Zollgebühren, obwohl verzollt angegeben war.' },
    { language: 'fr', text: 'Le livreur m’a réclamé des frais de douane.' },
    { language: 'es', text: 'El repartidor me cobró aranceles al entregarlo.' },
    { language: 'ko', text: '택배 받을 때 관세를 냈어요.' },
    { language: 'ja', text: '受け取り時に関税と消費税を請求されました。' },
  ]);

  itTells('payment_issue', [
    { language: 'en', text: "I paid by bank transfer under my husband's name." },
    { language: 'de', text: 'Die Überweisung ging mit falschem Verwendungszweck raus.' },
    { language: 'fr', text: 'J’ai fait le virement au nom de ma femme.' },
    { language: 'es', text: 'Hice la transferencia a nombre de mi marido.' },
    { language: 'ko', text: '입금자명을 남편 이름으로 넣었어요.' },
    { language: 'ja', text: 'コンビニの支払期限を過ぎてしまいました。' },
  ]);

  itTells('refund', [
    { language: 'fr', text: "D'après le suivi, le colis retour est arrivé chez vous lundi." },
    { language: 'en', text: 'The tracking says the return reached your warehouse on Monday.' },
  ]);

  // An account or a membership closed, asked (held-out 16's dead relatives): account.
  itTells('account', [
    { language: 'en', text: 'I would be grateful if you could close his account altogether.' },
    { language: 'de', text: 'Bitte löschen Sie das Konto samt Zahlungsdaten.' },
    { language: 'fr', text: 'Je vous prie de bien vouloir fermer son compte client.' },
    { language: 'es', text: 'Os pido que cerréis su cuenta y borréis sus datos.' },
    { language: 'ko', text: '회원 탈퇴 처리를 해주시고 남은 적립금도 알려주세요.' },
    { language: 'ja', text: '母の会員登録も削除していただきたく存じます。' },
  ]);

  // Someone claiming to be the shop asks for payment outside the marketplace: payment_issue.
  itTells('payment_issue', [
    { language: 'en', text: 'A man claiming to be from your shop asked me to pay outside the platform.' },
    { language: 'de', text: 'Ich habe eine Mail bekommen, angeblich von Ihnen, ich solle per Überweisung zahlen.' },
    { language: 'fr', text: "J'ai reçu un SMS d'un numéro qui dit être votre boutique." },
    { language: 'es', text: 'Me ha escrito alguien diciendo que es de vuestra tienda.' },
    { language: 'ko', text: '쿠팡 말고 계좌로 직접 입금하면 싸게 해준다고 연락이 왔어요.' },
    { language: 'ja', text: 'ショップを名乗る方から銀行振込の案内が来ました。' },
  ]);

  // A gift card's balance asked: account.
  itTells('account', [
    { language: 'en', text: "I don't know how much is left on it." },
    { language: 'de', text: 'Wie hoch ist das Restguthaben meiner Geschenkkarte?' },
    { language: 'fr', text: 'Et combien il reste dessus ?' },
    { language: 'es', text: '¿Dónde veo el saldo de mi tarjeta regalo?' },
    { language: 'ko', text: '상품권 잔액이 얼마 남았는지 어디서 보나요?' },
    { language: 'ja', text: 'ギフトカードの残りの金額を確認したいです。' },
  ]);

  // A partial refund paid short: refund.
  itTells('refund', [
    { language: 'en', text: 'You promised a partial refund of £20 but only £10 arrived.' },
    { language: 'de', text: 'Sie hatten mir eine Teilerstattung von 19,90 € zugesagt.' },
    { language: 'fr', text: 'Le remboursement partiel promis n’est pas arrivé en entier.' },
    { language: 'es', text: 'Me dijisteis que me devolveríais 30 € por la silla.' },
    { language: 'ko', text: '약속하신 부분 환불이 절반만 들어왔어요.' },
    { language: 'ja', text: '一部返金の件ですが、金額が足りません。' },
  ]);
});
