import { describe, expect, it } from 'vitest';
import { QUOTE_MAX_CHARS, quoted, quotedError } from './quote';
import { translator } from './translator';

describe('words Deskpilot did not write, quoted', () => {
  it('in each language’s quotation marks', () => {
    const said = 'Unauthorized';
    expect(quoted(said, translator('en').t)).toBe('“Unauthorized”');
    expect(quoted(said, translator('ko').t)).toBe('“Unauthorized”');
    expect(quoted(said, translator('de').t)).toBe('„Unauthorized“');
    expect(quoted(said, translator('fr').t)).toBe('« Unauthorized »');
    expect(quoted(said, translator('es').t)).toBe('«Unauthorized»');
    expect(quoted(said, translator('ja').t)).toBe('「Unauthorized」');
  });

  it('on one line and cut short: an excerpt, never the whole body', () => {
    const body = `<html>\n  ${'x'.repeat(5000)}`;
    const shown = quoted(body, translator('ja').t);
    expect(shown).not.toContain('\n');
    expect(shown.length).toBeLessThanOrEqual(QUOTE_MAX_CHARS + 3);
    expect(shown.endsWith('…」')).toBe(true);
  });

  it('quotes what a thrown value says, and something even when it says nothing', () => {
    const ko = translator('ko').t;
    expect(quotedError(new Error('Failed to fetch'), ko)).toBe('“Failed to fetch”');
    expect(quotedError('quota exceeded', ko)).toBe('“quota exceeded”');
    expect(quotedError(new Error(''), ko)).toBe('“?”');
  });
});
