import { describe, expect, it } from 'vitest';
import { parseSearch } from '@/tests/servers/shopify-search';
import { decimal } from './shopify-map';
import { orderNameFor, ordersSearch, quoteSearchValue } from './shopify-query';

describe('Shopify search string', () => {
  it.each(["o'brien@example.com", "x' OR email:'*", 'back\\slash@example.com', 'trailing\\', '"double"@example.com'])(
    'quotes %s so it reads back as one value',
    (value) => {
      expect(parseSearch(`email:${quoteSearchValue(value)}`)).toEqual([[{ field: 'email', comparator: ':', value }]]);
    },
  );

  it('joins the email and each distinct order name with OR', () => {
    const search = ordersSearch('a@example.com', ['1047', '#1047', 'NW-2001', '  ']);
    expect(search).toBe("email:'a@example.com' OR name:'#1047' OR name:'NW-2001'");
    expect(parseSearch(search!)).toHaveLength(3);
  });

  it('is null when there is nothing to search for', () => {
    expect(ordersSearch(undefined, ['', '#'])).toBeNull();
  });

  it('asks for at most ten order names', () => {
    const refs = Array.from({ length: 15 }, (_, i) => String(1000 + i));
    expect(ordersSearch(undefined, refs)?.split(' OR ')).toHaveLength(10);
  });

  it.each([
    ['1047', '#1047'],
    ['# 1047', '#1047'],
    ['#1047', '#1047'],
    ['NW-1047', 'NW-1047'],
    ['#', null],
  ])('reads the ref %s as the order name %s', (ref, name) => {
    expect(orderNameFor(ref)).toBe(name);
  });
});

describe('decimal', () => {
  it.each([
    ['12.5', '12.50'],
    ['12', '12.00'],
    ['0.0', '0.00'],
    ['-3.25', '-3.25'],
    ['1.23456', '1.2345'],
  ])('%s → %s', (amount, money) => {
    expect(decimal(amount)).toBe(money);
  });

  it('refuses what is not a decimal', () => {
    expect(() => decimal('12,50')).toThrow(/not a decimal/);
  });
});
