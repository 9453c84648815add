import { describe, expect, it } from 'vitest';
import { asFixturePage, fixtureReadBudget, fixtureSiteOf, isLoopback } from '@/lib/sites/fixture-pages';
import { gmail } from '@/lib/sites/gmail';
import { ebay } from '@/lib/sites/ebay';

describe('fixture pages on loopback', () => {
  it('names the site from the /sites/<site-id>/ path, on loopback only', () => {
    expect(fixtureSiteOf(new URL('http://127.0.0.1:4000/sites/gmail/2026-11-24-app.html#inbox/x'))).toBe('gmail');
    expect(fixtureSiteOf(new URL('http://localhost:4000/sites/amazon-seller-central/a.html'))).toBe('amazon-seller-central');
    expect(fixtureSiteOf(new URL('https://evil.example/sites/gmail/a.html'))).toBeNull();
    expect(isLoopback(new URL('https://mail.google.com/'))).toBe(false);
  });

  it("applies the adapter's own route rule to the page the fixture stands for", () => {
    const page = asFixturePage(gmail);
    expect(page.isTicketPage(new URL('http://127.0.0.1:4000/sites/gmail/app.html#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN'))).toBe(true);
    expect(page.isTicketPage(new URL('http://127.0.0.1:4000/sites/gmail/app.html#inbox'))).toBe(false);
  });

  it('stands for the route its ?route= query names, with the adapter’s refused routes too', () => {
    const page = asFixturePage(ebay);
    const at = (route: string) => new URL(`http://127.0.0.1:4000/sites/ebay/page.html?route=${encodeURIComponent(route)}`);
    expect(page.isTicketPage(new URL('http://127.0.0.1:4000/sites/ebay/page.html'))).toBe(true);
    expect(page.isTicketPage(at('/mesh/ord/messages/7'))).toBe(false);
    expect(page.holdsNoConversation?.(at('/mesh/ord/messages/7'))).toBe(false);
    expect(page.holdsNoConversation?.(at('/mesh/ord/details'))).toBe(true);
  });

  it('gives a loopback test page the page-read budget its ?read-budget-ms= query sets, and no other page one', () => {
    expect(fixtureReadBudget(new URL('http://127.0.0.1:4000/sites/zendesk/page.html?read-budget-ms=-1'))).toBe(-1);
    expect(fixtureReadBudget(new URL('http://127.0.0.1:4000/sites/zendesk/page.html'))).toBeUndefined();
    expect(fixtureReadBudget(new URL('http://127.0.0.1:4000/sites/zendesk/page.html?read-budget-ms=soon'))).toBeUndefined();
    expect(fixtureReadBudget(new URL('https://acme.zendesk.com/agent/tickets/1?read-budget-ms=-1'))).toBeUndefined();
  });
});
