import { describe, expect, it } from 'vitest';
import { findCustomerCard } from './structural-customer';
import { htmlPage } from './testing/fixture-page';

const page = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://desk.example/c/1').document;
const conversation =
  '<main id="log"><div class="msg"><b>Nora Brandstetter</b><p>The lampshade is broken. Write to nora@example.de</p></div></main>';
const log = (doc: Document) => doc.getElementById('log');
const nora = { name: 'Nora Brandstetter' };

describe("findCustomerCard: the customer's address in a card beside the conversation", () => {
  it("reads a details list's address in a sidebar that shows the customer's name", () => {
    const doc = page(
      `${conversation}<aside><h2>Nora Brandstetter</h2><dl><dt>Email</dt><dd>nora.b@example.de</dd><dt>Location</dt><dd>Frankfurt</dd></dl></aside>`,
    );
    expect(findCustomerCard(doc, nora, log(doc), [])).toEqual({ ...nora, email: 'nora.b@example.de' });
  });

  it("reads a plain value beside a field's label, whatever language the label is in", () => {
    const field = (label: string, value: string) =>
      `<div class="field"><span class="field-label">${label}</span> <span class="field-value">${value}</span></div>`;
    const french = page(
      `${conversation}<aside><p class="who">Nora Brandstetter</p>${field('Téléphone', '+33 6 00 00 00 00')}${field('Courriel :', 'nora.b@example.fr')}</aside>`,
    );
    expect(findCustomerCard(french, nora, log(french), [])).toEqual({ ...nora, email: 'nora.b@example.fr' });
    const korean = page(
      `${conversation}<aside><p>Nora Brandstetter</p><p><label>이메일</label> <span>nora.b@example.kr</span></p></aside>`,
    );
    expect(findCustomerCard(korean, nora, log(korean), [])).toEqual({ ...nora, email: 'nora.b@example.kr' });
    // Ours, in a card that does not name the customer, or a value that says more than an address: not hers.
    const other = page(
      `${conversation}<aside><p>Nora Brandstetter</p>${field('Assigned to', 'desk@example.de')}${field('Note', 'wrote from nora@old.example last year')}</aside><aside><p>Jonas Weber</p>${field('E-mail', 'jonas@example.de')}</aside>`,
    );
    expect(findCustomerCard(other, nora, log(other), ['desk@example.de'])).toEqual(nora);
  });

  it("reads a card's address after more than 40 labelled values that are not addresses (a settings form above it)", () => {
    const setting = (index: number) => `<p><label>Setting ${index}</label><span>on</span></p>`;
    const form = `<form>${Array.from({ length: 45 }, (_, index) => setting(index)).join('')}</form>`;
    const card = '<aside><h2>Nora Brandstetter</h2><p><label>Email</label><span>nora.b@example.de</span></p></aside>';
    const doc = page(`${form}${conversation}${card}`);
    expect(findCustomerCard(doc, nora, log(doc), [])).toEqual({ ...nora, email: 'nora.b@example.de' });
  });

  it('reads it in a folded card or a closed drawer too', () => {
    const folded = page(
      `${conversation}<details><summary>Order details</summary><dl><dt>Buyer</dt><dd>Nora Brandstetter</dd><dt>Buyer e-mail</dt><dd>x7k2@marketplace.example</dd></dl></details>`,
    );
    expect(findCustomerCard(folded, nora, log(folded), [])).toEqual({ ...nora, email: 'x7k2@marketplace.example' });
    const drawer = page(
      `${conversation}<div class="drawer" hidden><h2>Nora Brandstetter</h2><a href="mailto:nora.b@example.de">nora.b@example.de</a></div>`,
    );
    expect(findCustomerCard(drawer, nora, log(drawer), [])).toEqual({ ...nora, email: 'nora.b@example.de' });
  });

  it("takes no address from the conversation, from a card without the customer's name, or one of ours", () => {
    const ours = page(`${conversation}<aside><h2>Nora Brandstetter</h2><dl><dt>Assignee</dt><dd>jonas@lichtwerk.example</dd></dl></aside>`);
    expect(findCustomerCard(ours, nora, log(ours), ['jonas@lichtwerk.example'])).toEqual(nora);
    expect(findCustomerCard(ours, nora, log(ours), [])).toEqual({ ...nora, email: 'jonas@lichtwerk.example' });
    const other = page(`${conversation}<aside><h2>Sam Patel</h2><dl><dt>Email</dt><dd>sam@example.com</dd></dl></aside>`);
    expect(findCustomerCard(other, nora, log(other), [])).toEqual(nora);
    // A small page is no card: the address in its menu is not the customer's because the conversation names her.
    const menu = page(`${conversation}<nav hidden><dl><dt>Shop</dt><dd>shop@lichtwerk.example</dd></dl></nav>`);
    expect(findCustomerCard(menu, nora, log(menu), [])).toEqual(nora);
  });

  it('names a customer whose messages show only a role label by the card pairing that label with a name', () => {
    const doc = page(
      '<main id="log"><div class="card"><span class="from">Comprador</span><p>El color no es el de la foto.</p></div></main>' +
        '<details><summary>Detalles del pedido</summary><dl><dt>Envío</dt><dd>Estándar</dd><dt>Comprador</dt><dd>Mª José Gutiérrez Ramos</dd><dt>Correo del comprador</dt><dd>q3v8@marketplace.amazon.es</dd></dl></details>',
    );
    expect(findCustomerCard(doc, {}, log(doc), [])).toEqual({ name: 'Mª José Gutiérrez Ramos', email: 'q3v8@marketplace.amazon.es' });
  });

  it("reads the address a requester chip shows as its tooltip, not a CC'd person's", () => {
    const doc = page(
      `${conversation}<section><div><label>CCs</label><div class="chip" title="max@example.de">Max Brandstetter</div></div>` +
        '<div><label>Requester</label><span title="nora.b@example.de">Nora Brandstetter</span></div></section>',
    );
    expect(findCustomerCard(doc, nora, log(doc), [])).toEqual({ ...nora, email: 'nora.b@example.de' });
    const onlyCc = page(
      `${conversation}<section><div><label>CCs</label><div title="max@example.de">Max Brandstetter</div></div></section>`,
    );
    expect(findCustomerCard(onlyCc, nora, log(onlyCc), [])).toEqual(nora);
  });
});
