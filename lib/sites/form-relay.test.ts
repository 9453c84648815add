import { describe, expect, it } from 'vitest';
import { customerBehindRelay, relayedAddress } from './form-relay';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const mailer = { name: 'Blue Fern Shop', email: 'mailer@shopify.com' };
const form = 'New customer message on your store:\n\nName:\nJane Roe\nEmail:\njane.roe@example.com\nComment:\nMy mug came broken.';

describe("a shop's contact form relayed by its platform's mailer", () => {
  it("relays the form's address from platforms' mailers and a shop domain's wordpress@/noreply@, in any language", () => {
    expect(relayedAddress(mailer, form)).toBe('jane.roe@example.com');
    expect(relayedAddress({ email: 'form-submission@squarespace.info' }, 'Email Address: Jane@Example.com')).toBe('jane@example.com');
    expect(relayedAddress({ email: 'wordpress@bluefern.example' }, 'Nom : Claire Petit\nCourriel : claire@example.fr')).toBe(
      'claire@example.fr',
    );
    expect(relayedAddress(mailer, 'お問い合わせ: 名前: 岡田 美咲 メール: misaki@example.jp')).toBe('misaki@example.jp');
  });

  it('relays nobody from a person, or without another address (an order notice)', () => {
    expect(relayedAddress({ name: 'Jane', email: 'jane@example.com' }, form)).toBeUndefined();
    expect(relayedAddress({ email: 'support@bluefern.example' }, form)).toBeUndefined();
    expect(relayedAddress(mailer, 'Order #1042 has been paid. Questions? mailer@shopify.com')).toBeUndefined();
  });

  it('takes the customer who writes again from the form address, as she signs herself', () => {
    const messages = [
      { author: mailer, text: form },
      { author: { name: 'Sam (Blue Fern)', email: 'hello@bluefern.example' }, text: 'Sorry to hear that, Jane!' },
      { author: { name: 'Jane R.', email: 'jane.roe@example.com' }, text: 'Photos attached.' },
    ];
    expect(customerBehindRelay(mailer, messages)).toEqual({ name: 'Jane R.', email: 'jane.roe@example.com' });
    expect(customerBehindRelay(mailer, messages.slice(0, 2))).toEqual({ email: 'jane.roe@example.com' });
    expect(customerBehindRelay({ name: 'Jane' }, messages)).toEqual({ name: 'Jane' });
  });

  it("is the customer's message on a page whose account shares the shop's name (structural reader)", () => {
    const mail = (name: string, email: string, text: string, at: string) =>
      `<div class="message"><div class="from"><span class="sender">${name} &lt;${email}&gt;</span> <time datetime="${at}">${at.slice(11, 16)}</time></div><div class="body">${text.replace(/\n/g, '<br>')}</div></div>`;
    const page = htmlPage(
      `<body><header><a aria-label="Google Account: Blue Fern Shop Support (hello@bluefern.example)">B</a></header>
       <main><h2>New customer message</h2><div class="thread">
        ${mail('Blue Fern Shop', 'mailer@shopify.com', form, '2026-11-20T10:00:00Z')}
        ${mail('Blue Fern Shop Support', 'hello@bluefern.example', 'Sorry to hear that, Jane! Could you send a photo?', '2026-11-20T11:00:00Z')}
        ${mail('Jane R.', 'jane.roe@example.com', 'Photos attached.', '2026-11-20T12:00:00Z')}
       </div></main></body>`,
      'https://mail.example/inbox/1',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.customer).toEqual({ name: 'Jane R.', email: 'jane.roe@example.com' });
  });
});
