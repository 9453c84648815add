import { describe, expect, it } from 'vitest';
import { clauseAfter, clauseBefore, clausesIn, clausesOf } from '@/lib/suggest/policy-lint-clause';

describe('clausesOf: a sentence cut at its clause ends', () => {
  it('cuts at commas, semicolons, colons and dashes, in every script', () => {
    expect(clausesOf('Sorry for the delay, the matching cups are a favourite')).toEqual([
      'Sorry for the delay',
      ' the matching cups are a favourite',
    ]);
    expect(clausesOf('遅れて申し訳ありません、同じ柄のカップも人気です')).toHaveLength(2);
    expect(clausesOf('It left today — the lid follows; sorry')).toHaveLength(3);
  });

  it('cuts at a turn of the sentence, comma or not, and at a Korean or Japanese condition', () => {
    expect(clausesOf('No need to send it back but please call us')).toEqual(['No need to send it back ', ' please call us']);
    expect(clausesOf('Rien à renvoyer mais appelez-nous')).toHaveLength(2);
    expect(clausesOf('반품하실 필요는 없지만 저희에게 전화 주세요')).toHaveLength(2);
    expect(clausesOf('お電話いただければ返品は不要です')).toEqual(['お電話いただけ', '返品は不要です']);
  });

  it('keeps a clause that hangs on the one before it', () => {
    expect(clausesOf('Der Deckel ist so beliebt, dass er ausverkauft ist')).toHaveLength(1);
    expect(clausesOf('La tapa es tan popular, que está agotada')).toHaveLength(1);
  });
});

describe('clauseBefore: the words of the clause before a match', () => {
  it('goes back to the last clause or sentence end', () => {
    const text = 'The part is on its way. If it still hums, call us';
    expect(clauseBefore(clausesIn(text), text.indexOf('call us'))).toBe(' ');
    expect(clauseBefore(clausesIn(text), text.indexOf('it still'))).toBe(' If ');
  });

  it('runs on past a comma before a clause that hangs on it', () => {
    const text = 'Es ist nicht nötig, dass Sie uns anrufen';
    expect(clauseBefore(clausesIn(text), text.indexOf('uns anrufen'))).toBe('Es ist nicht nötig, dass Sie ');
  });

  it('reaches back no further than it is told', () => {
    const text = `${'a'.repeat(100)} call us`;
    expect(clauseBefore(clausesIn(text), text.indexOf('call us'), 10)).toHaveLength(10);
  });
});

describe('clauseAfter: the words of the clause after a match', () => {
  it('goes on to the next clause end, a condition included', () => {
    const text = '저희에게 전화 주시면 반품은 필요 없습니다.';
    expect(clauseAfter(clausesIn(text), text.indexOf(' 주시면'))).toBe(' 주시');
    expect(clauseAfter(clausesIn('お電話は不要です。返品も'), 3)).toBe('は不要です');
  });
});

describe('clausesIn: the clauses with their offsets and how each ends', () => {
  it('tells a clause ended by a mark from one ended by a turn or a sentence end', () => {
    const text = 'We will not ask you to send it back, to take photos but call us. Thanks';
    const { spans } = clausesIn(text);
    expect(spans.map((s) => [s.text, s.markEnds])).toEqual([
      ['We will not ask you to send it back', true],
      [' to take photos ', false],
      [' call us', false],
      [' Thanks', false],
    ]);
    expect(spans.every((s) => text.slice(s.start, s.end) === s.text)).toBe(true);
  });
});
