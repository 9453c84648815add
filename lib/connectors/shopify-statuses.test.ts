import { describe, expect, it } from 'vitest';
import { financialStatus, fulfillmentStatus, orderStatus, parcelStatus } from '@/lib/connectors/shopify-statuses';
import type { ShopifyOrder } from '@/lib/connectors/shopify-wire';

type Parcel = ShopifyOrder['fulfillments'][number];

// Only the fields the statuses read; the wire schema's other fields do not take part.
const order = (fields: Partial<ShopifyOrder>) =>
  ({ cancelledAt: null, displayFulfillmentStatus: 'UNFULFILLED', ...fields }) as ShopifyOrder;
const parcel = (status: string, displayStatus: string | null = null) => ({ status, displayStatus }) as Parcel;

describe('Shopify statuses', () => {
  it('reads a parcel by its tracking state first, then by its fulfilment state', () => {
    expect(parcelStatus(parcel('SUCCESS', 'OUT_FOR_DELIVERY'))).toBe('out_for_delivery');
    expect(parcelStatus(parcel('SUCCESS'))).toBe('in_transit');
    expect(parcelStatus(parcel('CANCELLED'))).toBeNull();
    expect(parcelStatus(parcel('SOMETHING_NEW'))).toBeNull();
  });

  it('calls a fulfilled order delivered only when every parcel is', () => {
    const fulfilled = order({ displayFulfillmentStatus: 'FULFILLED' });
    const delivered = { status: 'delivered', shippedAt: '2026-12-01T10:00:00Z' } as const;
    expect(orderStatus(fulfilled, [delivered, delivered])).toBe('delivered');
    expect(orderStatus(fulfilled, [delivered, { ...delivered, status: 'in_transit' }])).toBe('shipped');
    expect(orderStatus(order({ cancelledAt: '2026-12-02T10:00:00Z' }), [])).toBe('cancelled');
    expect(orderStatus(order({ displayFulfillmentStatus: 'ON_HOLD' }), [])).toBe('on_hold');
  });

  it('falls back to pending payment and unfulfilled for states it does not know', () => {
    expect(financialStatus(order({ displayFinancialStatus: 'PARTIALLY_REFUNDED' }))).toBe('partially_refunded');
    expect(financialStatus(order({ displayFinancialStatus: 'AUTHORIZED' }))).toBe('pending');
    expect(fulfillmentStatus(order({ displayFulfillmentStatus: 'RESTOCKED' }))).toBe('returned');
    expect(fulfillmentStatus(order({}))).toBe('unfulfilled');
  });
});
