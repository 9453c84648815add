import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

describe('findReviewSolicitations, ninth pass: changing or withdrawing what the buyer published about the shop', () => {
  it.each([
    'Now that the kettle works, could you bring your post from last week up to date?',
    'Would you consider taking back what you wrote online about the delay?',
    'Könnten Sie Ihren Beitrag über die Lieferung nun bitte überarbeiten?',
    'Vielleicht mögen Sie das, was Sie letzte Woche geschrieben haben, zurücknehmen?',
    'Pourriez-vous revenir sur ce que vous avez publié mardi, maintenant que le colis est arrivé ?',
    'Seriez-vous d’accord pour actualiser votre publication à notre sujet ?',
    '¿Podría editar lo que dejó escrito sobre nuestra tienda ahora que todo está resuelto?',
    'Si le parece bien, ¿podría rectificar su publicación del lunes?',
    '지난주에 올리신 글을 내려 주실 수 있을까요?',
    '게시하신 내용을 한 번 고쳐 주시면 감사하겠습니다.',
    '先日投稿された内容を取り消していただけないでしょうか。',
    '以前書き込まれたコメントを、よろしければ書き直していただけますか。',
  ])('flags %s', expectSolicitation);

  it.each([
    'Could you update us once the courier has collected the parcel?',
    'Could you change the name you wrote for the engraving before Friday?',
    'Könnten Sie den Text für die Gravur bitte noch einmal überarbeiten?',
    'Pourriez-vous actualiser votre adresse dans votre compte avant l’envoi ?',
    '¿Podría rectificar el número de casa en su dirección de envío?',
    '주소를 수정해 주시면 바로 재발송하겠습니다.',
    'お届け先の番地を更新していただけますか。',
    'Könnten Sie Ihren Eintrag im Bestellformular noch abändern? Die Farbe fehlt.',
    '작성하신 주소에 호수가 빠져 있어 수정해 주시면 바로 보내 드리겠습니다.',
  ])('passes %s', expectNoSolicitation);
});
