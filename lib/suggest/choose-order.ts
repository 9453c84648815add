/**
 * Which order a ticket is about: the first order the customer referred to by number, else the
 * customer's newest. References are compared without "#", spaces, dashes, case or leading zeros,
 * because customers write "#1047", "1047" and "order no. 01047" for the same order.
 */
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';

export function orderKey(reference: string): string {
  return reference
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/^0+(?=\d)/, '');
}

export function chooseOrder(ticket: Ticket, orders: readonly Order[]): Order | null {
  for (const reference of ticket.entities.orderRefs) {
    const key = orderKey(reference);
    const match = orders.find((order) => key !== '' && orderKey(order.number) === key);
    if (match) return match;
  }
  const email = ticket.customer.email?.toLowerCase();
  const theirs = email ? orders.filter((o) => o.customer.email?.toLowerCase() === email) : [];
  const candidates = theirs.length > 0 ? theirs : orders;
  return [...candidates].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.number < b.number ? -1 : 1))[0] ?? null;
}
