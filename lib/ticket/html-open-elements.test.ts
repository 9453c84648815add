import { describe, expect, it } from 'vitest';
import { OpenElements } from './html-open-elements';

describe('OpenElements', () => {
  it('pushes and pops names innermost last', () => {
    const open = new OpenElements();
    expect(open.top()).toBeUndefined();
    expect(open.pop()).toBeUndefined();
    open.push('div');
    open.push('p');
    expect(open.length).toBe(2);
    expect(open.top()).toBe('p');
    expect(open.at(0)).toBe('div');
    expect(open.at(2)).toBeUndefined();
    expect(open.at(-1)).toBeUndefined();
    expect(open.pop()).toBe('p');
    expect(open.top()).toBe('div');
  });

  it('reads the same as an array across many chunks, through pushes and pops', () => {
    const open = new OpenElements();
    const array: string[] = [];
    const step = (k: number) => {
      if (k % 7 === 3 && array.length > 0) expect(open.pop()).toBe(array.pop());
      else {
        const name = `t${k % 11}`;
        open.push(name);
        array.push(name);
      }
    };
    for (let k = 0; k < 20_000; k++) step(k);
    expect(open.length).toBe(array.length);
    for (const index of [0, 4095, 4096, 8191, 8192, array.length - 1]) expect(open.at(index)).toBe(array[index]);
    while (array.length > 5000) expect(open.pop()).toBe(array.pop());
    for (let k = 0; k < 3000; k++) step(k);
    expect(Array.from({ length: open.length }, (_, index) => open.at(index))).toEqual(array);
  });
});
