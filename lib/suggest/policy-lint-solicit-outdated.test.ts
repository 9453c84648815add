import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

// Session 22 (lint20), from lint held-out 19's class: a low rating of the buyer's said no longer to fit, now the problem
// is solved, asks for its change without an ask word; "repasar" / "go over" a comment on the seller page revises it.
describe('a rating said to be out of date', () => {
  it.each([
    'Now the new blade is fitted, that two-star rating no longer really reflects how things went.',
    'Da der neue Filter jetzt passt, stimmt Ihre Zwei-Sterne-Wertung ja eigentlich nicht mehr so recht.',
    "Maintenant que la housse est remplacée, votre note de deux étoiles ne correspond plus vraiment à ce qui s'est passé.",
    'Con la bomba nueva ya instalada, sus dos estrellas ya no reflejan lo que ocurrió al final.',
    '새 필터로 교체되었으니 남겨 주신 별 두 개 평가도 이제는 바뀔 수 있을 것 같습니다.',
    '新しい刃に交換できましたので、星2つのご評価は今の状況にはそぐわないかもしれません。',
    'Cuando le llegue, ¿podría repasar su comentario en nuestro perfil para contar cómo terminó?',
    'Once the hinge is swapped, would you go over the comment you left on our seller page?',
  ])('asks: %s', (text) => {
    expectSolicitation(text);
  });

  it.each([
    'The old filter no longer fits the new housing, so we have sent the right one.',
    'Der alte Deckel passt nicht mehr auf die neue Kanne, deshalb schicken wir den richtigen.',
    "L'ancien joint ne correspond plus au nouveau modèle ; le bon part aujourd'hui.",
    'El filtro antiguo ya no encaja en la carcasa nueva, así que le enviamos el correcto.',
    '기존 뚜껑은 새 모델과 맞지 않아 맞는 부품을 보내 드렸습니다.',
    '旧型の蓋は新しいポットに合わなくなったため、正しい部品をお送りしました。',
  ])('leaves alone: %s', (text) => {
    expectNoSolicitation(text);
  });
});
