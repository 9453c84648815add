import { describe, expect, it } from 'vitest';
import { AMAZON_SELLER_CENTRAL_MATCHES, CONTENT_MATCHES } from '@/lib/sites/matches';

describe('content-script matches', () => {
  it('lists each Seller Central host once, as a whole-host pattern', () => {
    expect(AMAZON_SELLER_CENTRAL_MATCHES).toHaveLength(12);
    expect(new Set(AMAZON_SELLER_CENTRAL_MATCHES).size).toBe(12);
    for (const pattern of AMAZON_SELLER_CENTRAL_MATCHES)
      expect(pattern).toMatch(/^https:\/\/sellercentral(?:\.|-europe\.)amazon\.[a-z.]+\/\*$/);
    expect(AMAZON_SELLER_CENTRAL_MATCHES).toContain('https://sellercentral.amazon.com/*');
    expect(AMAZON_SELLER_CENTRAL_MATCHES).toContain('https://sellercentral-europe.amazon.com/*');
    expect(AMAZON_SELLER_CENTRAL_MATCHES).toContain('https://sellercentral.amazon.co.jp/*');
  });

  it('declares every site pattern over https only', () => {
    for (const pattern of CONTENT_MATCHES) expect(pattern.startsWith('https://')).toBe(true);
  });
});
