import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

describe("the good the buyer's words would do in the review section asks for them", () => {
  it.each([
    ['en', 'Hi Dana, happy the kettle suits your kitchen. A line from you in the reviews section of its page would do the most good.'],
    ['de', 'Schön, dass die Lampe passt. Ein paar Worte von Ihnen unter Kundenrezensionen würden dort am meisten bewirken.'],
    ['fr', 'Ravis que la théière vous plaise. Quelques mots de votre part dans Commentaires client feraient le plus de bien.'],
    ['es', 'Nos alegra que le guste la tetera. Unas palabras suyas en Opiniones de clientes harían mucho bien.'],
    ['ko', '주전자가 마음에 드신다니 기쁩니다. 리뷰란의 짧은 소감 하나가 제일 큰 도움이 될 것 같아요.'],
    ['ja', 'ポットを気に入っていただけて嬉しいです。カスタマーレビュー欄への一言が一番お役に立ちます。'],
  ])('%s', (_language, reply) => {
    expect(codes(reply)).toContain('review_request_biased');
  });

  it('leaves advice that does good and the review section named for tips alone', () => {
    expect(codes('Customer reviews mention the lid can be stiff at first; a drop of oil would do the most good.')).toEqual([]);
    expect(codes('Schön, dass die Lampe passt. Unter Kundenrezensionen finden Sie auch Tipps zur Montage.')).toEqual([]);
  });
});
