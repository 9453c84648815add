import { describe, expect, it } from 'vitest';
import { stripReply } from '@/lib/ticket/strip-reply';

const REPLY = 'Thanks, that works for me.';

/** Our own attributions a client wrapped before the address or the verb (the mutation eval's 'attribution line wrapped' row). */
describe('stripReply: an attribution wrapped over two lines', () => {
  it.each([
    ['a name ending in a legal form', 'On Fri, 4 Dec 2026 at 08:30, Fjord Outfitters Ltd.\n<care@fjord.test> wrote:'],
    ['a quoted name, German verb after the address', '"Möbelhaus Winter"\n<info@moebel-winter.test> schrieb am 04.12.2026 08:30:12:'],
    ['a Chinese date', '2026年12月4日 周五 08:30 小米商城\n<service@mi.test> 写道：'],
    ['a Korean verb alone', '2026년 12월 4일 (금) 오후 3:10, 가구나라 <help@gagu.test>님이\n작성:'],
    ['a bare address first, Russian webmail style', 'Четверг, 3 декабря 2026, 15:32 +03:00 от\nshop@magazin.test <shop@magazin.test>:'],
    ['an Apple Mail opener in Polish', 'Wiadomość napisana przez Meble Kowalski\n<biuro@kowalski.test> w dniu 04.12.2026, o godz. 08:30:'],
  ])('cuts both lines of %s', (_what, attribution) => {
    expect(stripReply(`${REPLY}\n\n${attribution}\n\n> Your order has shipped.\n`)).toBe(REPLY);
  });

  it('keeps a finished sentence above an address line', () => {
    const mail = `${REPLY}\nI asked the courier again yesterday.\n<jan@shop.test> wrote:\n> Any news?\n`;
    expect(stripReply(mail)).toBe(`${REPLY}\nI asked the courier again yesterday.`);
  });
});
