import { describe, expect, it } from 'vitest';
import { tagNameReader } from './html-tag-names';

describe('tagNameReader', () => {
  it('reads a name lower-cased, and the same spelling again as the same string', () => {
    const reader = tagNameReader();
    const html = '<DIV><div><Div>';
    expect(reader.read(html, 1, 4)).toBe('div');
    expect(reader.read(html, 6, 9)).toBe('div');
    expect(reader.read(html, 11, 14)).toBe('div');
  });

  it('tells apart names that share a start or a length', () => {
    const reader = tagNameReader();
    const html = '<b><br><bdi><b><hr><br>';
    const starts = [1, 4, 8, 13, 16, 20];
    const ends = [2, 6, 11, 14, 18, 22];
    expect(starts.map((start, k) => reader.read(html, start, ends[k] ?? start))).toEqual(['b', 'br', 'bdi', 'b', 'hr', 'br']);
  });

  it('still reads every name right once more names were seen than it remembers', () => {
    const reader = tagNameReader();
    const names = Array.from({ length: 20 }, (_, k) => `T${k}`);
    const html = names.map((name) => `<${name}>`).join('');
    const read = () => {
      const out: string[] = [];
      let at = 0;
      for (const name of names) {
        out.push(reader.read(html, at + 1, at + 1 + name.length));
        at += name.length + 2;
      }
      return out;
    };
    const lower = names.map((name) => name.toLowerCase());
    expect(read()).toEqual(lower);
    expect(read()).toEqual(lower);
  });
});
