/**
 * Money as replies write it — "$197.00", "197,00 €", "EUR 84.50", "1.234,56 €", "US$197", "₩39,000",
 * "39,000원", "¥3,900", "3,900円",
 * "197.00" — reduced to a key in minor units ("19700"), so "$197.00", "197.00" and "197 USD" are
 * the same fact as the order's "197.00". The currency is not compared: a reply that names the
 * right number in the wrong currency is rare, and formats differ too much to read it reliably.
 */

export interface FoundAmount {
  start: number;
  end: number;
  key: string;
}

const SYMBOL = String.raw`(?:US\$|CA\$|AU\$|A\$|NZ\$|HK\$|R\$|MX\$|JP¥|CN¥|[$€£¥₩₹￥￦]|CHF|Fr\.)`;
/** Korean and Japanese write the unit after the number: "39,000원", "3,900円". */
const UNIT_AFTER = '(?:원|円)';
const CODE = '(?:USD|EUR|GBP|CHF|CAD|AUD|NZD|JPY|KRW|INR|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|HKD|SGD|CNY)';
const WORD = '(?:dollars?|euros?|pounds?|francs?)';
// Groups of three may be split by . , ' or the no-break spaces Intl prints (fr: U+202F, de: U+00A0).
const NUMBER = String.raw`\d{1,3}(?:[.,'\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const END = String.raw`(?!\d|[.,]\d)`;

// Korean and Japanese write no space before a symbol ("금액₩39,000", "金額¥3,900"): only a Latin letter before it is part of a word.
const SYMBOL_FIRST = new RegExp(String.raw`(?<![\p{Script=Latin}\d])(?:${SYMBOL}|${CODE})\s?(${NUMBER})${END}`, 'gu');
const SYMBOL_AFTER = new RegExp(String.raw`(?<![\p{L}\d.,])(${NUMBER})\s?(?:${SYMBOL}|${UNIT_AFTER}|(?:${CODE}|${WORD})(?!\p{L}))`, 'giu');
/** A bare number with exactly two decimals reads as money ("a refund of 197.00"). */
const BARE_DECIMAL = new RegExp(String.raw`(?<![\p{L}\d.,$€£])(\d{1,3}(?:,\d{3})+\.\d{2}|\d+[.,]\d{2})${END}(?!\s?%)`, 'gu');

/** "1.234,56" → "123456"; null when it is not a number. */
export function amountKey(number: string): string | null {
  const cleaned = number.replace(/['\u00a0\u202f]/g, '');
  if (!/^\d[\d.,]*$/.test(cleaned)) return null;
  const last = Math.max(cleaned.lastIndexOf('.'), cleaned.lastIndexOf(','));
  const decimals = last < 0 ? 0 : cleaned.length - last - 1;
  const bothSeparators = cleaned.includes('.') && cleaned.includes(',');
  // One kind of separator followed by three digits groups thousands ("1,234" or "1.234").
  const grouping = last < 0 || (decimals === 3 && !bothSeparators);
  const whole = (grouping ? cleaned : cleaned.slice(0, last)).replace(/[.,]/g, '');
  const fraction = grouping ? '00' : cleaned.slice(last + 1).padEnd(2, '0');
  if (fraction.length > 2) return null;
  return String(BigInt(whole) * 100n + BigInt(fraction));
}

/** Every amount in the text, in order; a symbol-and-number form wins over the bare number inside it. */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && f.start < end);
  for (const pattern of [SYMBOL_FIRST, SYMBOL_AFTER, BARE_DECIMAL]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const key = amountKey(match[1]!);
      if (key !== null && !overlaps(start, end)) found.push({ start, end, key });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Key of a decimal money string from order data ("84.50", "-5", "12.4500"); the dot is always the decimal point there. */
export function moneyKey(money: string): string | null {
  const match = /^-?(\d+)(?:\.(\d+))?$/.exec(money.trim());
  if (!match) return null;
  return String(BigInt(match[1]!) * 100n + BigInt(`${match[2] ?? ''}00`.slice(0, 2)));
}
