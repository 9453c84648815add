import { describe, expect, it } from 'vitest';
import { redact, serverSaid } from '@/lib/connectors/server-said';

describe('redact', () => {
  it('redacts every occurrence of each secret', () => {
    expect(redact('key ck_123456 and ck_123456 again', ['ck_123456'])).toBe('key [redacted] and [redacted] again');
  });
});

describe('serverSaid', () => {
  it('takes a JSON error message, strips tags and cuts the secret out', () => {
    expect(serverSaid('{"message":"<b>Invalid</b> key ck_123456"}', ['ck_123456'])).toBe('Invalid key [redacted]');
  });

  it('keeps an HTML error page as text, cut to 160 characters', () => {
    const said = serverSaid(`<html><body><h1>Bad gateway</h1><p>${'x'.repeat(300)}</p></body></html>`);
    expect(said?.startsWith('Bad gateway x')).toBe(true);
    expect(said?.length).toBe(161);
  });

  it('says nothing for an empty body', () => {
    expect(serverSaid('  ')).toBeUndefined();
  });
});
