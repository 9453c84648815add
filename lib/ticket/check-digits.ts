/**
 * Check-digit algorithms of the tracking-number formats we recognise. Each takes the number
 * without its check digit and returns the digit it must end with (as a one-character string).
 * Sources: UPS and USPS IMpb publications, FedEx's label specifications, DHL Express (mod 7) and
 * UPU standard S10; cross-checked against the test numbers of jkeen/tracking_number_data.
 */

export type TrackingFormat = 'ups' | 'usps' | 'fedex-12' | 'fedex-15' | 'dhl-express' | 's10';

function digitValues(body: string): number[] {
  return [...body].map((char) => Number(char));
}

/** Alternating 3,1 weights starting from the rightmost data digit (USPS IMpb, FedEx 15-digit Ground). */
function mod10Weighted31(body: string): string {
  const digits = digitValues(body);
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    const fromRight = digits.length - 1 - i;
    total += (digits[i] ?? 0) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return String((10 - (total % 10)) % 10);
}

/** UPS: the 15 characters after "1Z"; letters map to (charCode - 3) mod 10, every second doubled. */
function upsCheckDigit(afterPrefix: string): string {
  let total = 0;
  [...afterPrefix.toUpperCase()].forEach((char, i) => {
    const value = /\d/.test(char) ? Number(char) : (char.charCodeAt(0) - 3) % 10;
    total += i % 2 === 1 ? value * 2 : value;
  });
  return String((10 - (total % 10)) % 10);
}

/** FedEx Express 12-digit: weights 1,3,7 repeating from the right, sum mod 11 mod 10. */
function fedex12CheckDigit(body: string): string {
  const weights = [1, 3, 7];
  const digits = digitValues(body).reverse();
  const total = digits.reduce((sum, digit, i) => sum + digit * (weights[i % 3] ?? 1), 0);
  return String((total % 11) % 10);
}

/** DHL Express 10-digit waybill: the first nine digits as a number, mod 7. */
function dhlCheckDigit(body: string): string {
  return String(Number(body) % 7);
}

/** UPU S10: weights 8,6,4,2,3,5,9,7 on the serial; 11 - (sum mod 11), with 10 → 0 and 11 → 5. */
function s10CheckDigit(serial: string): string {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const total = digitValues(serial).reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0);
  const check = 11 - (total % 11);
  return String(check === 10 ? 0 : check === 11 ? 5 : check);
}

const BODY_PATTERNS: Record<TrackingFormat, RegExp> = {
  ups: /^1Z[0-9A-Z]{15}$/i,
  usps: /^\d{19}$|^9[1-5]\d{19}$/,
  'fedex-12': /^\d{11}$/,
  'fedex-15': /^\d{14}$/,
  'dhl-express': /^\d{9}$/,
  s10: /^[A-Z]{2}\d{8}[A-Z]{2}$/i,
};

/**
 * The check digit a number of this format must carry. `body` is the number without its check
 * digit; for S10 that is the two letters, eight digits and country code (`AB12345678GB`).
 * Throws when the body does not have the format's shape.
 */
export function computeCheckDigit(format: TrackingFormat, body: string): string {
  if (!BODY_PATTERNS[format].test(body)) throw new Error(`not a ${format} tracking number body: ${body}`);
  switch (format) {
    case 'ups':
      return upsCheckDigit(body.slice(2));
    case 'usps':
    case 'fedex-15':
      return mod10Weighted31(body);
    case 'fedex-12':
      return fedex12CheckDigit(body);
    case 'dhl-express':
      return dhlCheckDigit(body);
    case 's10':
      return s10CheckDigit(body.slice(2, 10));
  }
}

/** The complete number: `body` with its check digit in the place the format puts it. */
export function withCheckDigit(format: TrackingFormat, body: string): string {
  const digit = computeCheckDigit(format, body);
  if (format === 's10') return `${body.slice(0, 10)}${digit}${body.slice(10)}`.toUpperCase();
  return `${body}${digit}`.toUpperCase();
}
