import { describe, expect, it } from 'vitest';
import { chronological, isoTime } from './time';

describe('isoTime', () => {
  it("reads Gmail's dates, with the narrow no-break space newer ICU data puts before AM/PM", () => {
    const expected = new Date(2026, 10, 18, 21, 14).toISOString();
    expect(isoTime('Wed, Nov 18, 2026, 9:14 PM')).toBe(expected);
    expect(isoTime('Wed, Nov 18, 2026, 9:14\u202fPM')).toBe(expected);
    expect(isoTime('Wed, Nov 18, 2026, 9:14 PM (6 days ago)')).toBe(expected);
    expect(isoTime('2026-11-22T19:02:00Z')).toBe('2026-11-22T19:02:00.000Z');
  });

  it('reads a time followed by a zone abbreviation the parser does not know as the time shown', () => {
    expect(isoTime('Nov 30, 2026 9:41 PM BRT')).toBe(new Date(2026, 10, 30, 21, 41).toISOString());
    expect(isoTime('30 Nov 2026 21:41 CET', 'en-GB')).toBe(new Date(2026, 10, 30, 21, 41).toISOString());
    // A zone the parser knows keeps its offset.
    expect(isoTime('Nov 30, 2026 9:41 PM UTC')).toBe('2026-11-30T21:41:00.000Z');
  });

  it('leaves out what it cannot read rather than guessing', () => {
    expect(isoTime('Mi., 18. Dez., 21:14')).toBeUndefined();
    expect(isoTime('')).toBeUndefined();
    expect(isoTime(null)).toBeUndefined();
  });

  it('reads a dotted date day first, whatever the language (the parser alone reads "05.12.2026" as May 12)', () => {
    expect(isoTime('Sa 05.12.2026 10:14')).toBe(new Date(2026, 11, 5, 10, 14).toISOString());
    expect(isoTime('18.11.2026, 21:14')).toBe(new Date(2026, 10, 18, 21, 14).toISOString());
    // A page in American English writes no dots: its date stays month first.
    expect(isoTime('05.12.2026 10:14', 'en-US')).toBe(new Date(2026, 11, 5, 10, 14).toISOString());
    expect(isoTime('05/12/2026 10:14', 'en-US')).toBe(new Date(2026, 4, 12, 10, 14).toISOString());
  });

  it('reads a dotted date with spaces after the dots day first (Czech, Slovak: the parser alone reads "3. 11. 2026" as March 11)', () => {
    expect(isoTime('st 3. 11. 2026 14:20')).toBe(new Date(2026, 10, 3, 14, 20).toISOString());
    expect(isoTime('3. 11. 2026', 'cs')).toBe(new Date(2026, 10, 3).toISOString());
    expect(isoTime('pá 27. 11. 2026 9:05', '')).toBe(new Date(2026, 10, 27, 9, 5).toISOString());
  });

  it('never takes an order number for a year (a customer\'s one-line chat message "CJ-48213")', () => {
    expect(isoTime('CJ-48213')).toBeUndefined();
    expect(isoTime('CJ-48213', 'pt-BR')).toBeUndefined();
    expect(isoTime('2026-12-04T17:03:30Z')).toBe('2026-12-04T17:03:30.000Z');
  });

  it('never reads a date with another year than the one it writes (the parser makes "28. nov." 2001 and "4. dec. 07.55" 2007)', () => {
    expect(isoTime('28. nov.')).toBeUndefined();
    expect(isoTime('fre. 4. dec. 07.55')).toBeUndefined();
    expect(isoTime('Nov 28')).toBeUndefined();
    expect(isoTime('11/23/26 9:14 AM')).toBe(new Date(2026, 10, 23, 9, 14).toISOString());
    expect(isoTime('Mon, 30 Nov 2026 09:12:00 +0100')).toBe('2026-11-30T08:12:00.000Z');
  });

  it('reads dotted Nordic dates and times with their year, whether or not the reader knows the page language', () => {
    expect(isoTime('Mi., 18. Dez. 2026, 21:14')).toBe(new Date(2026, 11, 18, 21, 14).toISOString());
    expect(isoTime('lør. 28. nov. 2026 09.12')).toBe(new Date(2026, 10, 28, 9, 12).toISOString());
    expect(isoTime('søn. 6. des. 2026 kl. 14.05', 'nb')).toBe(new Date(2026, 11, 6, 14, 5).toISOString());
    expect(isoTime('lör 16 maj 2026 18.30', 'sv')).toBe(new Date(2026, 4, 16, 18, 30).toISOString());
    expect(isoTime('la 28.11.2026 klo 9.12', 'fi')).toBe(new Date(2026, 10, 28, 9, 12).toISOString());
    expect(isoTime('28.11.2026 klo 9.12')).toBe(new Date(2026, 10, 28, 9, 12).toISOString());
  });
});

describe('chronological', () => {
  it('sorts by time when every item has one, stably', () => {
    const items = [
      { id: 'c', sentAt: '2026-11-24T10:00:00Z' },
      { id: 'a', sentAt: '2026-11-22T10:00:00Z' },
      { id: 'b', sentAt: '2026-11-24T10:00:00Z' },
    ];
    expect(chronological(items).map((item) => item.id)).toEqual(['a', 'c', 'b']);
  });

  it("keeps the page's order when a time is missing", () => {
    const items = [{ id: 'c', sentAt: '2026-11-24T10:00:00Z' }, { id: 'a' }];
    expect(chronological(items).map((item) => item.id)).toEqual(['c', 'a']);
  });
});
