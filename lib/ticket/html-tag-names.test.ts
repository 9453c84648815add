import { describe, expect, it } from 'vitest';
import { tagNameReader } from './html-tag-names';

const named = () => tagNameReader((name) => ({ name }));

describe('tagNameReader', () => {
  it('reads a name lower-cased, and the same spelling again from what it said of it', () => {
    const described: string[] = [];
    const reader = tagNameReader((name) => {
      described.push(name);
      return { name };
    });
    const html = '<DIV><DIV><Div>';
    const first = reader.read(html, 1, 4);
    expect(first).toEqual({ name: 'div' });
    expect(reader.read(html, 6, 9)).toBe(first);
    expect(reader.read(html, 11, 14)).toEqual({ name: 'div' });
    expect(described).toEqual(['div', 'div']);
  });

  it('tells apart names that share a start or a length', () => {
    const reader = named();
    const html = '<b><br><bdi><b><hr><br>';
    const starts = [1, 4, 8, 13, 16, 20];
    const ends = [2, 6, 11, 14, 18, 22];
    expect(starts.map((start, k) => reader.read(html, start, ends[k] ?? start).name)).toEqual(['b', 'br', 'bdi', 'b', 'hr', 'br']);
  });

  it('tells apart long names that share their first characters, and a long name from a short one', () => {
    const reader = named();
    const html = '<blockquote><blockquotes><BLOCKQUOTE><b><o:p><blockquote>';
    const spans: Array<[number, number]> = [
      [1, 11],
      [13, 24],
      [26, 36],
      [38, 39],
      [41, 44],
      [46, 56],
    ];
    expect(spans.map(([start, end]) => reader.read(html, start, end).name)).toEqual([
      'blockquote',
      'blockquotes',
      'blockquote',
      'b',
      'o:p',
      'blockquote',
    ]);
  });

  it('still reads every name right once more names were seen than it remembers', () => {
    const reader = named();
    const names = Array.from({ length: 20 }, (_, k) => `T${k}`);
    const html = names.map((name) => `<${name}>`).join('');
    const read = () => {
      const out: string[] = [];
      let at = 0;
      for (const name of names) {
        out.push(reader.read(html, at + 1, at + 1 + name.length).name);
        at += name.length + 2;
      }
      return out;
    };
    const lower = names.map((name) => name.toLowerCase());
    expect(read()).toEqual(lower);
    expect(read()).toEqual(lower);
  });
});
