import { describe, expect, it } from 'vitest';
import { lastCharsOf, literalTail } from '@/lib/ticket/regex-fragments';

describe('literalTail', () => {
  it('reads the literal text a fragment ends with', () => {
    expect(literalTail(String.raw`\S{1,12} via tablet`)).toBe(' via tablet');
    expect(literalTail(String.raw`(?:mein )?\S{1,9}で書いた`)).toBe('で書いた');
    expect(literalTail('Posted by hand')).toBe('Posted by hand');
  });

  it('is empty when the fragment ends in a pattern', () => {
    expect(literalTail(String.raw`Posted from \S{1,20}`)).toBe('');
    expect(literalTail('Posted (?:here|there)')).toBe('');
  });

  it('leaves out a letter that belongs to an escape', () => {
    expect(literalTail(String.raw`posted\sby`)).toBe('by');
  });
});

describe('lastCharsOf', () => {
  it('reads the last letter, or the letters of a final class, lowercased', () => {
    expect(lastCharsOf('Penned')).toEqual(['d']);
    expect(lastCharsOf('noted[AÄ]')).toEqual(['a', 'ä']);
  });

  it('gives up where the source does not tell', () => {
    expect(lastCharsOf('noted[a-z]')).toBeUndefined();
    expect(lastCharsOf(String.raw`noted\s`)).toBeUndefined();
    expect(lastCharsOf('noted(?:ly)?')).toBeUndefined();
    expect(lastCharsOf('notes+')).toBeUndefined();
  });
});
