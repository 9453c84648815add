import { describe, expect, it } from 'vitest';
import { dropJsonComments, withoutJsonComment } from './drop-json-comments';

describe('withoutJsonComment', () => {
  it('drops the top-level comment and keeps every other key and value', () => {
    const source = JSON.stringify({ _comment: 'why these words', today: ['today', '오늘'], nested: { _comment: 'kept' } });
    expect(JSON.parse(withoutJsonComment(source))).toEqual({ today: ['today', '오늘'], nested: { _comment: 'kept' } });
  });

  it('returns anything else unchanged, invalid JSON included', () => {
    for (const source of ['[1, 2]', '{"a": 1}', '"text"', '{not json', 'null']) expect(withoutJsonComment(source)).toBe(source);
  });
});

describe('dropJsonComments', () => {
  const transform = dropJsonComments().transform as (source: string, id: string) => { code: string } | null;

  it('rewrites only JSON modules that carry a comment', () => {
    expect(transform('{"_comment":"x","a":1}', '/lib/sites/words.json')).toEqual({ code: '{"a":1}', map: null });
    expect(transform('{"a":1}', '/lib/sites/words.json')).toBeNull();
    expect(transform('const _comment = 1;', '/lib/sites/words.ts')).toBeNull();
  });
});
