import { describe, expect, it } from 'vitest';
import { looksLikeHtml, stripReply } from '@/lib/ticket/strip-reply';

/**
 * Our own mails as a helpdesk page's text shows them (the content script reads the page, not the raw
 * mail; the mutation eval's "HTML read as page text" row), and signature delimiters written other ways.
 */
describe('stripReply on mail read as page text', () => {
  it('finds an attribution a right-to-left client wraps in bidirectional controls', () => {
    const reply = 'שלום,\nהמטען הגיע בלי הכבל. אפשר לשלוח אותו?';
    const attribution = '\u202bב-3 בדצמ׳ 2026 ב-09:40, חנות האור <info@haor.example> כתב/ה:\u202c';
    expect(stripReply(`${reply}\n\n${attribution}\n\nשלום, ההזמנה נשלחה היום.`)).toBe(reply);
    const rlm = '\u200fOn Thu, 3 Dec 2026 at 09:40, Lamp Shop <info@lamp.example> wrote:\u200f';
    expect(stripReply(`Thank you.\n\n${rlm}\nYour order has shipped.`)).toBe('Thank you.');
  });

  it('reads a text with addresses like "<p.novak@…>" as text, not as HTML', () => {
    const text =
      'Díky, dorazilo.\n\nOd: Jan Novák <p.novak@dilna.example>\nOdesláno: 3. prosince 2026 9:40\nKomu: Eva Svobodová <p.svobodova@obchod.example>\nPředmět: Objednávka\n\nDobrý den';
    expect(looksLikeHtml(text)).toBe(false);
    expect(stripReply(text)).toBe('Díky, dorazilo.');
    expect(looksLikeHtml('<p class="x">Ahoj</p><div>Díky</div>')).toBe(true);
  });
});

describe('stripReply: signature delimiters written other ways', () => {
  it('cuts a signature under two underscores, as under "-- "', () => {
    const reply = 'Die Lampe flackert seit gestern. Können Sie eine neue schicken?';
    expect(stripReply(`${reply}\n\n__\nKlaus Berger\nBerger Holzbau GmbH\nTel. 0761 555 0192`)).toBe(reply);
  });

  it('keeps a dashed name above "__" that opens a mailing list footer, as history', () => {
    const text = 'Is there a way to export all tickets?\n\n-Mara Lind';
    expect(
      stripReply(`${text}\n\n\n__\nhelpdesk-users mailing list\nhelpdesk-users@lists.example.org\nhttps://lists.example.org/listinfo`),
    ).toBe(text);
  });
});
