import type { Ticket } from '@/lib/schemas/ticket';
import type { ReadingCorrections } from '@/lib/ticket/correct-ticket';
import { useT } from '@/lib/i18n/i18n-context';
import { siteName } from './site-labels';

const PREVIEW_LENGTH = 90;

/**
 * Shown when the general (structural) reader read a supported site's page: says so in plain words
 * and lets the agent say which message is the customer's and which ones are from us. Customer text
 * is rendered as text only.
 */
export function ReadingCheck({
  ticket,
  corrections,
  onChange,
}: {
  ticket: Ticket;
  corrections: ReadingCorrections;
  onChange: (next: ReadingCorrections) => void;
}) {
  const t = useT();
  if (ticket.source.reader !== 'structural') return null;
  // On a site Deskpilot knows, the general reader means its layout changed; elsewhere it is the reader.
  const notice = ticket.site === 'generic' ? t('reading.genericNotice') : t('reading.siteNotice', { site: siteName(ticket.site, t) });
  const ours = new Set(corrections.fromUs);
  const toggleOurs = (index: number) =>
    onChange({ ...corrections, fromUs: ours.has(index) ? corrections.fromUs.filter((i) => i !== index) : [...corrections.fromUs, index] });
  return (
    <section className="card reading-check" data-testid="reading-check" aria-label={t('reading.label')}>
      <p className="warning" role="status" data-testid="reading-notice">
        {notice}
      </p>
      <ol className="reading-messages">
        {ticket.messages.map((message, index) => (
          <li key={index} data-testid="reading-message" data-role={message.role}>
            <span className="muted">
              {message.author.name ?? message.author.email ?? t('reading.unknownSender')} ·{' '}
              {/* A bounce is the mail system's (lib/sites/structural-delivery-report.ts), not ours. */}
              {message.role === 'customer' ? t('reading.customer') : message.role === 'system' ? t('reading.system') : t('reading.fromUs')}
            </span>
            <span className="reading-preview">{preview(message.visibleText || message.text)}</span>
            <span className="reading-actions">
              <button
                type="button"
                className="link"
                aria-pressed={corrections.customerMessage === index}
                onClick={() => onChange({ customerMessage: index, fromUs: corrections.fromUs.filter((i) => i !== index) })}
              >
                {t('reading.customersMessage')}
              </button>
              <button type="button" className="link" aria-pressed={ours.has(index)} onClick={() => toggleOurs(index)}>
                {t('reading.thisIsOurs')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function preview(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_LENGTH ? `${line.slice(0, PREVIEW_LENGTH - 1)}…` : line;
}
