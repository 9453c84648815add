import { describe, expect, it } from 'vitest';
import { Postings } from '@/lib/suggest/postings';

function entries(postings: Postings): [number, number][] {
  const seen: [number, number][] = [];
  postings.forEach((slot, frequency) => seen.push([slot, frequency]));
  return seen.sort((a, b) => a[0] - b[0]);
}

describe('postings read from ranges of a snapshot’s shared arrays', () => {
  // Two terms' postings side by side, as a saved index stores them: [0, 3) and [3, 5).
  const shared = () => ({ slots: Int32Array.from([1, 4, 7, 2, 4]), frequencies: Uint16Array.from([1, 2, 3, 5, 6]) });

  it('each reads only its own range', () => {
    const { slots, frequencies } = shared();
    const first = new Postings(slots, frequencies, 0, 3);
    const second = new Postings(slots, frequencies, 3, 5);
    expect(entries(first)).toEqual([
      [1, 1],
      [4, 2],
      [7, 3],
    ]);
    expect(entries(second)).toEqual([
      [2, 5],
      [4, 6],
    ]);
    expect([first.size, second.size]).toEqual([3, 2]);
  });

  it('a removal, a change and an addition in one leave the other as it was', () => {
    const { slots, frequencies } = shared();
    const first = new Postings(slots, frequencies, 0, 3);
    const second = new Postings(slots, frequencies, 3, 5);
    first.delete(1);
    first.set(7, 9);
    first.set(8, 1);
    first.delete(42);
    expect(entries(first)).toEqual([
      [4, 2],
      [7, 9],
      [8, 1],
    ]);
    expect(first.size).toBe(3);
    expect(entries(second)).toEqual([
      [2, 5],
      [4, 6],
    ]);
    second.delete(4);
    second.delete(2);
    expect(entries(second)).toEqual([]);
    expect(second.size).toBe(0);
    expect(entries(first)).toEqual([
      [4, 2],
      [7, 9],
      [8, 1],
    ]);
  });

  it('a new term’s postings start empty and hold what is set', () => {
    const postings = new Postings();
    expect(postings.size).toBe(0);
    postings.set(3, 2);
    postings.set(3, 4);
    expect(entries(postings)).toEqual([[3, 4]]);
    postings.delete(3);
    expect(postings.size).toBe(0);
  });
});
