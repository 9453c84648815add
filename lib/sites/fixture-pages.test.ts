import { describe, expect, it } from 'vitest';
import { asFixturePage, fixtureSiteOf, isLoopback } from '@/lib/sites/fixture-pages';
import { gmail } from '@/lib/sites/gmail';

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
});
