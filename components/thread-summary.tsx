import { useState } from 'react';
import type { Ticket } from '@/lib/schemas/ticket';
import { summariseThread, type SummaryOutcome } from '@/lib/suggest/ai/summary';
import { useAiAssist } from '@/components/ai-assist-context';
import { useUsageLine } from '@/components/usage-line';
import { useI18n } from '@/lib/i18n/i18n-context';
import { renderMessage } from '@/lib/i18n/local-message';
import { aiUnavailable } from '@/lib/suggest/ai/errors';

type State = { status: 'idle' } | { status: 'working' } | SummaryOutcome;

/**
 * "Summarise thread": a few points about the conversation, each with buttons to the messages it
 * draws from (shown below the point when pressed). Citations of messages that do not exist were
 * dropped when the answer was checked; the point says so.
 */
export function ThreadSummary({ ticket }: { ticket: Ticket }) {
  const assist = useAiAssist();
  const { t, date } = useI18n();
  const usageLine = useUsageLine();
  const role = (index: number) => t(`summary.role.${ticket.messages[index]!.role}`);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [open, setOpen] = useState<string | null>(null);
  if (!assist || ticket.messages.length < 2) return null;

  const summarise = async () => {
    setState({ status: 'working' });
    setState(await summariseThread(assist.settings, ticket, assist.orders));
  };

  return (
    <section className="card thread-summary" data-testid="thread-summary" aria-label={t('summary.region')}>
      <div className="actions">
        <button type="button" disabled={state.status === 'working'} onClick={() => void summarise()}>
          {state.status === 'done' ? t('summary.again') : t('summary.start')}
        </button>
        {state.status === 'working' && (
          <span className="muted" role="status">
            {t('summary.working', { count: ticket.messages.length })}
          </span>
        )}
      </div>
      {state.status === 'failed' && (
        <p className="error" role="alert" data-testid="summary-error">
          {renderMessage(aiUnavailable('summary', state.problem), t)}
        </p>
      )}
      {state.status === 'done' && (
        <>
          <ul className="summary-points">
            {state.points.map((point, p) => (
              <li key={`${p}-${point.text}`} data-testid="summary-point">
                {point.text}{' '}
                {point.messages.map((index) => {
                  const key = `${p}:${index}`;
                  return (
                    <button
                      key={key}
                      type="button"
                      className="chip citation"
                      aria-expanded={open === key}
                      aria-label={t('summary.citation', { n: index + 1, role: role(index) })}
                      data-message={index}
                      onClick={() => setOpen(open === key ? null : key)}
                    >
                      #{index + 1}
                    </button>
                  );
                })}
                {point.messages.length === 0 && (
                  <span className="muted" data-testid="summary-uncited">
                    {' '}
                    {t('summary.uncited')}
                  </span>
                )}
                {point.messages.map((index) =>
                  open === `${p}:${index}` ? (
                    <blockquote key={`q${index}`} className="cited-message" data-testid="cited-message">
                      <span className="muted">
                        {t('summary.citedHead', { n: index + 1, role: role(index) })}
                        {ticket.messages[index]!.sentAt ? `, ${date(ticket.messages[index]!.sentAt!)}` : ''}
                      </span>
                      <div className="rendered">{ticket.messages[index]!.visibleText}</div>
                    </blockquote>
                  ) : null,
                )}
              </li>
            ))}
          </ul>
          {usageLine(state.usage, assist.settings) && <p className="muted">{usageLine(state.usage, assist.settings)}</p>}
        </>
      )}
    </section>
  );
}
