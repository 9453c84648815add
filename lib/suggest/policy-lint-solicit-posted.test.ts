import { describe, expect, it } from 'vitest';
import { amazonFlags } from '@/lib/testing/amazon-lint';

// Twelfth pass: asking the buyer to reconsider, take down or bring in line what they posted, without a review word.
describe('a request to revise what the buyer posted, without the word review', () => {
  it.each([
    'Now the part has been swapped, might you ask yourself if what you published back then is still accurate, and delete it if not?',
    'With everything fixed, could you think about taking down what you have posted about the late parcel?',
    'Wäre es denkbar, Ihren Eintrag zur Lieferung jetzt, wo alles geklärt ist, zu löschen?',
    'Pourriez-vous vérifier si votre message sur la fiche reflète encore la fin de l’histoire ?',
    '¿Le importaría quitarlo, si lo que ha compartido ya no refleja cómo terminó todo?',
    '해결되었으니 남겨 주신 의견을 삭제해 주실 수 있을까요?',
    '解決いたしましたので、投稿してくださった内容を削除していただけないでしょうか。',
  ])('flags %s', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(true);
  });

  it.each([
    'Thank you for the photos you shared with us; could you remove the old filter before fitting the new one?',
    'Please update the entry in your address book so the courier finds the side door.',
    'Bitte ändern Sie Ihren Eintrag im Adressbuch, damit der Fahrer den Hintereingang findet.',
    'Merci pour votre message ; pourriez-vous retirer l’emballage avant de brancher l’appareil ?',
    'Puede quitarlo de la caja y cargarlo durante dos horas antes del primer uso.',
    '보내 주신 사진 잘 받았습니다. 기존 필터를 빼고 새 필터를 끼워 주세요.',
    'お送りいただいた写真を確認しました。古い部品を外してから取り付けてください。',
  ])('leaves %s alone', (text) => {
    expect(amazonFlags(text, 'review_request_biased')).toBe(false);
  });
});
