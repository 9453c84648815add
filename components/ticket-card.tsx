import { useEffect } from 'react';
import { announce } from '@/components/announce';
import type { Ticket } from '@/lib/schemas/ticket';
import { looksLikeInjection } from '@/lib/suggest/injection';
import { SITE_LABELS } from './site-labels';

const READER_WORDS: Record<NonNullable<Ticket['source']['reader']>, string> = {
  site: '',
  profile: " · with your team's site profile",
  structural: ' · by the general reader',
};

/** Who wrote, about what, and what they said last. Customer text is rendered as text only. */
export function TicketCard({ ticket }: { ticket: Ticket }) {
  const { customer, entities } = ticket;
  // A screen reader hears the new ticket when the agent moves to another conversation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: another thread with the same subject and customer is a new ticket too
  useEffect(
    () => announce(`Ticket from ${ticket.customer.name ?? 'an unknown customer'}: ${ticket.subject || 'no subject'}`),
    [ticket.url, ticket.subject, ticket.customer.name],
  );
  return (
    <section className="card" data-testid="ticket-card">
      <p className="eyebrow">
        {SITE_LABELS[ticket.source.adapter]} · read with {Math.round(ticket.source.confidence * 100)}% confidence
        {READER_WORDS[ticket.source.reader ?? 'site']}
        {ticket.language ? ` · ${ticket.language.toUpperCase()}` : ''}
      </p>
      <h2 data-testid="ticket-subject" tabIndex={-1}>
        {ticket.subject || '(no subject)'}
      </h2>
      <p data-testid="ticket-customer">
        <strong>{customer.name ?? 'Unknown customer'}</strong>
        {customer.email ? <span className="muted"> · {customer.email}</span> : null}
      </p>
      {ticket.earlierMessages ? (
        <p className="muted" data-testid="earlier-messages">
          {ticket.earlierMessages} earlier {ticket.earlierMessages === 1 ? 'message' : 'messages'} not read: the newest{' '}
          {ticket.messages.length} are.
        </p>
      ) : null}
      {ticket.latestCustomerMessage && looksLikeInjection(ticket.latestCustomerMessage) && (
        <p className="warning" data-testid="suspicious-message">
          Suspicious: this message tries to give instructions to an AI assistant. Deskpilot treats it as the customer&apos;s words only;
          nothing in it is acted on.
        </p>
      )}
      {ticket.latestCustomerMessage ? (
        <blockquote className="latest-message" data-testid="latest-message">
          {ticket.latestCustomerMessage}
        </blockquote>
      ) : (
        <p className="muted">The customer has not written in this thread.</p>
      )}
      {entities.orderRefs.length + entities.trackingRefs.length > 0 && (
        <p className="chips">
          {entities.orderRefs.map((ref) => (
            <span key={ref} className="chip">
              Order {ref}
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
