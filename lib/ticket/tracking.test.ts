import { describe, expect, it } from 'vitest';
import { computeCheckDigit, findTrackingNumbers, parseTrackingNumber, trackingUrl, withCheckDigit } from './tracking';

/** Changes the check digit (the last character, or the 11th of an S10 number) to another digit. */
function breakCheckDigit(number: string): string {
  const at = /^[A-Z]{2}\d{9}[A-Z]{2}$/.test(number) ? 10 : number.length - 1;
  return number.slice(0, at) + String((Number(number[at]) + 1) % 10) + number.slice(at + 1);
}

describe('check digits (worked by hand)', () => {
  it('UPS: letters map to (code - 3) mod 10, every second value doubled', () => {
    // 5R8939035756712 → 5,9,8,9,3,9,0,3,5,7,5,6,7,1,2: odd places 5+8+3+0+5+5+7+2=35, even 9+9+9+3+7+6+1=44 → 35+88=123
    expect(computeCheckDigit('ups', '1Z5R8939035756712')).toBe('7');
  });
  it('S10: weights 8,6,4,2,3,5,9,7 mod 11', () => {
    // 1..8 → 8+12+12+8+15+30+63+56 = 204; 204 mod 11 = 6; 11 - 6 = 5
    expect(computeCheckDigit('s10', 'AB12345678GB')).toBe('5');
    // 00000000 → sum 0 → 11 → 5 (the special case)
    expect(computeCheckDigit('s10', 'RR00000000GB')).toBe('5');
  });
  it('DHL Express: first nine digits mod 7', () => {
    expect(computeCheckDigit('dhl-express', '331881002')).toBe(String(331881002 % 7));
  });
  it('FedEx 12: weights 1,3,7 from the right, mod 11 mod 10', () => {
    // 00000000001 → 1×1 = 1; 00000000010 → 1×3 = 3; 00000000100 → 7
    expect(computeCheckDigit('fedex-12', '00000000001')).toBe('1');
    expect(computeCheckDigit('fedex-12', '00000000010')).toBe('3');
    expect(computeCheckDigit('fedex-12', '00000000100')).toBe('7');
    expect(computeCheckDigit('fedex-12', '00000001000')).toBe('1');
  });
  it('USPS / FedEx 15: weight 3 on the rightmost data digit, mod 10', () => {
    expect(computeCheckDigit('usps', '940011120108080548301')).toBe('6');
    expect(computeCheckDigit('fedex-15', '00000000000001')).toBe('7');
    expect(computeCheckDigit('fedex-15', '00000000000010')).toBe('9');
  });
  it('rejects a body of the wrong shape', () => {
    expect(() => computeCheckDigit('dhl-express', '12345')).toThrow();
  });
});

describe('parseTrackingNumber', () => {
  const generated = [
    { number: withCheckDigit('ups', '1Z4F20X1036627181'), carrier: 'ups' },
    { number: withCheckDigit('usps', '940010987654321012345'), carrier: 'usps' },
    { number: withCheckDigit('usps', '7112345678912345678'), carrier: 'usps' },
    { number: withCheckDigit('fedex-12', '79463712345'), carrier: 'fedex' },
    { number: withCheckDigit('fedex-15', '12345678901234'), carrier: 'fedex' },
    { number: withCheckDigit('dhl-express', '123456789'), carrier: 'dhl' },
    { number: withCheckDigit('s10', 'RB98765432GB'), carrier: 'royal-mail' },
    { number: withCheckDigit('s10', 'LZ11223344US'), carrier: 'usps' },
    { number: withCheckDigit('s10', 'RX11223344DE'), carrier: 'upu' },
  ];

  it.each(generated)('accepts $number ($carrier) and rejects it with a wrong check digit', ({ number, carrier }) => {
    expect(parseTrackingNumber(number)).toEqual({ number, carrier });
    expect(parseTrackingNumber(breakCheckDigit(number))).toBeNull();
  });

  it('accepts numbers printed in groups and lower case', () => {
    const usps = withCheckDigit('usps', '920010987654321012345');
    const spaced = usps.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(parseTrackingNumber(spaced)).toEqual({ number: usps, carrier: 'usps' });
    const ups = withCheckDigit('ups', '1Z4F20X1036627181');
    expect(parseTrackingNumber(ups.toLowerCase())?.number).toBe(ups);
  });

  it('rejects other shapes', () => {
    for (const text of ['', '12345', '0000000000', '1Z12', 'hello world', '114-3941689-8772232', '+4915112345678']) {
      expect(parseTrackingNumber(text)).toBeNull();
    }
    // 22 digits without the IMpb 9x prefix are not USPS, even with a fitting check digit.
    expect(parseTrackingNumber(withCheckDigit('usps', '1'.repeat(19)).padStart(22, '8'))).toBeNull();
  });
});

describe('findTrackingNumbers', () => {
  const ups = withCheckDigit('ups', '1Z4F20X1036627181');
  const dhl = withCheckDigit('dhl-express', '123456789');

  it('finds strong formats anywhere and weak ones only near a shipping word', () => {
    const text = `Hi, UPS says ${ups} is stuck. Also the DHL waybill ${dhl} has not moved.`;
    expect(findTrackingNumbers(text)).toEqual([
      { number: ups, carrier: 'ups' },
      { number: dhl, carrier: 'dhl' },
    ]);
  });

  it('does not take phone numbers, prices or ids for waybills', () => {
    const phone = withCheckDigit('dhl-express', '415555267');
    const text = `Call me on ${phone} or +${phone}. I paid 1234567890.50 for order #${dhl}. My cat groups ${dhl}.`;
    expect(findTrackingNumbers(text)).toEqual([]);
  });

  it('dedupes and keeps first-seen order', () => {
    const royal = withCheckDigit('s10', 'RB98765432GB');
    expect(findTrackingNumbers(`${royal} then ${ups} and again ${royal}`).map((ref) => ref.number)).toEqual([royal, ups]);
  });

  it('ignores numbers embedded in longer tokens', () => {
    expect(findTrackingNumbers(`ref X${ups}9 and https://x.test/a${ups}b`)).toEqual([]);
  });
});

describe('trackingUrl', () => {
  it('links the carriers we know, by id or by the name stores use', () => {
    expect(trackingUrl('ups', '1Z 999')).toBe('https://www.ups.com/track?tracknum=1Z999');
    expect(trackingUrl('FedEx', '123')).toContain('fedex.com');
    expect(trackingUrl('Royal Mail', 'AB123456785GB')).toContain('royalmail.com');
    expect(trackingUrl('DHL Express', '1')).toContain('dhl.com');
    expect(trackingUrl('USPS', '9400')).toContain('usps.com');
  });
  it('returns null for carriers without a page and for empty numbers', () => {
    expect(trackingUrl('upu', 'RX112233445DE')).toBeNull();
    expect(trackingUrl('Hermes', '123')).toBeNull();
    expect(trackingUrl('ups', '  ')).toBeNull();
  });
});
