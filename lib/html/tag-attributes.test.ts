import { describe, expect, it } from 'vitest';
import { parseAttributes } from './tag-attributes';

describe('parseAttributes', () => {
  it('reads quoted and bare values, names lower-cased and values decoded', () => {
    expect(parseAttributes(' CLASS="gmail_quote" data-x=\'a&amp;b\' dir=ltr')).toEqual({
      class: 'gmail_quote',
      'data-x': 'a&b',
      dir: 'ltr',
    });
  });

  it('keeps the first of a repeated name, as browsers do', () => {
    expect(parseAttributes(' class="first" Class="second"')).toEqual({ class: 'first' });
  });

  it('gives one shared empty object to a tag with no value', () => {
    expect(parseAttributes(' hidden')).toBe(parseAttributes(''));
    expect(parseAttributes(' hidden')).toEqual({});
  });
});
