import { describe, expect, it } from 'vitest';
import { KeptLines } from './kept-lines';

const SOURCE = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('KeptLines', () => {
  it('keeps a run of consecutive lines as they are', () => {
    const kept = new KeptLines();
    for (const index of [0, 1, 2]) kept.keep(SOURCE, index);
    expect(kept.all()).toEqual(['a', 'b', 'c']);
  });

  it('leaves out the lines a caller skipped without saying so: a line after a gap starts a new run', () => {
    const kept = new KeptLines();
    kept.keep(SOURCE, 0);
    kept.keep(SOURCE, 1);
    kept.keep(SOURCE, 4);
    kept.keep(SOURCE, 5);
    expect(kept.all()).toEqual(['a', 'b', 'e', 'f']);
  });

  it('puts a pushed line after the run kept before it, and reading mid-way loses nothing', () => {
    const kept = new KeptLines();
    kept.keep(SOURCE, 0);
    kept.keep(SOURCE, 1);
    kept.push('half of c');
    expect(kept.all()).toEqual(['a', 'b', 'half of c']);
    kept.keep(SOURCE, 3);
    expect(kept.all()).toEqual(['a', 'b', 'half of c', 'd']);
    kept.keep(SOURCE, 4);
    expect(kept.all()).toEqual(['a', 'b', 'half of c', 'd', 'e']);
  });

  it('keeps a range, joined to the run it continues or after a gap', () => {
    const kept = new KeptLines();
    kept.keep(SOURCE, 0);
    kept.keepRange(SOURCE, 1, 3);
    kept.keepRange(SOURCE, 4, 4);
    kept.keepRange(SOURCE, 5, 6);
    expect(kept.all()).toEqual(['a', 'b', 'c', 'f']);
  });

  it('reads each line from the array it was kept from, once that array is replaced by a copy', () => {
    const kept = new KeptLines();
    kept.keep(SOURCE, 0);
    kept.keep(SOURCE, 1);
    const copy = [...SOURCE];
    copy[2] = 'rest of c';
    kept.keep(copy, 2);
    expect(kept.all()).toEqual(['a', 'b', 'rest of c']);
  });

  it('answers with the source itself when all of it was kept as it is, and with a copy otherwise', () => {
    const whole = new KeptLines();
    whole.keepRange(SOURCE, 0, SOURCE.length);
    expect(whole.result()).toBe(SOURCE);
    const part = new KeptLines();
    part.keepRange(SOURCE, 0, 5);
    expect(part.result()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const gap = new KeptLines();
    gap.keepRange(SOURCE, 0, 2);
    gap.keepRange(SOURCE, 3, SOURCE.length);
    expect(gap.result()).toEqual(['a', 'b', 'd', 'e', 'f']);
    const pushed = new KeptLines();
    pushed.push('x');
    pushed.keepRange(SOURCE, 0, SOURCE.length);
    expect(pushed.result()).toEqual(['x', ...SOURCE]);
    expect(SOURCE).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('is empty before anything is kept', () => {
    expect(new KeptLines().all()).toEqual([]);
  });
});
