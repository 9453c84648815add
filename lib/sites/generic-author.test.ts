import { describe, expect, it } from 'vitest';
import { readAuthor, senderOf } from './generic-author';
import { htmlPage } from './testing/fixture-page';

/** The author of the page's `.item` block, as the generic reader reads it. */
const authorOf = (head: string) => {
  const block = htmlPage(
    `<body><div class="item">${head}<div class="body">Can I still change the delivery address of order 5120?</div></div></body>`,
    'https://mail.example/1',
  ).document.querySelector('.item')!;
  return readAuthor(block, senderOf(block), block.querySelector('a[href^="mailto:"]'));
};
const sender = (name: string) => `<span class="sender">${name}</span>`;

describe('the "From" label (./from-label.ts) on a sender line', () => {
  it('is taken off with its colon, and a name that begins with "De", "Van" or "Da" is kept whole', () => {
    expect(authorOf(sender('De: Jana Novak')).name).toBe('Jana Novak');
    expect(authorOf(sender('From Jana Novak')).name).toBe('Jana Novak');
    expect(authorOf(sender('De Vries Tuinmeubelen')).name).toBe('De Vries Tuinmeubelen');
    expect(authorOf(sender('Van Dijk')).name).toBe('Van Dijk');
    expect(authorOf(sender('Da Costa Marta')).name).toBe('Da Costa Marta');
  });

  it('leaves nothing of a sender line that is only the label: the mailto link names the sender', () => {
    expect(authorOf(`${sender('From:')}<a href="mailto:jana@novak.example">Jana Novak</a>`)).toEqual({
      name: 'Jana Novak',
      email: 'jana@novak.example',
    });
  });
});

describe("an avatar's hidden initials are not the sender", () => {
  it('takes the sender line after avatars whose whole text is hidden from screen readers', () => {
    expect(authorOf('<div class="persona"><span aria-hidden="true">JM</span></div><span class="sender-name">Jorge Mena</span>').name).toBe(
      'Jorge Mena',
    );
    expect(
      authorOf(
        '<div class="persona"><span aria-hidden="true">JM</span></div><div class="actor-badge"><b aria-hidden="true">★</b></div><span class="sender-name">Jorge Mena</span>',
      ).name,
    ).toBe('Jorge Mena');
  });

  it('keeps a sender element that shows a name beside a hidden icon', () => {
    expect(
      authorOf('<span class="sender-name"><i aria-hidden="true" class="icon-mail"></i> Jorge Mena</span><span class="actor">Support</span>')
        .name,
    ).toBe('Jorge Mena');
  });
});

describe('the address at the top of a block with no sender line', () => {
  it("is the first that is not a recipient's", () => {
    const head = '<div class="meta">To: desk@lamps.example · from lena.voss@example.de</div>';
    expect(authorOf(head).email).toBe('lena.voss@example.de');
    expect(authorOf('<div class="meta">Maaike replied to daan@example.nl</div>').email).toBeUndefined();
  });

  it("is no recipient's after the addressee label of any language the readers know (the shop's own mailbox)", () => {
    // A customer's reply shown with the mailbox it went to: "komu:" (cs), "do:" (pl), "till:" (sv), "Per:" (it).
    for (const to of ['komu: obchod@lampy.example', 'do: sklep@lampy.example', 'till: butik@lampy.example', 'Per: negozio@lampy.example'])
      expect(authorOf(`${sender('Hana Dvořáková')} <span class="via">odpověděla e-mailem</span> <span>${to}</span>`)).toEqual({
        name: 'Hana Dvořáková',
      });
  });
});

describe('a sender line that is only a role label', () => {
  it('names nobody, even in a dated row whose first element it is', () => {
    expect(authorOf(`<div class="meta">${sender('Customer')} · <span class="d">3 Oct 2026, 20:05</span></div>`).name).toBeUndefined();
    expect(authorOf(`<div class="meta">${sender('Mia Roth')} · <span class="d">3 Oct 2026, 20:05</span></div>`).name).toBe('Mia Roth');
  });
});

describe("the sender's address written in the block's first line", () => {
  it('is read whole when the first line ends inside it (a country domain after ".com")', () => {
    const preamble =
      'Jana Novak sent an e-mail to the support address of the shop on Tuesday morning · 2 Dec 2026 09:14 · From: Jana Novak';
    expect(authorOf(`<div class="meta">${preamble} &lt;jana.novak@mail.example.com.br&gt;</div>`).email).toBe(
      'jana.novak@mail.example.com.br',
    );
  });
});

describe('a sender line cut short with an ellipsis', () => {
  it('is the whole name the line keeps in its title (./whole-name.ts)', () => {
    expect(authorOf('<span class="sender" title="Wilhelmina Achterberg">Wilhelmina Ach…</span>').name).toBe('Wilhelmina Achterberg');
  });
});

describe("a carbon-copy label in the page's language", () => {
  it('makes the address after it a recipient, never the sender', () => {
    for (const label of ['Kopia', 'Kopio', 'Copie', 'Копия'])
      expect(authorOf(`${sender('Piotr Lis')} <div class="meta">Do: sklep@lampy.example · ${label}: marta.lis@example.pl</div>`)).toEqual({
        name: 'Piotr Lis',
      });
  });
});
