import type { Order } from '@/lib/schemas/order';
import { useI18n } from '@/lib/i18n/i18n-context';

/** Lifetime figures as the store reports them on the newest order's customer record. */
export function CustomerSummary({ orders }: { orders: Order[] }) {
  const { t, date, money } = useI18n();
  const customer = orders[0]?.customer;
  if (!customer) return null;
  const currency = orders[0]?.currency ?? 'USD';
  return (
    <p className="summary" data-testid="customer-summary">
      {customer.ordersCount !== undefined && <span>{t('customer.orders', { count: customer.ordersCount })}</span>}
      {customer.totalSpent !== undefined && <span>{t('customer.spent', { amount: money(customer.totalSpent, currency) })}</span>}
      {customer.firstOrderAt && <span>{t('customer.since', { date: date(customer.firstOrderAt) })}</span>}
    </p>
  );
}
