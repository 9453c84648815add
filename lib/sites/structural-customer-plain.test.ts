import { describe, expect, it } from 'vitest';
import { findCustomerCard } from './structural-customer';
import { htmlPage } from './testing/fixture-page';

const conversation =
  '<section id="thread"><p class="who">Tomás Ferreira</p><p>Can I still change the colour? Write me at tomas.f@mail.example</p></section>';
const tomas = { name: 'Tomás Ferreira' };
const read = (outside: string, ours: string[] = []) => {
  const { document } = htmlPage(`<!doctype html><body>${conversation}${outside}</body>`, 'https://desk.example/');
  return findCustomerCard(document, tomas, document.getElementById('thread'), ours);
};

describe('findCustomerCard: an address written as plain text on the profile card', () => {
  it('reads it alone or after one label word, in the card that names the customer', () => {
    expect(
      read('<div class="side"><h3>Tomás Ferreira</h3><ol><li><i>Mail</i> tomas.ferreira@example.pt</li><li>912 000 111</li></ol></div>'),
    ).toEqual({
      ...tomas,
      email: 'tomas.ferreira@example.pt',
    });
  });

  it('takes none from the messages, from a note about an address, from another card, or ours', () => {
    expect(read('<div class="side"><h3>Tomás Ferreira</h3><p>VIP</p></div>')).toEqual(tomas);
    expect(read('<div class="side"><h3>Tomás Ferreira</h3><p>Note: wrote from tomas@old.example once</p></div>')).toEqual(tomas);
    expect(read('<div class="side"><h3>Tomás Ferreira</h3></div><div class="other"><h3>Rui Matos</h3><p>rui@example.pt</p></div>')).toEqual(
      tomas,
    );
    expect(read('<div class="side"><h3>Tomás Ferreira</h3><p>Owner: help@shop.example</p></div>', ['help@shop.example'])).toEqual(tomas);
  });
});
