import { describe, expect, it } from 'vitest';
import { asciiTable, withAsciiTable } from '@/lib/ticket/ascii-table';

describe('withAsciiTable', () => {
  it('answers as the test it was built from, inside and outside ASCII', () => {
    const isVowel = (char: string) => /^[aeiouäö]$/i.test(char);
    const table = withAsciiTable(isVowel);
    for (const char of ['a', 'E', 'x', ' ', '-', 'ä', 'Ö', 'ß', '', 'ab']) expect(table(char), char).toBe(isVowel(char));
  });
});

describe('asciiTable', () => {
  it("holds the test's answer for each ASCII code", () => {
    const table = asciiTable((char) => /[a-c ]/.test(char));
    expect(table.length).toBe(128);
    expect([...'abcd x'].map((char) => table[char.charCodeAt(0)])).toEqual([1, 1, 1, 0, 1, 0]);
  });
});
