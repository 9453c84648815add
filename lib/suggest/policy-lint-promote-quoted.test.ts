import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Twelfth pass: a product name in quotes to search for points the buyer at another product.
describe('a product name to search for, as a pitch', () => {
  it.each([
    'There is a cordless model as well: search "Zephyr Go Fan" on Amazon.',
    "For stronger blades, pop 'Edgewise Pro Set' into the search bar.",
    'Für den Winter lohnt sich die Daunenvariante – suchen Sie nach „Wolke Daune XL“.',
    'Une taille au-dessus existe : recherchez « Panier Osier Grand » sur Amazon.',
    'Hay una versión en acero: busque «Termo Norte Acero» en el buscador.',
    '겨울용 두꺼운 버전도 있으니 "포근 담요 극세사"로 검색해 보세요.',
    '厚手のタイプもございます。「ぬくもり毛布 極厚」で検索してみてください。',
  ])('flags %s', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(true);
  });

  it.each([
    'Search your inbox for "Dispatch confirmation" to find the tracking link.',
    'Suchen Sie in Ihrem Posteingang nach „Versandbestätigung“, dort steht die Sendungsnummer.',
    'Cherchez « Retours » dans l’aide Amazon pour imprimer l’étiquette.',
    'Busque «Devoluciones» en la ayuda de Amazon para imprimir la etiqueta.',
    '주문 내역에서 "반품"을 검색하시면 라벨을 출력하실 수 있습니다.',
    '説明書の「リセット」の項目を検索してください。',
    'The label on the box says "Handle with care", so the courier should have been gentle.',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'marketing')).toBe(false);
  });
});
