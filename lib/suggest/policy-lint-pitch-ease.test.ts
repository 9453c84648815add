import { describe, expect, it } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';

const codes = (text: string) => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

describe('a product the shop sells, to use for an even easier time, is a sales pitch', () => {
  it.each([
    ['en', 'To keep the pan from rusting, dry it well. Using the seasoning wax we stock makes it even easier.'],
    ['de', 'Trocknen Sie die Pfanne gut ab. Mit dem Pflegeöl, das wir führen, geht es noch einfacher.'],
    ['fr', "Séchez bien la poêle. Avec la cire que nous proposons, c'est encore plus simple."],
    ['es', 'Seque bien la sartén. Con el aceite que ofrecemos resulta aún más fácil.'],
    ['ko', '팬은 잘 말려 주세요. 저희가 취급하는 오일을 쓰시면 훨씬 간편해요.'],
    ['ja', 'まな板はよく乾かしてください。当店で販売しているオイルをお使いいただくと、より手軽にお手入れできます。'],
  ])('%s', (_language, reply) => {
    expect(codes(reply)).toContain('marketing');
  });

  it('leaves a manual, a part sent and a replacement that make things easier alone', () => {
    expect(codes('Use the Allen key from the box; with our updated manual it is even easier.')).toEqual([]);
    expect(codes("We've sent a new lid today; with it, closing the tin is even easier.")).toEqual([]);
    expect(codes('交換品をお送りしました。新しい部品をお使いいただくと、さらに簡単に組み立てられます。')).toEqual([]);
  });
});
