import { describe } from 'vitest';
import { itTells } from '@/lib/suggest/testing/told-situation-cases';

describe('toldSituation: what the customer tells about an order and its parcel, in six languages', () => {
  itTells('wrong_item', [
    { language: 'en', text: 'The box on my mat today is in somebody’s name, not addressed to me at all.' },
    { language: 'de', text: 'Das Paket ist nicht meins, es steht ein anderer Name drauf.' },
    { language: 'fr', text: 'Le carton est arrivé au nom de quelqu’un d’autre.' },
    { language: 'es', text: 'La caja viene a nombre de otra persona.' },
    { language: 'ko', text: '현관에 다른 분 앞으로 온 상자가 있어요.' },
    { language: 'ja', text: '玄関に他の方宛の箱が置かれていました。' },
  ]);

  itTells('modify_order', [{ language: 'en', text: "I'm travelling next week, could you hold the order until Monday?" }]);

  // A delivery instruction for an order placed (held-out 15's accessibility needs): modify_order.
  itTells('modify_order', [
    { language: 'en', text: 'My knee is bad, could the driver carry the box up to my flat?' },
    { language: 'de', text: 'Könnte der Fahrer das Paket bitte hochtragen?' },
    { language: 'fr', text: 'Merci de laisser le colis chez la gardienne.' },
    { language: 'es', text: '¿El repartidor puede subir el paquete hasta la puerta?' },
    { language: 'ko', text: '기사님이 문 앞까지 올려 주실 수 있나요?' },
    { language: 'ja', text: '荷物を玄関まで運んでいただけますか。' },
    { language: 'de', text: 'Können Sie die Sendung bis Freitag zurückhalten?' },
    { language: 'fr', text: "Pouvez-vous retarder l'envoi d'une semaine ?" },
    { language: 'es', text: '¿Podéis retener el pedido hasta el lunes?' },
    { language: 'ko', text: '선물이라 거래명세서는 빼고 보내 주세요.' },
    { language: 'ja', text: '贈り物なので金額のわかるものは同封しないでください。' },
  ]);

  itTells('missing_item', [
    { language: 'en', text: 'The bag came today but the shoulder strap is missing.' },
    { language: 'de', text: 'Im Karton fehlt die Fernbedienung.' },
    { language: 'fr', text: 'Il manque le couvercle de la petite casserole.' },
    { language: 'es', text: 'En la caja faltan dos de las seis tazas.' },
    { language: 'ko', text: '상자에 충전기가 빠져 있었어요.' },
    { language: 'ja', text: '箱にリモコンが入っていませんでした。' },
  ]);

  itTells('cancel_order', [
    { language: 'en', text: 'Please cancel my subscription to the tea box from next month.' },
    { language: 'de', text: 'Bitte das Abo beenden, ich brauche keine Kapseln mehr.' },
    { language: 'fr', text: 'Je souhaite résilier la box mensuelle de chaussettes.' },
    { language: 'es', text: 'Quiero darme de baja de la suscripción de vino.' },
    { language: 'ko', text: '매달 오는 꽃 정기배송 해지해 주세요.' },
    { language: 'ja', text: '毎月のお米の定期便をやめたいです。' },
  ]);

  itTells('modify_order', [
    { language: 'en', text: "If I'm out, please leave the parcel with the flat downstairs." },
    { language: 'de', text: 'Falls ich nicht da bin, bitte beim Nachbarn abgeben.' },
    { language: 'fr', text: 'Si je suis absente, laissez-le chez ma voisine du 3e.' },
    { language: 'es', text: 'Si no estoy, podéis dejarlo con mi vecino del segundo.' },
    { language: 'ko', text: '이사 때문에 15일 이후에 보내 주시면 좋겠어요.' },
    { language: 'ja', text: '帰省するので、25日以降にお届けいただけますか。' },
  ]);

  itTells('cancel_order', [{ language: 'ja', text: '母の定期便の解約の手続きをお願いします。' }]);

  // An order the customer never placed: stopping it is cancel_order.
  itTells('cancel_order', [
    { language: 'en', text: "I've just had a confirmation for an order I did not place." },
    { language: 'de', text: 'Ich habe eine Bestätigung für eine Bestellung bekommen, die ich nie aufgegeben habe.' },
    { language: 'fr', text: "J'ai reçu la confirmation d'une commande que je n'ai jamais passée." },
    { language: 'es', text: 'Me ha llegado la confirmación de un pedido que no he hecho.' },
    { language: 'ko', text: '제가 하지 않은 주문 확인 메일이 왔어요.' },
    { language: 'ja', text: '身に覚えのない注文の確認メールが届きました。' },
  ]);

  // One delivery skipped, the cancel denied: modify_order.
  itTells('modify_order', [
    { language: 'en', text: "I don't want to cancel, I just want to not get January's bag." },
    { language: 'de', text: 'Bitte nicht kündigen, nur den Januar aussetzen.' },
    { language: 'fr', text: "Je ne veux surtout pas résilier, j'adore." },
    { language: 'es', text: 'No quiero cancelar, solo saltarme el envío de enero.' },
    { language: 'ko', text: '해지는 아니고요! 한 주만 건너뛰고 싶어요.' },
    { language: 'ja', text: '解約ではなく、1回お休みさせていただきたいです。' },
  ]);

  // A parcel held at customs for weeks: where_is_my_order.
  itTells('where_is_my_order', [
    { language: 'en', text: 'It has been showing "held at customs" since 4 November.' },
    { language: 'de', text: 'Das Paket liegt seit vier Wochen beim Zoll fest.' },
    { language: 'fr', text: 'Mon colis est bloqué en douane depuis un mois.' },
    { language: 'es', text: 'Mi pedido lleva retenido en aduana desde octubre.' },
    { language: 'ko', text: '한 달째 통관 보류 상태예요.' },
    { language: 'ja', text: '追跡では「通関手続中」のまま止まっています。' },
  ]);

  // A parcel locker that will not open: where_is_my_order.
  itTells('where_is_my_order', [
    { language: 'en', text: 'The parcel locker won’t open with my code.' },
    { language: 'de', text: 'Display sagt "Fach gestört".' },
    { language: 'fr', text: 'Le casier ne s’ouvre pas avec mon code.' },
    { language: 'es', text: 'La taquilla no se abre, ya he probado tres veces.' },
    { language: 'ko', text: '비밀번호 눌러도 함이 안 열려요.' },
    { language: 'ja', text: '暗証番号を入れても扉が開きません。' },
  ]);

  // A home delivery switched to collecting from the shop, asked: modify_order.
  itTells('modify_order', [
    { language: 'en', text: 'Can I switch it to collect from the store instead?' },
    { language: 'de', text: 'Kann ich die Bestellung stattdessen im Laden abholen?' },
    { language: 'fr', text: 'Je peux venir le récupérer moi-même plutôt ?' },
    { language: 'es', text: '¿Puedo cambiarlo a recogida en tienda?' },
    { language: 'ko', text: '매장 픽업으로 바꿀 수 있을까요?' },
    { language: 'ja', text: '店舗受け取りに変更できますか。' },
  ]);
});
