import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

// Session 22 (lint20), from its own paraphrase probes: praise and how the item has held up are the buyer's view on the
// page; "Gold wert" asks; a rating that no longer tells the story is out of date.
describe('praise or durability asked for the page', () => {
  it.each([
    'Could you let anyone still looking at the listing know how the blade has held up over the winter?',
    'Für unser kleines Team wäre ein Lob unter dem Produkt für andere Käufer Gold wert.',
    'Pourriez-vous dire aux futurs acheteurs, sur la fiche produit, comment la poêle a tenu après six mois ?',
    '¿Podrías contar a otros compradores en la página del producto qué tal ha aguantado la mochila?',
    '상품 페이지에 다른 구매자분들을 위해 칭찬 한마디 남겨 주시면 큰 힘이 됩니다.',
    '商品ページで他の購入者の方に持ち具合をお伝えいただけますと幸いです。',
    'Jetzt, wo alles läuft, erzählt Ihre Bewertung mit einem Stern die Geschichte nicht mehr ganz.',
    "Votre note d'une étoile ne dit sans doute plus ce qui s'est passé depuis l'échange.",
    'Con la pieza nueva, su valoración de una estrella ya no cuenta cómo terminó todo.',
  ])('asks: %s', (text) => {
    expectSolicitation(text);
  });

  it.each([
    'Could you let the courier know how the parcel should be left?',
    'Das Lob geben wir gern an unsere Werkstatt weiter, vielen Dank!',
    "Le compliment va droit à l'atelier, merci beaucoup !",
    'Su elogio ya se lo hemos pasado al taller, ¡gracias!',
    '칭찬해 주셔서 감사합니다. 제작팀에 전달하겠습니다.',
    'お褒めの言葉をありがとうございます。工房に伝えます。',
  ])('leaves alone: %s', (text) => {
    expectNoSolicitation(text);
  });
});
