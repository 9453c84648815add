import { describe, it } from 'vitest';
import { expectNoSolicitation, expectSolicitation } from '@/lib/testing/amazon-lint';

describe('findReviewSolicitations, seventh pass: appreciative asks, short written notes, an earlier comment to revise', () => {
  it.each([
    'A thumbs-up from you on the product page would be greatly appreciated.',
    'A short note for other buyers on the listing would be really appreciated.',
    'Ein paar ehrliche Sätze auf der Produktseite würden unserer Werkstatt enorm helfen.',
    'Un beau retour sur la fiche produit nous ferait vraiment plaisir.',
    'Unas pocas líneas en Amazon para otros compradores nos ayudarían mucho.',
    'Tu valoración en Amazon sería un regalo para nuestro taller.',
    'Could you look again at your previous review now that the hinge is fixed, and update it?',
    '以前お寄せいただいた評価を修正していただくことは可能でしょうか。',
  ])('flags %s', expectSolicitation);

  it.each([
    'Your help with the photos would be greatly appreciated; we will refund you today.',
    'Ein paar Zeilen zur Fehlerbeschreibung würden unserem Techniker helfen.',
    "Merci de nous faire un petit retour sur l'état du colis à réception.",
    'Unas líneas con el número de pedido nos ayudarían a localizar el envío.',
    'Your previous message mentioned a crack; could you update us on the size of it?',
    'お届け日をご指定いただくことは可能でしょうか。',
  ])('passes %s', expectNoSolicitation);
});
