import { describe, expect, it } from 'vitest';
import type { AmazonStoreConnection } from '@/lib/schemas/store';
import { amazonOrder, packageStatus } from './amazon-map';
import { sellerCentralOrderUrl } from './amazon-regions';
import { SpOrderSchema, SpPackageSchema } from './amazon-wire';

const config: AmazonStoreConnection = { platform: 'amazon', region: 'eu', clientId: 'c', clientSecret: 's', refreshToken: 'r' };
const source = { id: 'amazon', label: 'Amazon' };
const pkg = (status?: string, detailedStatus?: string, shipTime?: string) =>
  SpPackageSchema.parse({ packageReferenceId: '1', ...(status ? { packageStatus: { status, detailedStatus } } : {}), shipTime });

describe('packageStatus', () => {
  it.each([
    [pkg('IN_TRANSIT', 'OUT_FOR_DELIVERY'), 'out_for_delivery'],
    [pkg('IN_TRANSIT', 'LOST'), 'failure'],
    [pkg('SHIPPED', 'RETURNING_TO_SELLER'), 'failure'],
    [pkg('UNDELIVERABLE'), 'failure'],
    [pkg('DELIVERED'), 'delivered'],
    [pkg('SHIPPED'), 'in_transit'],
    [pkg('PENDING', 'PENDING_PICK_UP'), 'pending'],
    [pkg(undefined, undefined, '2026-11-20T10:00:00Z'), 'in_transit'],
    [pkg(), 'pending'],
  ] as const)('%#: reads %o as %s', (input, expected) => {
    expect(packageStatus(input)).toBe(expected);
  });
});

describe('amazonOrder', () => {
  const order = (packages: unknown[], status = 'SHIPPED') =>
    SpOrderSchema.parse({
      orderId: '028-1234567-7654321',
      createdTime: '2026-11-20T08:00:00Z',
      fulfillment: { fulfillmentStatus: status },
      proceeds: { grandTotal: { amount: '10.00', currencyCode: 'GBP' } },
      orderItems: [],
      packages,
    });

  it('calls a shipped order delivered only when every package arrived', () => {
    const delivered = { packageReferenceId: '1', packageStatus: { status: 'DELIVERED' } };
    const moving = { packageReferenceId: '2', packageStatus: { status: 'IN_TRANSIT' } };
    expect(amazonOrder(order([delivered]), config, source).status).toBe('delivered');
    expect(amazonOrder(order([delivered, moving]), config, source).status).toBe('shipped');
    expect(amazonOrder(order([delivered], 'PARTIALLY_SHIPPED'), config, source)).toMatchObject({
      status: 'shipped',
      fulfillmentStatus: 'partially_fulfilled',
    });
    expect(amazonOrder(order([], 'UNFULFILLABLE'), config, source).status).toBe('on_hold');
  });

  it('rejects an order in a shape it cannot read', () => {
    expect(SpOrderSchema.safeParse({ orderId: 'x', createdTime: 'soon' }).success).toBe(false);
    expect(
      SpOrderSchema.safeParse({ orderId: 'x', createdTime: '2026-11-20T08:00:00Z', fulfillment: { fulfillmentStatus: 'LOST_IN_SPACE' } })
        .success,
    ).toBe(false);
  });
});

describe('sellerCentralOrderUrl', () => {
  it('opens the order in the marketplace’s own Seller Central, else the region’s', () => {
    expect(sellerCentralOrderUrl('1', config, 'A1F83G8C2ARO7P')).toBe('https://sellercentral.amazon.co.uk/orders-v3/order/1');
    expect(sellerCentralOrderUrl('1', { ...config, marketplaceId: 'A13V1IB3VIYZZH' })).toBe(
      'https://sellercentral.amazon.fr/orders-v3/order/1',
    );
    expect(sellerCentralOrderUrl('1', config)).toBe('https://sellercentral-europe.amazon.com/orders-v3/order/1');
    expect(sellerCentralOrderUrl('1', { ...config, region: 'fe' }, 'unknown')).toBe('https://sellercentral.amazon.co.jp/orders-v3/order/1');
  });
});
