import type { Order } from '@/lib/schemas/order';
import { displayDate, displayMoney } from '@/components/display-format';

/** Lifetime figures as the store reports them on the newest order's customer record. */
export function CustomerSummary({ orders }: { orders: Order[] }) {
  const customer = orders[0]?.customer;
  if (!customer) return null;
  const currency = orders[0]?.currency ?? 'USD';
  return (
    <p className="summary" data-testid="customer-summary">
      {customer.ordersCount !== undefined && <span>{customer.ordersCount} orders</span>}
      {customer.totalSpent !== undefined && <span>{displayMoney(customer.totalSpent, currency)} spent</span>}
      {customer.firstOrderAt && <span>customer since {displayDate(customer.firstOrderAt)}</span>}
    </p>
  );
}
