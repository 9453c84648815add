import { describe, expect, it } from 'vitest';
import { hasLayoutSpace, VISIBLE } from '@/lib/ticket/html-layout-space';

describe('hasLayoutSpace', () => {
  it('finds the white space HTML folds (a tab, a line break, a form feed, two spaces) as the pattern it replaces does', () => {
    const texts = [
      '',
      'ok',
      'one two',
      'one  two',
      ' a ',
      'a\tb',
      'a\nb',
      'a\rb',
      'a\fb',
      'a\u00a0 b',
      'a \u00a0b',
      '  ',
      'trailing  ',
      'ü  ß',
      'a\u3000\u3000b',
    ];
    for (const text of texts) expect(hasLayoutSpace(text), JSON.stringify(text)).toBe(/[\t\r\n\f]| {2}/.test(text));
  });
});

describe('VISIBLE', () => {
  it('sees letters and marks, not the no-break space of an empty Outlook paragraph', () => {
    expect(['\u00a0', ' \n\t', '\u00a0 \u00a0'].map((text) => VISIBLE.test(text))).toEqual([false, false, false]);
    expect(['x', '\u00a0.', '字'].map((text) => VISIBLE.test(text))).toEqual([true, true, true]);
  });
});
