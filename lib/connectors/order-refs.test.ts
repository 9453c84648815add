import { describe, expect, it } from 'vitest';
import { orderRefKey, orderRefKeys } from './order-refs';

describe('orderRefKey', () => {
  it.each([
    ['#1047', '1047'],
    ['1047', '1047'],
    [' # 1047 ', '1047'],
    ['114-3941689-8772232', '11439416898772232'],
    ['114 3941689 8772232', '11439416898772232'],
    ['NW-1047', 'nw1047'],
  ])('%s → %s', (ref, key) => {
    expect(orderRefKey(ref)).toBe(key);
  });

  it('drops refs that are empty once cleaned', () => {
    expect([...orderRefKeys(['#', '  ', '#1047', '1047'])]).toEqual(['1047']);
  });
});
