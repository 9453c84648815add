import { useEffect } from 'react';
import { announce } from '@/components/announce';
import type { Ticket } from '@/lib/schemas/ticket';
import { looksLikeInjection } from '@/lib/suggest/injection';
import { useI18n } from '@/lib/i18n/i18n-context';
import { siteName } from './site-labels';

/** Who wrote, about what, and what they said last. Customer text is rendered as text only. */
export function TicketCard({ ticket }: { ticket: Ticket }) {
  const { t, languageName } = useI18n();
  const { customer, entities } = ticket;
  // A screen reader hears the new ticket when the agent moves to another conversation (another
  // thread with the same subject and customer is a new ticket too: hence its url).
  useEffect(
    () =>
      announce(
        t('ticket.announce', {
          customer: ticket.customer.name ?? t('ticket.anUnknownCustomer'),
          subject: ticket.subject || t('ticket.noSubject'),
        }),
      ),
    [ticket.url, ticket.subject, ticket.customer.name],
  );
  return (
    <section className="card" data-testid="ticket-card">
      <p className="eyebrow">
        {t('ticket.readWith', { site: siteName(ticket.source.adapter, t), confidence: Math.round(ticket.source.confidence * 100) })}
        {readerNote(ticket.source, t)}
        {ticket.language ? ` · ${languageName(ticket.language)}` : ''}
      </p>
      {ticket.source.stoppedAfter ? (
        // A large page's read stopped at its time budget: the older messages' roles are unchecked.
        <p className="warning" role="status" data-testid="read-stopped">
          {t('reading.stopped', { count: ticket.source.stoppedAfter })}
        </p>
      ) : null}
      <h2 data-testid="ticket-subject" tabIndex={-1}>
        {ticket.subject || t('ticket.noSubject')}
      </h2>
      <p data-testid="ticket-customer">
        <strong>{customer.name ?? t('common.unknownCustomer')}</strong>
        {customer.email ? <span className="muted"> · {customer.email}</span> : null}
      </p>
      {ticket.earlierMessages ? (
        <p className="muted" data-testid="earlier-messages">
          {t('ticket.earlier', { count: ticket.earlierMessages, read: ticket.messages.length })}
        </p>
      ) : null}
      {ticket.latestCustomerMessage && looksLikeInjection(ticket.latestCustomerMessage) && (
        <p className="warning" data-testid="suspicious-message">
          {t('ticket.suspicious')}
        </p>
      )}
      {ticket.latestCustomerMessage ? (
        <blockquote className="latest-message" data-testid="latest-message">
          {ticket.latestCustomerMessage}
        </blockquote>
      ) : (
        <p className="muted">{t('ticket.customerSilent')}</p>
      )}
      {entities.orderRefs.length + entities.trackingRefs.length > 0 && (
        <p className="chips">
          {entities.orderRefs.map((ref) => (
            <span key={ref} className="chip">
              {t('ticket.orderChip', { ref })}
            </span>
          ))}
          {entities.trackingRefs.map((ref) => (
            <span key={ref.number} className="chip">
              {ref.carrier} {ref.number}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

/** How a supported site's page was read when not by its own reader; the general reader's name says it already. */
function readerNote(source: Ticket['source'], t: ReturnType<typeof useI18n>['t']): string {
  if (source.reader === 'profile') return t('ticket.reader.profile');
  if (source.reader === 'structural' && source.adapter !== 'generic') return t('ticket.reader.structural');
  return '';
}
