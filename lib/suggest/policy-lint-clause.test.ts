import { describe, expect, it } from 'vitest';
import { clauseBefore, clausesOf } from '@/lib/suggest/policy-lint-clause';

describe('clausesOf: a sentence cut at its clause ends', () => {
  it('cuts at commas, semicolons, colons and dashes, in every script', () => {
    expect(clausesOf('Sorry for the delay, the matching cups are a favourite')).toEqual([
      'Sorry for the delay',
      ' the matching cups are a favourite',
    ]);
    expect(clausesOf('遅れて申し訳ありません、同じ柄のカップも人気です')).toHaveLength(2);
    expect(clausesOf('It left today — the lid follows; sorry')).toHaveLength(3);
  });

  it('keeps a clause that hangs on the one before it', () => {
    expect(clausesOf('Der Deckel ist so beliebt, dass er ausverkauft ist')).toHaveLength(1);
    expect(clausesOf('La tapa es tan popular, que está agotada')).toHaveLength(1);
  });
});

describe('clauseBefore: the words of the clause before a match', () => {
  it('goes back to the last clause or sentence end', () => {
    const text = 'The part is on its way. If it still hums, call us';
    expect(clauseBefore(text, text.indexOf('call us'))).toBe(' ');
    expect(clauseBefore(text, text.indexOf('it still'))).toBe(' If ');
  });

  it('runs on past a comma before a clause that hangs on it', () => {
    const text = 'Es ist nicht nötig, dass Sie uns anrufen';
    expect(clauseBefore(text, text.indexOf('uns anrufen'))).toBe('Es ist nicht nötig, dass Sie ');
  });

  it('reaches back no further than it is told', () => {
    const text = `${'a'.repeat(100)} call us`;
    expect(clauseBefore(text, text.indexOf('call us'), 10)).toHaveLength(10);
  });
});
