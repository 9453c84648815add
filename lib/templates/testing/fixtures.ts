/** Hand-written Ticket/Order fixtures for the template tests (not demo data). */
import { OrderSchema, type Order } from '@/lib/schemas/order';
import type { ShopFacts } from '@/lib/schemas/settings';
import { TicketSchema, type Ticket } from '@/lib/schemas/ticket';

export function sampleTicket(overrides: Partial<Ticket> = {}): Ticket {
  return TicketSchema.parse({
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz',
    subject: 'Where is my parcel?',
    customer: { name: 'Marta Kowalska', email: 'marta.k@example.org' },
    messages: [
      {
        author: { name: 'Marta Kowalska', email: 'marta.k@example.org' },
        role: 'customer',
        sentAt: '2026-11-22T08:10:00Z',
        text: 'Hello, order #2231 has not arrived yet. Can you check?\n\n> earlier mail',
        visibleText: 'Hello, order #2231 has not arrived yet. Can you check?',
      },
    ],
    latestCustomerMessage: 'Hello, order #2231 has not arrived yet. Can you check?',
    entities: { orderRefs: ['#2231'], trackingRefs: [], emails: [] },
    language: 'en',
    source: { adapter: 'gmail', confidence: 0.9 },
    ...overrides,
  });
}

export function sampleOrder(overrides: Partial<Order> = {}): Order {
  return OrderSchema.parse({
    number: '#2231',
    platform: 'shopify',
    source: { id: 'store-1', label: 'Test store' },
    createdAt: '2026-11-18T21:45:00-05:00',
    status: 'shipped',
    financialStatus: 'paid',
    fulfillmentStatus: 'partially_fulfilled',
    total: '1234.50',
    currency: 'USD',
    items: [
      { title: 'Stoneware mug', sku: 'MUG-01', quantity: 2, price: '18.00' },
      { title: 'Walnut tray', quantity: 1, price: '1198.50' },
    ],
    fulfillments: [
      {
        carrier: 'DHL',
        trackingNumber: 'JD014600003828',
        trackingUrl: 'https://track.example.com/JD014600003828',
        status: 'delivered',
        shippedAt: '2026-11-19T10:00:00Z',
        items: ['Stoneware mug'],
      },
      {
        carrier: 'UPS',
        trackingNumber: '1Z999AA10123456784',
        trackingUrl: 'https://track.example.com/1Z999AA10123456784',
        status: 'in_transit',
        shippedAt: '2026-11-21T09:30:00Z',
        estimatedDelivery: '2026-11-26',
        items: ['Walnut tray'],
      },
    ],
    refunds: [],
    customer: { name: 'Marta Kowalska', email: 'marta.k@example.org', ordersCount: 3 },
    ...overrides,
  });
}

export const sampleShop: ShopFacts = {
  name: 'Fjord & Field',
  returnWindowDays: 30,
  supportHours: 'Monday to Friday, 9:00 to 17:00 (CET)',
  brandVoice: 'Plain and friendly.',
  signature: 'The Fjord & Field team',
};
