import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { toldSituation } from '@/lib/suggest/told-situation';

/** Session 17: a review left by mistake, and a part told missing as an empty slot (situation-cues.json). */
describe('toldSituation: a review left by mistake, asked taken down', () => {
  it.each([
    ['Could you delete my review on the kettle?', 'feedback'],
    ['Ich habe die Lampe versehentlich bewertet, können Sie die Bewertung löschen?', 'feedback'],
    ["J'ai laissé cet avis par erreur, pouvez-vous le retirer ?", 'feedback'],
    ['¿Podéis borrar mi reseña de la sartén?', 'feedback'],
    ['다른 상품에 리뷰를 잘못 남겼어요.', 'feedback'],
    ['別の商品と間違えてレビューを書いてしまいました。', 'feedback'],
  ])('%j tells %s', (clause, intent) => {
    expect(toldSituation(clause)).toBe(intent);
  });

  it('leaves a review merely told or threatened alone', () => {
    expect(toldSituation('Ich habe gestern eine 1-Stern-Bewertung geschrieben.')).toBeUndefined();
    expect(toldSituation("I'll leave a one star review if this isn't sorted.")).toBeUndefined();
  });
});

describe('toldSituation: a part told missing as an empty slot', () => {
  it.each([
    ['The chocolate box had an empty slot where the truffle should be.', 'missing_item'],
    ['Im Werkzeugkoffer war das Fach für den Akku leer: leeres Fach.', 'missing_item'],
    ['Le coffret ne contenait que 5 bougies, un emplacement vide.', 'missing_item'],
    ['En el estuche había un hueco vacío donde iba el bolígrafo.', 'missing_item'],
    ['선물세트 한 칸이 비어 있었어요.', 'missing_item'],
    ['箱を開けたら一か所が空っぽでした。', 'missing_item'],
  ])('%j tells %s', (clause, intent) => {
    expect(toldSituation(clause)).toBe(intent);
  });

  it('leaves broken pieces "manquantes" to be sent to the damage told', () => {
    expect(toldSituation('Pouvez-vous envoyer les pièces manquantes ?')).toBeUndefined();
  });
});

describe('the shipped classifier (synthetic mails, written for session 17)', () => {
  it.each([
    [
      'Hi, awkward one. I reviewed your blender last night but I was thinking of a different one I own, yours works perfectly. I cannot see how to remove it. Can you take it down please? Thanks',
      'feedback',
    ],
    [
      'Hallo, ich habe den Stuhl versehentlich mit einem Stern bewertet, ich meinte einen anderen Shop. Könnten Sie die Bewertung löschen? Danke',
      'feedback',
    ],
    ['Hola, nuestro calendario de adviento llegó ayer y el día 3 tenía el hueco vacío. ¿Nos podéis enviar el de ese día?', 'missing_item'],
    [
      'Guten Tag, die Pralinenschachtel war schön verpackt, aber ein Fach war leer. Leeres Fach, die Folie war heil. Könnt ihr eine Praline nachschicken?',
      'missing_item',
    ],
  ])('%j leads with %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});
