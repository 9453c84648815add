/**
 * The panel's triage input from what it has: the ticket as read, the customer's orders (the
 * chosen one for the order value, the store's lifetime figures for VIP) and the support history
 * on this browser. Same shape the CLI reads, so the panel and `triage --jsonl` agree.
 */
import type { TicketHistory } from '@/lib/history/group';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import { ticketKeyOf } from '@/lib/history/group';
import type { TriageInput } from '@/lib/triage/schema';

const WEEK_MS = 7 * 86_400_000;

function latestCustomerMessage(ticket: Ticket) {
  return [...ticket.messages].reverse().find((message) => message.role === 'customer');
}

/**
 * Earlier contacts in the last 7 days: the customer's earlier messages in this thread (a chaser
 * is a contact) plus their other tickets active on this browser in that week.
 */
export function previousContacts7d(ticket: Ticket, history: TicketHistory[], now: Date): number {
  const since = now.getTime() - WEEK_MS;
  const latest = latestCustomerMessage(ticket);
  const inThread = ticket.messages.filter(
    (m) => m !== latest && m.role === 'customer' && m.sentAt !== undefined && Date.parse(m.sentAt) >= since,
  ).length;
  const thisTicket = ticketKeyOf(ticket.site, ticket.url, ticket.threadId);
  const otherTickets = history.filter((h) => h.ticketKey !== thisTicket && Date.parse(h.lastAt) >= since).length;
  return inThread + otherTickets;
}

/** Adapters give ISO times; anything else is treated as undated rather than failing triage. */
function isoOrNull(sentAt: string | undefined): string | null {
  const millis = sentAt ? Date.parse(sentAt) : Number.NaN;
  return Number.isNaN(millis) ? null : new Date(millis).toISOString();
}

/** When the customer's latest message was sent, if the page showed it: triage's "waiting since". */
export function waitingSinceOf(ticket: Ticket): string | null {
  return isoOrNull(latestCustomerMessage(ticket)?.sentAt);
}

export function triageInputOf(args: {
  ticket: Ticket;
  orders: Order[];
  chosenOrder: Order | null;
  history: TicketHistory[];
  now: Date;
}): TriageInput {
  const { ticket, orders, chosenOrder, history, now } = args;
  const storeCustomer = orders[0]?.customer;
  return {
    text: ticket.latestCustomerMessage ?? '',
    subject: ticket.subject,
    channel: ticket.site,
    receivedAt: waitingSinceOf(ticket),
    now: now.toISOString(),
    customer: {
      ordersCount: storeCustomer?.ordersCount ?? orders.length,
      lifetimeSpend: storeCustomer?.totalSpent !== undefined ? Number(storeCustomer.totalSpent) : 0,
      ...(orders[0] ? { currency: orders[0].currency } : {}),
      previousContacts7d: previousContacts7d(ticket, history, now),
    },
    ...(chosenOrder ? { orderTotal: Number(chosenOrder.total) } : {}),
    // Order numbers in the text: a returning customer's pre-sale question is still pre-sale.
    mentionsOrder: ticket.entities.orderRefs.length > 0,
  };
}
