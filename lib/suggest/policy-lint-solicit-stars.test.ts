import { describe, expect, it } from 'vitest';
import { amazonCodes } from '@/lib/testing/amazon-lint';

describe('a star that is a thing is no rating; a low score named by its stars is the buyer’s rating', () => {
  it.each([
    'The stars on the lid can peel if it goes in the dishwasher, so we will send you a new lid.',
    'Could you send a photo of the star-shaped knobs so we can match the size?',
    'Die Sterne der Lichterkette lösen sich manchmal; bitte drücken Sie sie fest, wir schicken Ersatz.',
    'Les étoiles du mobile se décrochent parfois ; pourriez-vous nous envoyer une photo ?',
    'Las estrellas de la guirnalda se despegan con el calor; por favor, guárdala en un lugar fresco.',
    '별 모양 손잡이가 헐거우면 나사를 조여 주세요.',
    '星形のつまみが外れた場合は、写真を送っていただけますか？',
  ])('%s', (text) => {
    expect(amazonCodes(text)).not.toContain('review_request_biased');
  });

  it.each([
    'Now that the kettle works, could you reconsider your two-star score?',
    'Könnten Sie Ihre Zwei-Sterne-Wertung jetzt, wo alles passt, noch einmal anpassen?',
    'Pourriez-vous revoir votre note d’une étoile maintenant que le colis est arrivé ?',
    '¿Podrías cambiar tu puntuación de una estrella ahora que ya funciona?',
    '문제가 해결되었으니 별 하나 주신 것을 수정해 주실 수 있을까요?',
    '解決しましたので、星1つの評価を見直していただけませんか？',
    // a thing's stars in the same sentence as a real ask
    'The stars on the lid came off, sorry, and five stars on the listing would help us a lot.',
  ])('%s', (text) => {
    expect(amazonCodes(text)).toContain('review_request_biased');
  });
});
