import { describe, expect, it } from 'vitest';
import { fromCents, toCents } from './money';

describe('demo store money', () => {
  it('round-trips decimal strings through cents without float error', () => {
    for (const amount of ['0.00', '0.10', '8.95', '129.00', '1088.05', '-34.00']) {
      expect(fromCents(toCents(amount))).toBe(amount);
    }
    expect(toCents('0.1') + toCents('0.2')).toBe(30);
  });

  it('rejects amounts with more than two decimals or no digits', () => {
    expect(() => toCents('1.005')).toThrow();
    expect(() => toCents('abc')).toThrow();
  });
});
