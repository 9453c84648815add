import { describe, expect, it } from 'vitest';
import { shownNewestFirst } from './shown-order';

const shown = (...times: string[]) => times.map((shownTime) => ({ shownTime }));

describe('shownNewestFirst', () => {
  it('reads days without their year, day or month first, in en, de, fr, es, ko and ja', () => {
    expect(shownNewestFirst(shown('5 Dec, 21:10', '2 Dec, 08:47', '1 Dec, 19:22'))).toBe(true);
    expect(shownNewestFirst(shown('Dec 3, 9:41 AM', 'Dec 3, 9:30 AM', 'Dec 2, 7:14 PM'))).toBe(true);
    expect(shownNewestFirst(shown('5. Dez., 08:31', '4. Dez., 20:47', '30. Nov., 10:05'))).toBe(true);
    expect(shownNewestFirst(shown('4 déc., 09:12', '3 déc., 20:31'))).toBe(true);
    expect(shownNewestFirst(shown('5 de diciembre, 10:00', '1 de diciembre, 18:00'))).toBe(true);
    expect(shownNewestFirst(shown('12월 3일 오전 9:02', '12월 2일 오후 11:48'))).toBe(true);
    expect(shownNewestFirst(shown('12月3日 9:02', '12月1日 19:22'))).toBe(true);
    // The same days oldest first.
    expect(shownNewestFirst(shown('1 Dec, 19:22', '2 Dec, 08:47', '5 Dec, 21:10'))).toBe(false);
    expect(shownNewestFirst(shown('12月1日 19:22', '12月3日 9:02'))).toBe(false);
  });

  it('takes a year ending between two days without their year as the nearer way round', () => {
    expect(shownNewestFirst(shown('Jan 2', 'Dec 30'))).toBe(true);
    expect(shownNewestFirst(shown('Dec 30', 'Jan 2'))).toBe(false);
  });

  it('compares bare clocks with each other, a clock past midnight as the next day', () => {
    expect(shownNewestFirst(shown('11:09 AM', '11:06 AM', '11:03 AM', '11:02 AM'))).toBe(true);
    expect(shownNewestFirst(shown('23:50', '00:10'))).toBe(false);
    expect(shownNewestFirst(shown('오후 3:14', '오전 9:02'))).toBe(true);
    // A weekday beside the clock says another day: no bare clock.
    expect(shownNewestFirst(shown('Mon 10:02', 'Tue 09:40'))).toBe(false);
  });

  it('never compares times of two kinds: a full date, a day without its year, a bare clock', () => {
    // A full date read from a stray "yesterday" above two days shown without their year, oldest first.
    const stray = { sentAt: new Date(2026, 11, 6).toISOString() };
    expect(shownNewestFirst([stray, ...shown('3 Dec, 19:06', 'Notitie · 4 min', '5 Dec, 15:55')])).toBe(false);
    // "19:22" today or on 1 Dec: no vote either way, the page's order stands.
    expect(shownNewestFirst(shown('19:22', '1 Dec, 08:00'))).toBe(false);
    // Each time against the nearest above it of its kind.
    expect(shownNewestFirst(shown('5 Dec, 10:00', '19:22', '2 Dec, 09:00'))).toBe(true);
  });

  it('keeps the page order on a tie and without times', () => {
    expect(shownNewestFirst(shown('10:00', '09:00', '10:00'))).toBe(false);
    expect(shownNewestFirst(shown('4m', '22m'))).toBe(false);
    expect(shownNewestFirst([{}, {}])).toBe(false);
  });

  it('takes a span ago for no day, though its unit opens like a month ("settimane", "set")', () => {
    expect(shownNewestFirst(shown('3 settimane fa', '1 settimane fa'))).toBe(false);
  });
});

describe('shownNewestFirst under day separators', () => {
  it('compares no bare clocks across a day separator; clocks under one separator still compare', () => {
    // Saturday evening, then Sunday morning, then this morning: the page's order stands.
    expect(
      shownNewestFirst([
        { shownTime: '18:12', dayAbove: 'Thu, 3 Dec 2026' },
        { shownTime: '10:30', dayAbove: '4 déc.' },
        { shownTime: '08:47', dayAbove: 'Heute' },
      ]),
    ).toBe(false);
    expect(shownNewestFirst([{ shownTime: '09:40', dayAbove: 'Heute' }, { shownTime: '09:05' }])).toBe(true);
  });
});
