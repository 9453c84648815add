import { describe, expect, it } from 'vitest';
import { isDateLine } from './generic-date-line';

describe('a line that is only a date or a time', () => {
  it.each(['Nov 18', '8:41 AM', '19:48 (hace 16 horas)', 'Пн 30.11.2026 19:05', '30 thg 11, 2026, 20:14', '12m ago'])(
    '%s is one',
    (line) => {
      expect(isDateLine(line)).toBe(true);
    },
  );

  it.each(['Thanks, it arrived today', 'Order 18 arrived broken on Monday and I want a refund'])('%s is not', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});
