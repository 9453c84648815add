import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

// Our own support-style sentences, one per language we care about most.
const SAMPLES: Record<string, string[]> = {
  en: ['My parcel has not arrived yet, can you check?', 'I would like to return the shoes, they are too small.'],
  de: ['Mein Paket ist noch nicht angekommen, können Sie nachsehen?', 'Ich möchte die Schuhe zurückschicken, sie sind zu klein.'],
  fr: ["Mon colis n'est pas encore arrivé, pouvez-vous vérifier ?", 'Je voudrais retourner les chaussures, elles sont trop petites.'],
  es: ['Mi paquete todavía no ha llegado, ¿pueden comprobarlo?', 'Quisiera devolver los zapatos, son demasiado pequeños.'],
  it: ['Il mio pacco non è ancora arrivato, potete controllare?', 'Vorrei restituire le scarpe, sono troppo piccole.'],
  nl: ['Mijn pakket is nog niet aangekomen, kunt u het nakijken?', 'Ik wil de schoenen terugsturen, ze zijn te klein.'],
  pt: ['O meu pacote ainda não chegou, podem verificar?', 'Gostaria de devolver os sapatos, são muito pequenos.'],
  ko: ['택배가 아직 도착하지 않았습니다. 확인해 주실 수 있나요?', '환불해 주세요'],
  ja: ['荷物がまだ届いていません。確認していただけますか？', '返金してください'],
};

describe('detectLanguage', () => {
  for (const [language, sentences] of Object.entries(SAMPLES)) {
    it.each(sentences)(`reads ${language}: %s`, (sentence) => {
      expect(detectLanguage(sentence)).toBe(language);
    });
  }

  it('ignores order numbers, links and addresses around the words', () => {
    expect(detectLanguage('Bestellung #10234: https://shop.example/track?id=1 bitte prüfen, wo bleibt mein Paket? jane@example.test')).toBe(
      'de',
    );
  });

  it('returns null when the text is too short or has no words', () => {
    for (const text of [
      '',
      'Hi,',
      'Thanks!',
      'Refund please',
      'Order #1047 arrived broken',
      'My item came damaged.',
      'Has my refund been processed yet?',
      '#1001',
      '114-3941689-8772232',
      '   ',
    ]) {
      expect(detectLanguage(text)).toBeNull();
    }
  });

  it('reads only the start of a huge text', () => {
    const huge = `Where is my parcel? It has not arrived yet. ${'x'.repeat(5_000_000)}`;
    const started = performance.now();
    expect(detectLanguage(huge)).toBe('en');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

/** Korean and Japanese mails as customers send them: greetings, order numbers, English product names, signatures. */
const CJK_MAILS: Array<[string, string]> = [
  [
    'ko',
    '안녕하세요.\n지난주 11월 14일에 주문한 Merino Throw (주문번호 #1047) 아직 못 받았습니다. 배송 조회하면 UPS 1Z999AA10123456784 계속 in transit으로만 나와요.\n언제쯤 받을 수 있을까요?\n\n김민지 드림\n010-1234-5678',
  ],
  ['ko', '교환 가능할까요? 사이즈 M → L'],
  ['ko', '주문 취소 부탁드립니다'],
  [
    'ja',
    'お世話になっております。\n11月14日に注文した「Merino Throw」（注文番号 #1047）がまだ届いておりません。追跡番号 1Z999AA10123456784 で確認しても in transit のままです。\nいつ頃届くか教えていただけますでしょうか。\n\n山田 花子\n03-1234-5678',
  ],
  ['ja', 'サイズ交換できますか？'],
  ['ja', '返品したいです'],
  // Kanji with Hangul around them is still Korean; Kana inside a Korean mail is a quoted product name.
  ['ko', '注文 관련 문의드립니다. 상품명은 「ふわふわ」 쿠션입니다. 반품 가능한가요? 빠른 답변 부탁드립니다.'],
];

describe('detectLanguage: Korean and Japanese mails', () => {
  it.each(CJK_MAILS)('reads %s: %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('does not call an English mail Korean or Japanese for a name in the signature', () => {
    expect(
      detectLanguage(
        'Hi, my order #1047 has still not arrived and the tracking has not moved for a week. Can you check with the carrier?\n\nThanks,\nMinji Kim (김민지)',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Hello, I would like to return the cushion covers from my last order, they do not match the sofa.\n\nBest,\nHanako Yamada 山田花子 やまだ',
      ),
    ).toBe('en');
  });

  it('tells Ukrainian from Russian and Persian from Arabic by the letters only they write', () => {
    expect(detectLanguage('Доброго ранку! Посилка прийшла пошкоджена, чи можете ви надіслати нову чашку?')).toBe('uk');
    expect(detectLanguage('Вітаю, хочу повернути черевики, вони завеликі. Як це зробити?')).toBe('uk');
    expect(detectLanguage('سلام، بسته من هنوز نرسیده است. لطفا پیگیری کنید که کجاست.')).toBe('fa');
    expect(detectLanguage('ممنون از پاسخ شما، کفش‌ها را دیروز پس فرستادم.')).toBe('fa');
  });

  it('keeps Russian with a Ukrainian place name, Arabic, and Belarusian out of it', () => {
    expect(detectLanguage('Здравствуйте, посылка до Києва так и не пришла, хотя прошло уже две недели. Проверьте, пожалуйста.')).toBe('ru');
    expect(detectLanguage('مرحبا، لم يصل الطلب بعد، هل يمكنكم التحقق من حالة الشحنة؟')).toBe('ar');
    expect(detectLanguage('Прывітанне, я хачу вярнуць заказ, ён прыйшоў пашкоджаны і без каробкі.')).not.toBe('uk');
  });
});
