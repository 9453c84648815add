import { describe, expect, it } from 'vitest';
import { amazonCodes as codes } from '@/lib/testing/amazon-lint';

// Session 19 (lint17, from probe 17): a replacement in one clause does not excuse a search for the brand in the next.
describe('a search for the brand beside a service word', () => {
  it.each([
    'Your replacement goes out today; and for more like it, just look us up on Amazon.',
    'Der Ersatz ist unterwegs, und wer mehr sehen will, sucht im Shop einfach nach unserem Markennamen.',
    'Votre remplacement part demain ; pour le reste de la gamme, tapez simplement le nom de notre marque sur Amazon.',
    'El repuesto sale hoy; si quiere ver más, busque nuestra marca en Amazon.',
    '교환품은 오늘 발송되었고, 다른 제품도 보시려면 아마존에서 저희 브랜드명을 검색해 보세요.',
    '交換品は本日発送いたしましたが、ほかの商品もご覧になりたい場合はAmazonで当店のブランド名を検索してみてください。',
  ])('still points at other products: %s', (text) => {
    expect(codes(text)).toContain('marketing');
  });

  it.each([
    'If your replacement hasn’t arrived by Friday, search your order number in Your Orders and click Track.',
    'Search our brand name with the word manual to find the replacement instructions.',
  ])('is service in the same clause: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('a Japanese complement also carried by the shop', () => {
  it.each([
    '同じシリーズのお皿も当店で扱っておりますので、ぜひ合わせてどうぞ。',
    '同じ色のカバーも弊社では販売しておりますので、ぜひお揃いでお使いください。',
  ])('is for sale: %s', (text) => {
    expect(codes(text)).toContain('marketing');
  });

  it('is not when the shop does not carry it', () => {
    expect(codes('同じシリーズの蓋は現在当店では取り扱っておりません。')).toEqual([]);
  });
});

describe('a search whose purpose, in the clause before, is service', () => {
  it.each([
    'To get the replacement steps, search for our brand name on the help page.',
    'Um die Anleitung zu laden, suchen Sie auf der Hilfeseite nach unserem Markennamen.',
    'Pour télécharger la notice, tapez le nom de notre marque sur la page d’aide.',
  ])('is service: %s', (text) => {
    expect(codes(text)).toEqual([]);
  });
});
