import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Tenth pass: sending the buyer to search for the brand is a pitch for whatever else it sells.
describe("a search for the seller's brand, as a pitch", () => {
  it.each([
    'We also do the cushions in that fabric: just enter our brand name in the Amazon search box.',
    'Search for our brand on Amazon and you will find the whole set.',
    'Geben Sie einfach unseren Markennamen in die Suche ein, dann sehen Sie alle Farben.',
    'Die Kissen gibt es auch: suchen Sie im Shop einfach nach unserer Marke.',
    'Saisissez le nom de notre marque dans la barre de recherche pour voir les autres coloris.',
    'Si quieres el juego completo, teclea nuestra marca en el buscador de Amazon.',
    '같은 소재의 쿠션도 있으니 저희 브랜드명으로 검색해 보세요.',
    '同じ素材のクッションもございますので、当社のブランド名で検索してみてください。',
  ])('flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });

  it.each([
    'Please search your inbox for our shop name; our earlier message may be in the spam folder.',
    'To download the manual, search for our brand name on the support page.',
    'Bitte suchen Sie in Ihren Bestellungen nach der Bestellnummer, um das Etikett zu drucken.',
    "Recherchez votre numéro de commande dans « Vos commandes » pour imprimer l'étiquette.",
    'Busca el número de pedido en tu cuenta para descargar la factura.',
    '주문 번호로 검색하시면 송장 번호를 확인하실 수 있습니다.',
    'ご注文番号で検索していただくと、領収書を印刷いただけます。',
    'The brand name printed on the label is ours, so the item is genuine.',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });
});
