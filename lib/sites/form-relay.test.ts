import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from './engine/read-page';
import { customerBehindRelay, relayedAddress } from './form-relay';
import { generic } from './generic';
import { readGenericMessage } from './generic-message';
import { gmail } from './gmail';
import { EVERY_EMAIL_IN_TEXT } from './people';
import { readWithProfile } from './profile/read-with-profile';
import type { SiteProfile } from './profile/types';
import { readStructurally } from './structural';
import { fixturePage, htmlPage } from './testing/fixture-page';
import { countCpuTimeForBudget } from './testing/cpu-clock';

const mailer = { name: 'Blue Fern Shop', email: 'mailer@shopify.com' };
const form = 'New customer message on your store:\n\nName:\nJane Roe\nEmail:\njane.roe@example.com\nComment:\nMy mug came broken.';

// Profile reads run within the page-read budget: a slow read is cut, a descheduled one is not.
countCpuTimeForBudget();

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
      { author: mailer, relayed: relayedAddress(mailer, form) },
      { author: { name: 'Sam (Blue Fern)', email: 'hello@bluefern.example' } },
      { author: { name: 'Jane R.', email: 'jane.roe@example.com' } },
    ];
    expect(customerBehindRelay(mailer, messages)).toEqual({ name: 'Jane R.', email: 'jane.roe@example.com' });
    expect(customerBehindRelay(mailer, messages.slice(0, 2))).toEqual({ email: 'jane.roe@example.com' });
    expect(customerBehindRelay({ name: 'Jane' }, messages)).toEqual({ name: 'Jane' });
    // The mailer's first message decides: an order notice before the form relays nobody.
    expect(customerBehindRelay(mailer, [{ author: mailer }, ...messages])).toEqual(mailer);
  });

  it('is read with the message, by either reader, and never shown in the thread', () => {
    const page = htmlPage(
      `<body><main><div class="thread">
        <div class="message"><div class="from"><span class="sender">Fern &amp; Co &lt;mailer@shopify.com&gt;</span></div><div class="body">Name: Ola Berg<br>Email: ola.berg@example.no<br>Message: The lamp flickers.</div></div>
        <div class="message"><div class="from"><span class="sender">Ola Berg &lt;ola.berg@example.no&gt;</span></div><div class="body">Any news about the lamp?</div></div>
       </div></main></body>`,
      'https://mail.example/inbox/3',
    );
    const [relay, reply] = Array.from(page.document.querySelectorAll('.message'));
    expect(readGenericMessage(relay!)?.relayed).toBe('ola.berg@example.no');
    expect(readGenericMessage(reply!)?.relayed).toBeUndefined();
    const profile: SiteProfile = {
      id: 'team.mail-relay',
      site: 'generic',
      seen: '2026-12-05',
      selectors: { thread: '.thread', message: '.message', body: '.body', author: '.sender' },
    };
    const thread = readWithProfile(page.document, page.url, profile)!;
    expect(thread.customer).toEqual({ name: 'Ola Berg', email: 'ola.berg@example.no' });
    for (const message of thread.messages) expect(Object.keys(message)).not.toContain('relayed');
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

  describe('searches a relayed message once, however many readers ask', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });
    /** The texts holding `needle` that were searched for every address in them, one entry a search. */
    const searched = (match: { mock: { calls: unknown[][]; contexts: unknown[] } }, needle: string): string[] =>
      match.mock.calls
        .map(([pattern], call) => (pattern === EVERY_EMAIL_IN_TEXT ? String(match.mock.contexts[call]) : ''))
        .filter((text) => text.includes(needle));

    it("one structural read: the roles' votes and the customer share one search", () => {
      const page = htmlPage(
        `<body><header><a aria-label="Google Account: Fern &amp; Co Support (hello@fern.example)">F</a></header><main><div class="thread">
          <div class="message"><div class="from"><span class="sender">Fern &amp; Co &lt;mailer@shopify.com&gt;</span> <time datetime="2026-11-21T09:00:00Z">09:00</time></div><div class="body">Name: Ola Berg<br>Email: ola.berg@example.no<br>Message: The lamp flickers.</div></div>
          <div class="message"><div class="from"><span class="sender">Fern &amp; Co Support &lt;hello@fern.example&gt;</span> <time datetime="2026-11-21T10:00:00Z">10:00</time></div><div class="body">Sorry, Ola! Which model is it?</div></div>
         </div></main></body>`,
        'https://mail.example/inbox/2',
      );
      const match = vi.spyOn(String.prototype, 'match');
      const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
      expect(thread.customer).toEqual({ email: 'ola.berg@example.no' });
      expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent']);
      expect(searched(match, 'ola.berg@example.no')).toHaveLength(1);
      // The engine reading the same page again (the generic adapter is the structural reader) searches nothing more.
      expect(readPage(page.document, page.url, { adapter: generic })?.customer).toEqual(thread.customer);
      expect(searched(match, 'ola.berg@example.no')).toHaveLength(1);
    });

    it("the site's reader and the structural reader on one Gmail page: each message text searched once", () => {
      const page = fixturePage(
        'gmail',
        '2026-12-05-blind-japanese-ui-shopify-contact-form.html',
        'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRelay',
      );
      const match = vi.spyOn(String.prototype, 'match');
      const bySite = gmail.readThread(page.document, page.url)!;
      const structurally = readStructurally(page.document, page.url, { site: 'gmail' })!;
      expect(bySite.customer.email).toBe('misaki.okada.1207@example.ne.jp');
      expect(structurally.customer.email).toBe(bySite.customer.email);
      // The structural reader's text of the form message keeps Gmail's header lines: another text, its own search.
      const texts = searched(match, 'misaki.okada.1207@example.ne.jp');
      expect(texts.length).toBeGreaterThan(0);
      expect(new Set(texts).size).toBe(texts.length);
      gmail.readThread(page.document, page.url);
      readStructurally(page.document, page.url, { site: 'gmail' });
      expect(searched(match, 'misaki.okada.1207@example.ne.jp')).toEqual(texts);
    });
  });
});
