import { describe, expect, it } from 'vitest';
import { headerRow } from './structural-header-row';

describe('headerRow', () => {
  it('reads the sender and the rest of a "From:" row in several languages', () => {
    expect(headerRow('De : nordwind-maison · 30 nov. 2026 16:40 Bonjour Claire')).toEqual({
      name: 'nordwind-maison',
      rest: '30 nov. 2026 16:40 Bonjour Claire',
    });
    expect(headerRow('Von: Jana Novak <jana@example.de> An: support@shop.example')).toEqual({
      name: 'Jana Novak',
      email: 'jana@example.de',
      rest: '',
    });
    expect(headerRow('From: Ryan Cole (212 ★) To: shop')).toMatchObject({ name: 'Ryan Cole' });
    expect(headerRow('差出人: 佐藤 由紀 · 2026/12/04')).toMatchObject({ name: '佐藤 由紀' });
    // Outlook's "Name [address]" (its light view, its plain-text quote headers).
    expect(headerRow('From: Ana Ruiz [ana.ruiz@example.com]')).toEqual({ name: 'Ana Ruiz', email: 'ana.ruiz@example.com', rest: '' });
  });

  it('reads only a row the block starts with: a "From:" further in, or plain text, is no header', () => {
    expect(headerRow('Hello, as I wrote before — From: me')).toBeNull();
    expect(headerRow('Denise wrote to us')).toBeNull();
    expect(headerRow('From:   ')).toBeNull();
  });
});
