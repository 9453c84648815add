/**
 * Order-history summaries as a shop reports them on each order's customer (ordersCount,
 * totalSpent, firstOrderAt), computed over all of the customer's orders. Only the web shop has
 * them: Amazon does not tell sellers a buyer's history, so marketplace orders carry none.
 */
import type { Order } from '@/lib/schemas/order';
import { fromCents, toCents } from './money';

/** What the customer actually paid and kept paid: captured payments minus refunds. */
export function amountSpentCents(order: Order): number {
  if (order.financialStatus === 'pending' || order.financialStatus === 'voided') return 0;
  const refunded = order.refunds.reduce((sum, refund) => sum + toCents(refund.amount), 0);
  return toCents(order.total) - refunded;
}

export function withCustomerSummaries(orders: Order[]): Order[] {
  const byEmail = new Map<string, Order[]>();
  for (const order of orders) {
    const email = order.customer.email?.toLowerCase();
    if (order.platform === 'amazon' || !email) continue;
    byEmail.set(email, [...(byEmail.get(email) ?? []), order]);
  }
  return orders.map((order) => {
    const history = byEmail.get(order.customer.email?.toLowerCase() ?? '');
    if (!history || order.platform === 'amazon') return order;
    const firstOrderAt = history.map((o) => o.createdAt).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
    return {
      ...order,
      customer: {
        ...order.customer,
        ordersCount: history.length,
        totalSpent: fromCents(history.reduce((sum, o) => sum + amountSpentCents(o), 0)),
        ...(firstOrderAt ? { firstOrderAt } : {}),
      },
    };
  });
}
