import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { iconSaysOurs } from './structural-our-marks';
import { htmlPage } from './testing/fixture-page';

const card = (mark: string, who: string, text: string, at: string) =>
  `<div class="card">${mark}<div class="card__head"><span class="card__from">${who}</span> <span class="card__time" title="${at}">${at}</span></div><div class="card__body">${text}</div></div>`;

describe('marks that say a message is ours', () => {
  it('reads private comments, lock icons and "Outgoing" cards as ours, newest first, in several languages', () => {
    const page = htmlPage(
      `<body><main><h1>Gift wrap missing</h1><div class="cards">
        ${card('<div class="card__dir" title="Incoming">↙ Incoming</div>', 'Jin Park &lt;jin@example.kr&gt;', 'The gift wrap is missing again. Can you send it?', '05 Dec 2026 10:42 AM')}
        ${card('<span class="icon" aria-label="Privat"><svg></svg></span>', 'Lena Vogt', 'Lager prüfen: Option nicht angehakt.', '03 Dec 2026 04:40 PM')}
        ${card('<div class="card__dir">🔒 Commentaire privé</div>', 'Kim Min-ji', 'Colis renvoyé, numéro CJ 5521.', '03 Dec 2026 02:40 PM')}
        ${card('<div class="card__dir" title="Outgoing">↗ Outgoing</div>', 'Seo Hyun &lt;support@shop.example&gt;', 'We exchanged the scarf today.', '03 Dec 2026 02:15 PM')}
        ${card('<div class="card__dir" title="Incoming">↙ Incoming</div>', 'Jin Park &lt;jin@example.kr&gt;', 'I would like to exchange my scarf.', '02 Dec 2026 09:03 PM')}
      </div></main></body>`,
      'https://desk.example/tickets/1',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map((message) => [message.author.name, message.role])).toEqual([
      ['Jin Park', 'customer'],
      ['Seo Hyun', 'agent'],
      ['Kim Min-ji', 'agent'],
      ['Lena Vogt', 'agent'],
      ['Jin Park', 'customer'],
    ]);
    expect(thread.customer).toEqual({ name: 'Jin Park', email: 'jin@example.kr' });
  });

  it("never takes a button or a customer's words for a mark", () => {
    const page = htmlPage(
      `<body><div id="a"><span>Ana</span><button title="Add private note">Add private note</button><p>My parcel is late.</p></div>
       <div id="b"><span>Ana</span><p>Keep this private please, my order is a surprise.</p></div></body>`,
      'https://desk.example/tickets/2',
    );
    expect(iconSaysOurs(page.document.getElementById('a')!)).toBe(false);
    expect(iconSaysOurs(page.document.getElementById('b')!)).toBe(false);
  });
});
