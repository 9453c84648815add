import type { Order } from '@/lib/schemas/order';
import { displayDate, displayMoney } from '@/components/display-format';
import { trackingUrl } from '@/lib/ticket/tracking';

interface Props {
  order: Order;
  chosen: boolean;
  onChoose: () => void;
}

/** One order: status, items, totals, tracking per package, refunds, and a link to the store admin. */
export function OrderCard({ order, chosen, onChoose }: Props) {
  const money = (amount: string) => displayMoney(amount, order.currency);
  return (
    <article className={chosen ? 'card order chosen' : 'card order'} data-testid="order-card" data-order={order.number}>
      <header className="order-header">
        <strong>{order.number}</strong>
        <span className={`status status-${order.status}`}>{order.status.replaceAll('_', ' ')}</span>
        <span className="muted">{displayDate(order.createdAt)}</span>
      </header>
      <ul className="items">
        {order.items.map((item, index) => (
          <li key={`${item.sku ?? item.title}-${index}`}>
            {item.quantity} × {item.title} <span className="muted">{money(item.price)}</span>
          </li>
        ))}
      </ul>
      <p>
        Total <strong>{money(order.total)}</strong> · {order.financialStatus.replaceAll('_', ' ')} ·{' '}
        {order.fulfillmentStatus.replaceAll('_', ' ')}
      </p>
      {order.fulfillments.map((f, index) => {
        const link = f.trackingUrl ?? (f.carrier && f.trackingNumber ? trackingUrl(f.carrier, f.trackingNumber) : null);
        return (
          <p key={f.trackingNumber ?? index} className="tracking" data-testid="tracking">
            {order.fulfillments.length > 1 ? `Package ${index + 1}: ` : ''}
            {f.carrier ?? 'Carrier unknown'} {f.trackingNumber ?? '(no tracking number yet)'} · {f.status.replaceAll('_', ' ')}
            {f.estimatedDelivery && f.status !== 'delivered' ? ` · expected ${displayDate(f.estimatedDelivery)}` : ''}
            {link && (
              <>
                {' '}
                <a href={link} target="_blank" rel="noreferrer noopener">
                  Track
                </a>
              </>
            )}
          </p>
        );
      })}
      {order.fulfillments.length === 0 && <p className="muted">Not shipped yet: no tracking number.</p>}
      {order.refunds.map((refund, index) => (
        <p key={index} className="refund">
          Refunded {money(refund.amount)} on {displayDate(refund.createdAt)}
          {refund.reason ? ` (${refund.reason})` : ''}
        </p>
      ))}
      <footer className="order-footer">
        <span className="muted">{order.source.label}</span>
        {order.adminUrl && (
          <a href={order.adminUrl} target="_blank" rel="noreferrer noopener">
            Open in store
          </a>
        )}
        {chosen ? (
          <span className="muted">Used in replies</span>
        ) : (
          <button type="button" className="link" data-action="choose-order" onClick={onChoose}>
            Use in replies
          </button>
        )}
      </footer>
    </article>
  );
}
