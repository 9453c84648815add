import { describe, expect, it } from 'vitest';
import { stripReply } from '@/lib/ticket/strip-reply';

/**
 * A one-word answer that starts like a Chinese or Korean name ("黄色", "周一", "김치"), alone on the last line under
 * a finished sentence, answering the shop's question quoted below it (issue 10 point 7): it is the reply.
 */
const zhQuote = (question: string) => `在 2026年12月5日 周六 10:12，Shop <help@shop.example> 写道：\n> 您好，${question}`;
const koQuote = (question: string) => `2026년 12월 5일 (토) 오전 10:12, Shop <help@shop.example>님이 작성:\n> 안녕하세요, ${question}`;

describe('stripReply: an everyday word that starts like a surname answers the quoted question', () => {
  it.each([
    ['好的，收到。\n\n黄色', zhQuote('请问您要哪种颜色？')],
    ['可以。\n\n周一', zhQuote('请问您哪天方便收货？')],
    ['明白了。\n\n王道', zhQuote('您最喜欢哪一款茶？')],
    ['네, 알겠습니다.\n\n김치', koQuote('어떤 맛으로 보내드릴까요?')],
    ['네.\n\n오늘', koQuote('언제 받으실 수 있나요?')],
  ])('keeps %j above the quote', (answer, quote) => {
    expect(stripReply(`${answer}\n\n${quote}\n`)).toBe(answer);
  });

  it.each([
    ['黄色', zhQuote('请问您要哪种颜色？')],
    ['周一', zhQuote('请问您哪天方便收货？')],
    ['김치', koQuote('어떤 맛으로 보내드릴까요?')],
  ])('keeps the one-word reply %j', (answer, quote) => {
    expect(stripReply(`${answer}\n\n${quote}\n`)).toBe(answer);
  });

  it('keeps it in HTML paragraphs above a Gmail quote', () => {
    const html =
      '<div dir="ltr"><p>好的，收到。</p><p><br></p><p>黄色</p></div><div class="gmail_quote">' +
      '<div class="gmail_attr">在 2026年12月5日 周六 10:12，Shop 写道：</div><blockquote>请问您要哪种颜色？</blockquote></div>';
    expect(stripReply(html)).toBe('好的，收到。\n\n黄色');
  });

  it('still cuts a name alone under the answer', () => {
    expect(stripReply(`好的，收到。黄色。\n\n黄晓明\n\n${zhQuote('请问您要哪种颜色？')}\n`)).toBe('好的，收到。黄色。');
  });
});
