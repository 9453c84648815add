/** Hand-written tickets for the history tests. */
import type { Ticket } from '@/lib/schemas/ticket';

export function historyTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    site: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmBnLpRtVwXy',
    threadId: 'thread-f-1790',
    subject: 'Where is my parcel?',
    customer: { name: 'Greta Lindqvist', email: 'Greta.Lindqvist@Example.org' },
    messages: [],
    latestCustomerMessage: 'Hi, my parcel has not arrived.',
    entities: { orderRefs: [], trackingRefs: [], emails: [] },
    language: 'en',
    source: { adapter: 'gmail', confidence: 0.9 },
    ...overrides,
  };
}
