import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const phoneFindings = (text: string) => lintReply(text, 'amazon-seller-central').violations.filter((v) => v.code === 'phone_number');

// Thirteenth pass: the owner named last before a number owns it; a call to the seller leaves Amazon, warranty or not.
describe('the seller’s own line, even after a warranty or a carrier is named', () => {
  it.each([
    'About the warranty claim: the fastest way is to ring us directly on 0161 555 0192.',
    'Wegen der Garantie können Sie uns gern direkt unter 040 555 01 23 anrufen.',
    'Pour la garantie, le mieux est de nous téléphoner au 04 72 55 01 99.',
    'Sobre la garantía, lo más rápido es que nos llame al 934 555 012.',
    '택배사 문의 말고 저희 매장으로 전화 주시면 빠릅니다: 031-555-0187.',
    '保証については当店までお電話ください（06-5555-0142）。',
  ])('flags %s', (text) => {
    expect(phoneFindings(text).length).toBeGreaterThan(0);
  });

  it.each([
    'Our records show the manufacturer’s warranty line is 0800 555 0100; they handle repairs.',
    'Wir haben nachgesehen: die Hotline des Herstellers ist 0800 5550100.',
    'Nous avons vérifié : le service du fabricant répond au 0800 55 01 00.',
    'Hemos comprobado que el fabricante atiende en el 900 555 010.',
    '저희가 확인해 보니 제조사 고객센터 번호는 1588-5550입니다.',
    '当店で確認したところ、メーカーのサポート窓口は0120-555-010です。',
  ])('leaves a third party’s line named after us: %s', (text) => {
    expect(phoneFindings(text)).toEqual([]);
  });

  it('flags a call to us without a number', () => {
    expect(phoneFindings('Le plus simple est de nous appeler demain matin.').map((v) => v.reason)).toEqual(['contact_outside']);
  });
});

// The carrier named in the sentence just before: "?", "!" and "。" do not cut it off from its number.
describe('a carrier’s line named just before the number', () => {
  it.each([
    'Best to ask UPS directly! Their line is 1-800-555-0175.',
    'Could DHL help? Their hotline: 0228 555 0133.',
    'ヤマト運輸へお問い合わせください。番号は0120-555-019です。',
  ])('leaves %s', (text) => {
    expect(phoneFindings(text)).toEqual([]);
  });
});
