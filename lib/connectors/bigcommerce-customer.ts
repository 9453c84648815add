/**
 * The customer summary (orders count, lifetime spend, first order date) from the customer's order
 * list. BigCommerce's v2 list is all of a customer's orders only when it fits one page, so the
 * summary is given only then: a partial count would be stated as fact in a reply.
 */
import type { BcOrder } from './bigcommerce-wire';
import type { BcStoreFacts } from './bigcommerce-map';

/** Incomplete (0), Cancelled (5), Declined (6): nothing was spent. Refunds are left in, as the shop's own reports do. */
const NOT_SPENT_STATUS_IDS = new Set([0, 5, 6]);
const SCALE = 4;

function toScaled(amount: string): bigint {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const scaled = BigInt(whole) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0').slice(0, SCALE));
  return amount.startsWith('-') ? -scaled : scaled;
}

function fromScaled(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString().padStart(SCALE + 1, '0');
  const fraction = digits.slice(-SCALE).replace(/0+$/, '').padEnd(2, '0');
  return `${sign}${digits.slice(0, -SCALE)}.${fraction}`;
}

/** Exact decimal sum of money strings (never through floats). */
export function sumDecimals(amounts: readonly string[]): string {
  return fromScaled(amounts.reduce((sum, amount) => sum + toScaled(amount), 0n));
}

export function customerSummary(orders: readonly BcOrder[], complete: boolean): BcStoreFacts['customer'] {
  if (!complete || orders.length === 0) return undefined;
  const placed = orders.filter((order) => !NOT_SPENT_STATUS_IDS.has(order.status_id));
  // ISO 8601 in UTC (the wire schema turns BigCommerce's RFC 2822 dates into them): they sort as text.
  const first = orders.map((order) => order.date_created).sort()[0];
  // A multi-currency store's orders cannot be added up without exchange rates.
  const currencies = new Set(placed.map((order) => order.default_currency_code ?? order.currency_code));
  return {
    ordersCount: placed.length,
    totalSpent: currencies.size <= 1 ? sumDecimals(placed.map((order) => order.total_inc_tax)) : undefined,
    firstOrderAt: first,
  };
}
