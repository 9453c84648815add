import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl } from './index';

const idFor = (url: string) => adapterForUrl(new URL(url))?.id ?? null;

describe('adapterForUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN', 'gmail'],
    ['https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED', 'amazon-seller-central'],
    ['https://sellercentral.amazon.de/messaging/inbox', 'amazon-seller-central'],
    ['https://sellercentral-europe.amazon.com/messaging/inbox', 'amazon-seller-central'],
    ['https://sellercentral.amazon.co.jp/home', 'amazon-seller-central'],
  ])('%s → %s', (url, id) => {
    expect(idFor(url)).toBe(id);
  });

  it.each([
    'http://mail.google.com/mail/u/0/',
    'https://mail.google.com.evil.example/mail/',
    'https://evil.example/?https://mail.google.com/',
    'https://sellercentral.amazon.com.evil.example/messaging/',
    'https://www.amazon.com/gp/css/order-history',
  ])('no adapter for %s', (url) => {
    expect(idFor(url)).toBeNull();
  });

  it('gives loopback fixture pages under /sites/<site-id>/ that site’s adapter, and nothing else on loopback', () => {
    expect(idFor('http://127.0.0.1:4173/sites/gmail/2026-11-24-app.html#inbox')).toBe('gmail');
    expect(idFor('http://localhost:9000/sites/amazon-seller-central/2026-11-24-app.html')).toBe('amazon-seller-central');
    expect(idFor('http://127.0.0.1:4173/sites/zendesk/page.html')).toBe('zendesk');
    expect(idFor('http://127.0.0.1:4173/sites/unknown-inbox/page.html')).toBeNull();
    expect(idFor('http://127.0.0.1:4173/sites/constructor/page.html')).toBeNull();
    expect(idFor('http://127.0.0.1:4173/other/gmail/page.html')).toBeNull();
  });

  it("applies the site's own route rule to fixture pages", () => {
    const gmailPage = 'http://127.0.0.1:4173/sites/gmail/2026-11-24-app.html';
    const gmail = adapterForUrl(new URL(gmailPage))!;
    expect(gmail.isTicketPage(new URL(`${gmailPage}#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN`))).toBe(true);
    expect(gmail.isTicketPage(new URL(`${gmailPage}#inbox`))).toBe(false);
    const amazonPage = new URL('http://127.0.0.1:4173/sites/amazon-seller-central/2026-11-24-app.html?t=A3G7P2MWN9C4JD');
    expect(adapterForUrl(amazonPage)!.isTicketPage(amazonPage)).toBe(true);
  });

  it('registers each adapter under its own id', () => {
    for (const [id, adapter] of Object.entries(ADAPTERS)) expect(adapter.id).toBe(id);
  });
});
