import type { Order } from '@/lib/schemas/order';
import { useI18n } from '@/lib/i18n/i18n-context';
import { RichMessage } from '@/lib/i18n/rich-message';
import { trackingUrl } from '@/lib/ticket/tracking';
import { useOpenedOrder } from '@/components/use-opened-order';
import { problemText } from '@/lib/connectors/problem';
import { storeSourceLabel } from '@/components/store-source-label';
import { quoted } from '@/lib/i18n/quote';

interface Props {
  order: Order;
  chosen: boolean;
  /** In view (the chosen order, or a folded one the agent unfolded): its parcels and refunds are read. */
  open: boolean;
  onChoose: () => void;
}

/** One order: status, items, totals, tracking per package, refunds, and a link to the store admin. */
export function OrderCard({ order: listed, chosen, open, onChoose }: Props) {
  const { t, date, money: formatMoney } = useI18n();
  const { order, loading, failure } = useOpenedOrder(listed, open);
  const pending = new Set(order.detailsOnOpen ?? []);
  const money = (amount: string) => formatMoney(amount, order.currency);
  return (
    <article className={chosen ? 'card order chosen' : 'card order'} data-testid="order-card" data-order={order.number}>
      <header className="order-header">
        <strong>{order.number}</strong>
        <span className={`status status-${order.status}`}>{t(`order.status.${order.status}`)}</span>
        <span className="muted">{date(order.createdAt)}</span>
      </header>
      <ul className="items">
        {order.items.map((item, index) => (
          <li key={`${item.sku ?? item.title}-${index}`}>
            {item.quantity} × {item.title} <span className="muted">{money(item.price)}</span>
          </li>
        ))}
      </ul>
      <p>
        <RichMessage id="order.total" values={{ total: <strong>{money(order.total)}</strong> }} /> ·{' '}
        {t(`order.financial.${order.financialStatus}`)} · {t(`order.fulfillment.${order.fulfillmentStatus}`)}
      </p>
      {order.fulfillments.map((f, index) => {
        const link = f.trackingUrl ?? (f.carrier && f.trackingNumber ? trackingUrl(f.carrier, f.trackingNumber) : null);
        return (
          <p key={f.trackingNumber ?? index} className="tracking" data-testid="tracking">
            {order.fulfillments.length > 1 ? t('order.package', { number: index + 1 }) : ''}
            {f.carrier ?? t('order.carrierUnknown')} {f.trackingNumber ?? t('order.noTracking')} · {t(`order.package.${f.status}`)}
            {f.estimatedDelivery && f.status !== 'delivered' ? t('order.expected', { date: date(f.estimatedDelivery) }) : ''}
            {link && (
              <>
                {' '}
                <a href={link} target="_blank" rel="noreferrer noopener">
                  {t('order.track')}
                </a>
              </>
            )}
          </p>
        );
      })}
      {loading && (
        <p className="muted" role="status" data-testid="order-details-loading">
          {t('order.detailsLoading')}
        </p>
      )}
      {failure && (
        <p className="error" role="alert" data-testid="order-details-failed" data-kind={failure.kind}>
          {t('order.detailsFailed', {
            problem: t(`storeFailure.${failure.kind}`),
            message: failure.problem ? problemText(t, failure.problem) : quoted(failure.message, t),
          })}
        </p>
      )}
      {order.fulfillments.length === 0 && !pending.has('fulfillments') && <p className="muted">{t('order.notShipped')}</p>}
      {order.refunds.map((refund, index) => (
        <p key={index} className="refund">
          {t('order.refunded', { amount: money(refund.amount), date: date(refund.createdAt) })}
          {refund.reason ? ` (${refund.reason})` : ''}
        </p>
      ))}
      <footer className="order-footer">
        <span className="muted">{storeSourceLabel(order.source, t)}</span>
        {order.adminUrl && (
          <a href={order.adminUrl} target="_blank" rel="noreferrer noopener">
            {t('order.openInStore')}
          </a>
        )}
        {chosen ? (
          <span className="muted">{t('order.usedInReplies')}</span>
        ) : (
          <button type="button" className="link" data-action="choose-order" onClick={onChoose}>
            {t('order.useInReplies')}
          </button>
        )}
      </footer>
    </article>
  );
}
