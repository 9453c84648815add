import { describe, expect, it } from 'vitest';
import { chooseOrder, orderKey } from '@/lib/suggest/choose-order';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';

const older = orderShaped('delivered', '#2990', '2026-10-02T08:00:00Z');
const newer = orderShaped('in-transit', '#3107', '2026-11-19T12:00:00Z');
const amazon = orderShaped('delivered', '112-3456789-1234567', '2026-09-01T08:00:00Z');

describe('chooseOrder', () => {
  it('takes the order the customer referred to, however the number was written', () => {
    expect(chooseOrder(ticketSaying('about 2990', { orderRefs: ['2990'] }), [newer, older])?.number).toBe('#2990');
    expect(chooseOrder(ticketSaying('x', { orderRefs: ['#02990'] }), [newer, older])?.number).toBe('#2990');
    expect(chooseOrder(ticketSaying('x', { orderRefs: ['112-3456789-1234567'] }), [newer, older, amazon])?.number).toBe(
      '112-3456789-1234567',
    );
  });

  it('uses the first reference that matches a known order', () => {
    expect(chooseOrder(ticketSaying('x', { orderRefs: ['#9999', '#2990'] }), [newer, older])?.number).toBe('#2990');
  });

  it("falls back to the customer's newest order", () => {
    expect(chooseOrder(ticketSaying('x', { orderRefs: ['#9999'] }), [older, newer])?.number).toBe('#3107');
    expect(chooseOrder(ticketSaying('x'), [older, newer])?.number).toBe('#3107');
  });

  it("prefers the ticket customer's own orders over someone else's newer one", () => {
    const stranger = { ...orderShaped('in-transit', '#4000', '2026-11-23T00:00:00Z'), customer: { email: 'other@example.net' } };
    expect(chooseOrder(ticketSaying('x'), [older, stranger])?.number).toBe('#2990');
  });

  it('returns null without orders', () => {
    expect(chooseOrder(ticketSaying('x', { orderRefs: ['#1'] }), [])).toBeNull();
  });
});

describe('orderKey', () => {
  it('ignores "#", spaces, dashes, case and leading zeros', () => {
    expect(orderKey('#01047')).toBe(orderKey('1047'));
    expect(orderKey('AB-1047')).toBe(orderKey('ab1047'));
  });
});
