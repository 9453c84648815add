import { describe, expect, it } from 'vitest';
import { describeTag, tagNameEnd } from './scanned-tag-rules';

const listener = { describe: (name: string) => name.length, open() {}, text() {}, close() {}, done: () => false };

describe('tagNameEnd', () => {
  it('ends a name at the first character that is not a letter, digit, colon or dash', () => {
    const html = '<o:p class="x"><h1>x</h1><my-tag2/>';
    expect(html.slice(1, tagNameEnd(html, 1))).toBe('o:p');
    expect(html.slice(16, tagNameEnd(html, 16))).toBe('h1');
    expect(html.slice(26, tagNameEnd(html, 26))).toBe('my-tag2');
  });

  it('reads at most 41 characters of a name, and stops at the end of the text', () => {
    const long = `<${'a'.repeat(60)}>`;
    expect(tagNameEnd(long, 1)).toBe(42);
    expect(tagNameEnd('<div', 1)).toBe(4);
    expect(tagNameEnd('<dé', 1)).toBe(2);
  });
});

describe('describeTag', () => {
  it('tells void, raw-text and paragraph-closing elements, and carries what the listener said', () => {
    expect(describeTag('br', listener)).toMatchObject({ isVoid: true, isRawText: false, closesP: false, facts: 2 });
    expect(describeTag('style', listener)).toMatchObject({ isVoid: false, isRawText: true });
    expect(describeTag('div', listener)).toMatchObject({ closesP: true, isP: false, isLi: false });
    expect(describeTag('p', listener)).toMatchObject({ closesP: true, isP: true });
    expect(describeTag('li', listener)).toMatchObject({ closesP: false, isLi: true });
  });
});
