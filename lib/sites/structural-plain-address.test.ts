import { describe, expect, it } from 'vitest';
import { plainAddressBeside } from './structural-plain-address';
import { htmlPage } from './testing/fixture-page';

const conversation =
  '<section id="thread"><p class="who">Tomás Ferreira</p><p>Can I still change the colour? Write me at tomas.f@mail.example</p></section>';
const read = (outside: string, ours: string[] = []) => {
  const { document } = htmlPage(`<!doctype html><body>${outside}${conversation}</body>`, 'https://desk.example/');
  return plainAddressBeside(document, 'tomás ferreira', document.getElementById('thread'), ours);
};

describe('plainAddressBeside', () => {
  it('reads the one address written as text in the card around the customer name', () => {
    expect(
      read(
        '<div class="side"><h3>Tomás Ferreira</h3><dl><div>Mail: tomas.ferreira@example.pt</div><div>Phone · 912 000 111</div></dl></div>',
      ),
    ).toBe('tomas.ferreira@example.pt');
  });

  it('takes none from the messages, from a card with two addresses, or ours', () => {
    expect(read('<div class="side"><h3>Tomás Ferreira</h3><p>VIP</p></div>')).toBeUndefined();
    expect(read('<div class="side"><h3>Tomás Ferreira</h3><p>Note: wrote from tomas@old.example once</p></div>')).toBeUndefined();
    expect(read('<div class="side"><h3>Tomás Ferreira</h3><p>t@one.example</p><p>t@two.example</p></div>')).toBeUndefined();
    expect(read('<div class="side"><h3>Tomás Ferreira</h3><p>Owner: help@shop.example</p></div>', ['help@shop.example'])).toBeUndefined();
  });

  it("takes none from a card that says too much to be one person's", () => {
    const long = `<p>${'Notes about the account. '.repeat(20)}</p>`;
    expect(read(`<div><h3>Tomás Ferreira</h3>${long}<p>tomas.ferreira@example.pt</p></div>`)).toBeUndefined();
  });
});
