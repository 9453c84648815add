import { describe, expect, it } from 'vitest';
import { nameSignOffEnd, trailingNoticeStart } from '@/lib/ticket/strip-sign-off';

const lines = (text: string) => text.split('\n');
/** The text `nameSignOffEnd` leaves of `text`. */
const kept = (text: string) => {
  const all = lines(text);
  return all.slice(0, nameSignOffEnd(all, all.length)).join('\n');
};

describe('nameSignOffEnd: a Chinese or Korean name alone signs the mail', () => {
  it('cuts a name that starts with a common surname, under text that ends a sentence', () => {
    expect(kept('您好，\n\n床单的颜色不对，能换一条吗？\n\n黄晓明')).toBe('您好，\n\n床单的颜色不对，能换一条吗？');
    expect(kept('你好，麻烦改一下地址。\n\n郑先生\n')).toBe('你好，麻烦改一下地址。');
    expect(kept('您好，\n\n發票寄錯地址了。\n\n張家豪')).toBe('您好，\n\n發票寄錯地址了。');
    expect(kept('안녕하세요.\n\n우산 손잡이가 부러졌어요. 교환되나요?\n\n강지훈')).toBe(
      '안녕하세요.\n\n우산 손잡이가 부러졌어요. 교환되나요?',
    );
  });

  it('keeps a short answer that is no name, or that a line leads into', () => {
    for (const text of [
      '你好，退货的运费谁出？\n\n好的',
      '你好，想换颜色，换成：\n\n黄色',
      '안녕하세요. 사이즈가 너무 작아요.\n\n이상해요',
      '안녕하세요, 배송은 언제 되나요?\n\nOK',
      '退货单号：\n\nSF1234567',
      '黄晓明',
    ])
      expect(kept(text)).toBe(text);
  });

  it('keeps an everyday word that starts like a name, alone under a finished sentence (the answer)', () => {
    for (const text of [
      '好的，收到。\n\n黄色',
      '可以。\n\n周一',
      '明白了。\n\n王道',
      '好的。\n\n马上',
      '네, 알겠습니다.\n\n김치',
      '네.\n\n오늘',
    ])
      expect(kept(text)).toBe(text);
  });

  it('still cuts a name that starts with such a word', () => {
    expect(kept('好的，收到。\n\n黄金华')).toBe('好的，收到。');
    expect(kept('네, 알겠습니다.\n\n김치수')).toBe('네, 알겠습니다.');
  });

  it('keeps a kanji name in Japanese text, which the Chinese surnames would misread', () => {
    const japanese = 'お世話になります。\n届いた皿が割れていました。\n\n高橋';
    expect(kept(japanese)).toBe(japanese);
  });
});

describe('nameSignOffEnd: a name with its sign-off word right under the text (HTML paragraphs, no blank line)', () => {
  it('cuts it under a finished sentence', () => {
    expect(kept('お世話になっております。\n箱が潰れて届きました。交換をお願いします。\n渡辺より')).toBe(
      'お世話になっております。\n箱が潰れて届きました。交換をお願いします。',
    );
    expect(kept('您好，\n杯子的把手断了，请补寄一个。\n王伟 敬上')).toBe('您好，\n杯子的把手断了，请补寄一个。');
  });

  it('keeps it under text that does not end a sentence, and keeps a bare name with no blank line', () => {
    expect(kept('안녕하세요,\n주문 번호는 아래와 같습니다\n박서준 드림')).toBe('안녕하세요,\n주문 번호는 아래와 같습니다\n박서준 드림');
    expect(kept('您好，\n杯子的把手断了，请补寄一个。\n王伟')).toBe('您好，\n杯子的把手断了，请补寄一个。\n王伟');
  });
});

describe("trailingNoticeStart: a marketplace relay's notice at the very end", () => {
  it('finds it in several languages, one or two sentences, CJK ones shorter than a legal notice', () => {
    for (const notice of [
      'Ta wiadomość została wysłana za pośrednictwem Empik Marketplace. Odpowiedz w panelu.',
      'Dit bericht is verzonden via bol.com. Antwoord via het verkopersaccount.',
      'Questo messaggio è stato inviato tramite eBay. Rispondi dal Centro messaggi.',
      '※ 본 메일은 11번가 판매자 문의를 통해 발송되었습니다.',
      'Diese Nachricht wurde Ihnen über Kaufland.de zugestellt. Bitte antworten Sie im Händlerportal.',
    ]) {
      const text = lines(`Hallo,\n\ndas Teil fehlt.\n\nGrüße\nKim\n\n${notice}`);
      expect(trailingNoticeStart(text, text.length), notice).toBe(text.length - 1);
    }
  });

  it('finds no notice in a short last line or one without a relay’s or legal notice’s words', () => {
    const short = lines('Hallo,\n\ndas Teil fehlt.\n\nGrüße\nKim\n\nGesendet über Wi-Fi');
    expect(trailingNoticeStart(short, short.length)).toBe(short.length);
    const prose = lines('Hallo,\n\ndas Teil fehlt, und die Anleitung war auch nicht im Paket, leider.');
    expect(trailingNoticeStart(prose, prose.length)).toBe(prose.length);
  });
});
