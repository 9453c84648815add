import { describe, expect, it } from 'vitest';
import { originPattern, parseSubscriptionUrl, subscriptionPermission } from '@/lib/packs/subscription-url';

describe('subscription URLs', () => {
  it('accepts HTTPS anywhere and plain HTTP on loopback only', () => {
    expect(parseSubscriptionUrl(' https://raw.githubusercontent.com/acme/packs/main/support.json#x ').href).toBe(
      'https://raw.githubusercontent.com/acme/packs/main/support.json',
    );
    expect(parseSubscriptionUrl('http://127.0.0.1:8123/packs/a.json').host).toBe('127.0.0.1:8123');
    expect(parseSubscriptionUrl('http://localhost/a.json').hostname).toBe('localhost');
    expect(() => parseSubscriptionUrl('http://intranet.acme.local/a.json')).toThrow(
      /only subscribes to packs over HTTPS \(this address uses http\)/,
    );
    expect(() => parseSubscriptionUrl('ftp://example.com/a.json')).toThrow(/HTTPS/);
    expect(() => parseSubscriptionUrl('packs/a.json')).toThrow(/not a web address/);
  });

  it('refuses addresses that carry a secret, because subscriptions are stored and backed up', () => {
    expect(() => parseSubscriptionUrl('https://bob:hunter2@packs.example.com/a.json')).toThrow(/user name or password/);
    expect(() => parseSubscriptionUrl('https://raw.githubusercontent.com/a/b/main/p.json?token=GHSAT0AAA')).toThrow(
      /credential \("token="\)/,
    );
    expect(() => parseSubscriptionUrl('https://bucket.s3.amazonaws.com/p.json?X-Amz-Signature=abc')).toThrow(/credential/);
    expect(parseSubscriptionUrl('https://packs.example.com/p.json?channel=stable').search).toBe('?channel=stable');
  });

  it('asks for the one host the pack lives on, without port or path', () => {
    expect(originPattern('https://raw.githubusercontent.com/acme/packs/main/support.json')).toBe('https://raw.githubusercontent.com/*');
    expect(originPattern('http://127.0.0.1:8123/packs/a.json')).toBe('http://127.0.0.1/*');
    expect(originPattern('http://[::1]:9000/a.json')).toBe('http://[::1]/*');
    expect(subscriptionPermission('https://packs.acme.com/a.json')).toEqual({ origins: ['https://packs.acme.com/*'] });
    expect(() => originPattern('http://evil.example.com/a.json')).toThrow();
  });
});
