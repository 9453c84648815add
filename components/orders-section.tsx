import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FindOrdersResponseSchema } from '@/lib/schemas/responses';
import type { Order } from '@/lib/schemas/order';
import { CustomerSummary } from '@/components/customer-summary';
import { OrderCard } from '@/components/order-card';
import { StoreFailureCard } from '@/components/store-failure';
import { useI18n } from '@/lib/i18n/i18n-context';
import { storeSourceLabel } from '@/components/store-source-label';
import { quotedError } from '@/lib/i18n/quote';

type FindOrders = z.infer<typeof FindOrdersResponseSchema>;

interface Props {
  query: UseQueryResult<FindOrders>;
  chosenNumber: string | null;
  onChoose: (orderNumber: string) => void;
}

/** The customer's orders from every connected store, newest first; the chosen one fills replies. */
export function OrdersSection({ query, chosenNumber, onChoose }: Props) {
  const { t } = useI18n();
  if (query.isPending)
    return (
      <p className="muted" role="status">
        {t('orders.lookingUp')}
      </p>
    );
  if (query.isError) {
    return (
      <p className="error" role="alert">
        {t('orders.loadFailed', { message: quotedError(query.error, t) })}
      </p>
    );
  }
  const { orders, errors } = query.data;
  return (
    <section className="orders" data-testid="orders">
      {errors.map((failure) => (
        <StoreFailureCard key={failure.connectorId} failure={failure} />
      ))}
      {orders.length === 0 ? (
        <p className="card empty" data-testid="no-orders">
          {errors.length > 0 ? t('orders.noneAnswered') : t('orders.none')} {t('orders.gaps')}
        </p>
      ) : (
        <>
          <CustomerSummary orders={orders} />
          {orders.map((order) => {
            const key = `${order.source.id}:${order.number}`;
            // The order the replies use is open; the others fold to one line to keep replies in view.
            if (order.number === chosenNumber)
              return (
                <div key={key}>
                  <OrderCard order={order} chosen open onChoose={() => onChoose(order.number)} />
                </div>
              );
            return <FoldedOrder key={key} order={order} onChoose={() => onChoose(order.number)} />;
          })}
        </>
      )}
      {query.isFetching && <p className="muted">{t('orders.refreshing')}</p>}
    </section>
  );
}

/** An order folded to one line; unfolding it opens it (its parcels and refunds are read then). */
function FoldedOrder({ order, onChoose }: { order: Order; onChoose: () => void }) {
  const { t, date, money } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="order-folded" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {order.number} · {t(`order.status.${order.status}`)} · {date(order.createdAt)} · {money(order.total, order.currency)} ·{' '}
        {storeSourceLabel(order.source, t)}
      </summary>
      <OrderCard order={order} chosen={false} open={open} onChoose={onChoose} />
    </details>
  );
}
