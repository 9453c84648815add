import { describe, expect, it } from 'vitest';
import { charOf, codeAt, contains, sliceOf } from './string-reads';

/** The kinds of string mail reaches the stripper as: one- and two-byte, flat, sliced out of a longer text, joined. */
const KINDS = [
  'Tel: +33 6 33 33 44 03',
  'Grüße aus Köln, Jürgen',
  'ありがとうございます。よろしくお願いします',
  'x'.repeat(40).concat('|', 'Здравствуйте, заказ 4417').slice(20, 60),
  ['ok', 'Merci beaucoup', '감사합니다'].join('\n'),
  '',
];

describe('string reads through the prototype', () => {
  it.each(KINDS)('read %j as its own methods do, past its ends too', (text) => {
    for (let i = -1; i <= text.length; i++) {
      expect(codeAt(text, i)).toEqual(text.charCodeAt(i));
      expect(charOf(text, i)).toBe(text.charAt(i));
      expect(sliceOf(text, i, i + 3)).toBe(text.slice(i, i + 3));
    }
    for (const part of ['&', 'ok', 'ü', 'заказ', '', text]) expect(contains(text, part)).toBe(text.includes(part));
  });
});
