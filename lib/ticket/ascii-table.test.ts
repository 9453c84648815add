import { describe, expect, it } from 'vitest';
import { withAsciiTable } from '@/lib/ticket/ascii-table';

describe('withAsciiTable', () => {
  it('answers as the test it was built from, inside and outside ASCII', () => {
    const isVowel = (char: string) => /^[aeiouäö]$/i.test(char);
    const table = withAsciiTable(isVowel);
    for (const char of ['a', 'E', 'x', ' ', '-', 'ä', 'Ö', 'ß', '', 'ab']) expect(table(char), char).toBe(isVowel(char));
  });
});
