import { describe, expect, it } from 'vitest';
import { extractEntities } from './entities';
import { withCheckDigit } from './tracking';

const orders = (text: string | string[]) => extractEntities(text).orderRefs;

describe('order references', () => {
  it('finds Amazon, Shopify and word-introduced references as written', () => {
    expect(orders('Where is 114-3941689-8772232?')).toEqual(['114-3941689-8772232']);
    expect(orders('Re: #1047 arrived broken')).toEqual(['#1047']);
    expect(orders('my order 10234 and order no. 10235, Order Number: 10236')).toEqual(['10234', '10235', '10236']);
    expect(orders('order #55012 please')).toEqual(['#55012']);
    expect(orders('Order ID WC-88123')).toEqual(['WC-88123']);
  });

  it('understands other languages', () => {
    expect(orders('Meine Bestellung 40211 ist nicht da, Bestellnummer: 40212')).toEqual(['40211', '40212']);
    expect(orders('Mi pedido nº 7781 y el número de pedido 7782')).toEqual(['7781', '7782']);
    expect(orders('ma commande 99120, n° de commande : 99121')).toEqual(['99120', '99121']);
  });

  it('does not take phone numbers, prices, dates, zip codes or years', () => {
    const text = [
      'Call me at 555-123-4567 or +1 (415) 555-2671.',
      'I paid $1049.99 (1.049,99 EUR) on 12/05/2024, i.e. 2024-05-12.',
      'Ship to 1600 Amphitheatre Pkwy, Mountain View, CA 94043.',
      'I ordered 3 shirts in 2023 and my order 2024 was fine.',
      'I want to order 2500 € worth of them, order 1500 dollars more.',
      'Order total: 10234.50. Bestellung vom 12.03.2024.',
      'We are #1 and rank #12; colour &#1234; ',
      'Re: Question about item: Linen Cushion Cover #256712345678',
    ].join('\n');
    expect(orders(text)).toEqual([]);
  });

  it('accepts a year-like number when it is clearly labelled', () => {
    expect(orders('order number 2024 and #2023')).toEqual(['2024', '#2023']);
  });

  it('dedupes across texts and keeps first-seen order', () => {
    expect(orders(['Order #1002', 'about 1001... order 1001, #1002 and #1001'])).toEqual(['#1002', '1001']);
  });
});

describe('eBay and WooCommerce order numbers', () => {
  it('finds eBay order numbers as eBay writes them', () => {
    expect(orders('eBay order 12-34567-89012 has not arrived')).toEqual(['12-34567-89012']);
    expect(orders('Bestellnummer: 07-12345-67890, Artikel kam beschädigt an')).toEqual(['07-12345-67890']);
    expect(orders(['Order 12-34567-89012', 'about 12-34567-89012 again'])).toEqual(['12-34567-89012']);
  });

  it('does not take phone numbers, longer digit runs, dates or Amazon ids for eBay numbers', () => {
    const text = [
      'Call +44-12345-67890 or 0049-12345-67890, fax 112-34567-89012.',
      'Ref 12-34567-890123 and 12-34567-89012-3, account 1-23456-78901.',
      'Delivered 2026-11-24 at 10:30; Amazon 114-3941689-8772232.',
    ].join('\n');
    expect(orders(text)).toEqual(['114-3941689-8772232']);
  });

  it('finds WooCommerce order numbers as customers write them, three digits only with a label', () => {
    expect(orders('Hi, order #4521 arrived broken')).toEqual(['#4521']);
    expect(orders('Meine Bestellung 4521 ist nicht angekommen')).toEqual(['4521']);
    expect(orders('Order no. 452, Bestellnummer 453, Bestellung Nr. 454, commande n° 455')).toEqual(['452', '453', '454', '455']);
    expect(orders('[Northwind] Order #88 placed, order #452 shipped')).toEqual(['#452']);
  });

  it('does not read quantities, prices or dates after "order" as WooCommerce numbers', () => {
    const text = [
      'I want to order 250 of them, order 300 € more and my order 120 arrived.',
      'Order no. 452.50 is the total, Bestellung vom 12.03.2024, order #12.',
      'Call 555-0142 about the order.',
    ].join('\n');
    expect(orders(text)).toEqual([]);
  });
});

describe('tracking references and emails', () => {
  const ups = withCheckDigit('ups', '1Z4F20X1036627181');
  const dhl = withCheckDigit('dhl-express', '987654321');

  it('finds tracking numbers and email addresses', () => {
    const entities = extractEntities([`UPS ${ups}`, `Write to Jane.Doe+shop@example.co.uk or jane.doe+shop@EXAMPLE.co.uk.`]);
    expect(entities.trackingRefs).toEqual([{ number: ups, carrier: 'ups' }]);
    expect(entities.emails).toEqual(['Jane.Doe+shop@example.co.uk']);
  });

  it('does not report a number introduced as an order as a waybill too', () => {
    const entities = extractEntities(`My order ${dhl} was shipped yesterday`);
    expect(entities.orderRefs).toEqual([dhl]);
    expect(entities.trackingRefs).toEqual([]);
  });

  it('ignores things that only look like emails', () => {
    expect(extractEntities('user@localhost, @handle, a@b, name@site.').emails).toEqual([]);
  });

  it('stays fast on a huge text', () => {
    const huge = `${'1234567 a@b #12 order '.repeat(100_000)} order 55555`;
    const started = performance.now();
    extractEntities(huge);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
