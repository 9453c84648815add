import { describe, expect, it } from 'vitest';
import { formatMessage, parseMessage } from '@/lib/i18n/format-message';

describe('formatMessage', () => {
  it('fills named parameters, numbers in the locale’s digits', () => {
    expect(formatMessage('Ticket from {customer}: {subject}', { customer: 'Ava', subject: 'Late' }, 'en')).toBe('Ticket from Ava: Late');
    expect(formatMessage('{n} left', { n: 1234.5 }, 'de')).toBe('1.234,5 left');
  });

  it('picks the plural form with Intl.PluralRules (1 order, 2 orders; Korean has one form)', () => {
    const orders = '{count, plural, one {# order} other {# orders}}';
    expect(formatMessage(orders, { count: 1 }, 'en')).toBe('1 order');
    expect(formatMessage(orders, { count: 2 }, 'en')).toBe('2 orders');
    expect(formatMessage(orders, { count: 0 }, 'en')).toBe('0 orders');
    expect(formatMessage('주문 {count, plural, other {#건}}', { count: 1 }, 'ko')).toBe('주문 1건');
    // French counts 0 and 1 as "one".
    expect(formatMessage('{count, plural, one {# commande} other {# commandes}}', { count: 0 }, 'fr')).toBe('0 commande');
  });

  it('prefers an exact =n form and nests arguments inside forms', () => {
    const replied = '{count, plural, =1 {replied with {label}} other {replied # times, last with {label}}}';
    expect(formatMessage(replied, { count: 1, label: 'X' }, 'ko')).toBe('replied with X');
    expect(formatMessage(replied, { count: 3, label: 'X' }, 'en')).toBe('replied 3 times, last with X');
  });

  it('selects by value, with other as the fallback', () => {
    const message = '{kind, select, a {Alpha} other {Else}}';
    expect(formatMessage(message, { kind: 'a' }, 'en')).toBe('Alpha');
    expect(formatMessage(message, { kind: 'z' }, 'en')).toBe('Else');
  });

  it('keeps apostrophes as text and shows a missing parameter by name', () => {
    expect(formatMessage("the customer's {thing}", {}, 'en')).toBe("the customer's {thing}");
  });

  it('rejects malformed messages', () => {
    expect(() => parseMessage('{open')).toThrow(/unclosed/);
    expect(() => parseMessage('stray }')).toThrow(/unexpected/);
    expect(() => parseMessage('{n, plural, one {#}}')).toThrow(/no "other"/);
    expect(() => parseMessage('{n, number}')).toThrow(/bad argument/);
  });
});
