import { describe, expect, it } from 'vitest';
import { originPattern, requireSecureUrl } from '@/lib/connectors/secure-url';

describe('requireSecureUrl', () => {
  it('accepts https and loopback http only', () => {
    expect(requireSecureUrl('https://shop.example', 'The store URL').host).toBe('shop.example');
    expect(requireSecureUrl('http://127.0.0.1:8080', 'The store URL').port).toBe('8080');
    expect(() => requireSecureUrl('http://shop.example', 'The store URL')).toThrow(/https/);
    expect(() => requireSecureUrl('not a url', 'The store URL')).toThrow(/not a valid URL/);
  });
});

describe('originPattern', () => {
  it('leaves the port out: match patterns have none', () => {
    expect(originPattern(new URL('http://127.0.0.1:8080/wp-json/'))).toBe('http://127.0.0.1/*');
  });
});
