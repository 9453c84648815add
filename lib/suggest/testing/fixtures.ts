/** Hand-written tickets and orders for the suggest tests (not demo data). */
import { OrderSchema, type Order } from '@/lib/schemas/order';
import { TicketSchema, type SiteId, type Ticket } from '@/lib/schemas/ticket';

const CUSTOMER = { name: 'Jonas Berg', email: 'jonas.berg@example.net' };

export function ticketSaying(message: string, options: { site?: SiteId; language?: string | null; orderRefs?: string[] } = {}): Ticket {
  const site = options.site ?? 'gmail';
  return TicketSchema.parse({
    site,
    url: `https://example.test/${site}/thread/1`,
    subject: 'Question about my order',
    customer: CUSTOMER,
    messages: [{ author: CUSTOMER, role: 'customer', sentAt: '2026-11-23T09:00:00Z', text: message, visibleText: message }],
    latestCustomerMessage: message,
    entities: { orderRefs: options.orderRefs ?? [], trackingRefs: [], emails: [] },
    language: options.language === undefined ? 'en' : options.language,
    source: { adapter: site, confidence: 0.9 },
  });
}

type Shape = 'in-transit' | 'delivered' | 'not-shipped' | 'multi-package' | 'cancelled';

const SHIPMENT = {
  carrier: 'DHL',
  trackingNumber: 'JJD000390007788123',
  trackingUrl: 'https://tracking.example.test/JJD000390007788123',
  status: 'in_transit' as const,
  shippedAt: '2026-11-20T10:00:00Z',
  estimatedDelivery: '2026-11-26',
};

export function orderShaped(shape: Shape, number = '#3107', createdAt = '2026-11-19T12:00:00Z'): Order {
  const fulfillments = {
    'in-transit': [SHIPMENT],
    delivered: [{ ...SHIPMENT, status: 'delivered' as const }],
    'not-shipped': [],
    'multi-package': [SHIPMENT, { ...SHIPMENT, carrier: 'UPS', trackingNumber: '1Z999AA10123456784', shippedAt: '2026-11-21T10:00:00Z' }],
    cancelled: [],
  }[shape];
  const status = {
    'in-transit': 'shipped',
    delivered: 'delivered',
    'not-shipped': 'processing',
    'multi-package': 'shipped',
    cancelled: 'cancelled',
  }[shape];
  return OrderSchema.parse({
    number,
    platform: 'shopify',
    source: { id: 'test-store', label: 'Test store' },
    createdAt,
    status,
    financialStatus: shape === 'cancelled' ? 'voided' : 'paid',
    fulfillmentStatus: fulfillments.length ? 'fulfilled' : 'unfulfilled',
    total: '64.90',
    currency: 'EUR',
    items: [
      { title: 'Linen tea towel', quantity: 2, price: '12.45' },
      { title: 'Enamel jug', quantity: 1, price: '40.00' },
    ],
    fulfillments,
    refunds: [],
    customer: { name: CUSTOMER.name, email: CUSTOMER.email, ordersCount: 2 },
  });
}
