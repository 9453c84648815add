import { afterEach, describe, expect, it } from 'vitest';
import { type FixturePage, htmlPage } from '../testing/fixture-page';
import { readWithProfile } from './read-with-profile';
import type { SiteProfile } from './types';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const profile: SiteProfile = {
  id: 'test.webmail',
  site: 'generic',
  seen: '2026-12-05',
  selectors: { thread: '.conv', message: '.mail', body: '.mail__text', author: '.mail__from', subject: 'h1' },
  roles: { others: 'customer' },
};
const mail = (from: string, text: string) =>
  `<div class="mail"><div class="mail__from">${from}</div><div class="mail__text">${text}</div></div>`;

describe('a delivery-failure report read with a profile', () => {
  it('is the mail system\'s: neither the customer\'s (the default for "others") nor ours', () => {
    page = htmlPage(
      `<!doctype html><body><h1>Refund for the rug</h1><div class="conv">${
        mail('Aylin Demir &lt;aylin@example.com.tr&gt;', 'When will the refund for the rug arrive?') +
        mail('Postmaster &lt;postmaster@mx.example&gt;', 'Teslim edilemedi: alıcının posta kutusu dolu.') +
        mail('Aylin Demir &lt;aylin@example.com.tr&gt;', 'I cleared my mailbox, please write again.')
      }</div></body>`,
      'https://webmail.example/t/9',
    );
    const thread = readWithProfile(page.document, page.url, profile, 60_000)!;
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'system', 'customer']);
  });
});

describe('a sender name shown cut short', () => {
  it('is the whole name its element keeps in an attribute, not the cut text', () => {
    const cut = (text: string) =>
      `<div class="mail"><div class="mail__from" data-full-name="Bartholomew Okonkwo-Reyes">Bartholomew Okon…</div><div class="mail__text">${text}</div></div>`;
    page = htmlPage(
      `<!doctype html><body><h1>Lamp arrived cracked</h1><div class="conv">${cut('The lamp base arrived cracked.') + cut('Photos attached, what now?')}</div></body>`,
      'https://webmail.example/t/10',
    );
    const thread = readWithProfile(page.document, page.url, profile, 60_000)!;
    expect(thread.messages.map((message) => message.author.name)).toEqual(['Bartholomew Okonkwo-Reyes', 'Bartholomew Okonkwo-Reyes']);
  });
});
