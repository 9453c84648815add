import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '@/lib/sites/escape-regexp';

describe('escapeRegExp', () => {
  it('matches every special character as itself', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(`^${escapeRegExp('a.c')}$`).test('abc')).toBe(false);
  });

  it('leaves plain words and other scripts as they are', () => {
    expect(escapeRegExp('Lena hat angehängt')).toBe('Lena hat angehängt');
    expect(escapeRegExp('님이 첨부')).toBe('님이 첨부');
  });
});
