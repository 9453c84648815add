import { describe, expect, it } from 'vitest';
import { addAccount, hasPrefix } from './structural-account-text';

describe('what an account element says', () => {
  it('reads the name and addresses after an account prefix, without presence', () => {
    const names = new Set<string>();
    const emails = new Set<string>();
    addAccount('Google Account: Mira Holt (mira@shop.example) · Online', names, emails);
    expect([...names]).toEqual(['mira holt']);
    expect([...emails]).toEqual(['mira@shop.example']);
  });

  it('takes no name from a bare label', () => {
    const names = new Set<string>();
    addAccount('My account', names, new Set());
    expect([...names]).toEqual([]);
  });

  it('knows an account prefix from plain words', () => {
    expect(hasPrefix('Signed in as Ana')).toBe(true);
    expect(hasPrefix('Order 1234 shipped')).toBe(false);
  });
});
