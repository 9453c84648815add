import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from '@/lib/schemas/ticket';
import { htmlPage } from '../testing/fixture-page';
import { customerFromMessages, withCardAddress } from './read-customer';

const from = (name: string, email?: string): ThreadMessage =>
  ({ role: 'customer', author: { name, ...(email ? { email } : {}) }, text: 'Hallo' }) as ThreadMessage;

describe("the customer from a profile read's messages", () => {
  it("keeps the first author's name with the address she writes from now", () => {
    const customer = customerFromMessages([from('Mira Kos', 'mira@home.example'), from('Mira Kos', 'mira.kos@work.example')]);
    expect(customer).toEqual({ name: 'Mira Kos', email: 'mira.kos@work.example' });
  });

  it('takes no address from another name, and nothing from no message', () => {
    expect(customerFromMessages([from('Mira Kos'), from('Jonas Weber', 'jonas@work.example')])).toEqual({ name: 'Mira Kos' });
    expect(customerFromMessages([])).toBeUndefined();
  });
});

describe("a card's address beside the messages", () => {
  it('completes the customer with the address a contact panel shows next to the conversation', () => {
    const page = htmlPage(
      `<html><body><main><section id="c"><article><b>Mira Kos</b><p>Wo bleibt mein Paket?</p></article></section>
      <aside aria-label="Kontakt"><h2>Mira Kos</h2><a href="mailto:mira@home.example">mira@home.example</a></aside></main></body></html>`,
      'https://desk.example/t/9',
    );
    const conversation = page.document.getElementById('c')!;
    const customer = withCardAddress(page.document, { name: 'Mira Kos' }, conversation, {
      names: new Set(),
      emails: new Set(),
      domains: [],
    });
    expect(customer).toEqual({ name: 'Mira Kos', email: 'mira@home.example' });
  });
});
