import { describe, expect, it } from 'vitest';
import { findCustomerCard } from './structural-customer';
import { roleLabelledAddress } from './structural-role-address';
import { htmlPage } from './testing/fixture-page';

const page = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://market.example/m/1').document;
const conversation =
  '<main id="log"><div class="msg"><b>Jonas Brandt</b><p>Die Tasse kam mit einem Sprung an.</p></div><div class="msg"><b>Keramik Nord</b><p>Das tut uns leid.</p></div></main>';
const log = (doc: Document) => doc.getElementById('log');

describe("roleLabelledAddress: an address the page labels as the customer's", () => {
  it("is the customer's in a panel that does not show their name, in the label's language", () => {
    const german = page(
      `${conversation}<section><h3>Bestellung 4411</h3><p>Versand: Kiel</p><p>E-Mail des Käufers: k9x2@relay.market.example</p></section>`,
    );
    expect(roleLabelledAddress(german, log(german), [])).toBe('k9x2@relay.market.example');
    const portuguese = page(`${conversation}<div><dl><dt>E-mail do comprador</dt><dd>k9x2@relay.market.example</dd></dl></div>`);
    expect(roleLabelledAddress(portuguese, log(portuguese), [])).toBe('k9x2@relay.market.example');
    // The customer's card is completed with it.
    expect(findCustomerCard(german, { name: 'Jonas Brandt' }, log(german), [])).toEqual({
      name: 'Jonas Brandt',
      email: 'k9x2@relay.market.example',
    });
  });

  it("is never ours, page chrome's, a sentence's, an unlabelled one or one inside the conversation", () => {
    const ours = page(`${conversation}<section><p>Käufer-Support: hilfe@keramik-nord.example</p></section>`);
    expect(roleLabelledAddress(ours, log(ours), ['hilfe@keramik-nord.example'])).toBeUndefined();
    const footer = page(`${conversation}<footer><p>Customer service: help@market.example</p></footer>`);
    expect(roleLabelledAddress(footer, log(footer), [])).toBeUndefined();
    const sentence = page(`${conversation}<section><p>You may reach the buyer through k9x2@relay.market.example</p></section>`);
    expect(roleLabelledAddress(sentence, log(sentence), [])).toBeUndefined();
    const unlabelled = page(`${conversation}<section><p>Versand: Kiel</p><p>k9x2@relay.market.example</p></section>`);
    expect(roleLabelledAddress(unlabelled, log(unlabelled), [])).toBeUndefined();
    const inside = page(conversation.replace('<p>Das tut', '<p>Käufer: k9x2@relay.market.example</p><p>Das tut'));
    expect(roleLabelledAddress(inside, log(inside), [])).toBeUndefined();
  });
});
