import type { Order } from '@/lib/schemas/order';
import type { AiSettings } from '@/lib/schemas/ai';
import type { DraftRequest } from '@/lib/suggest/ai/draft';
import { aiConfigured } from '@/lib/suggest/ai/client';
import { useAiDraft, type DraftFunction } from '@/lib/suggest/ai/use-ai-draft';
import { looksLikeInjection } from '@/lib/suggest/injection';
import { AiDraftReview, type AiDraftReviewProps } from '@/components/ai-draft-review';
import { useT } from '@/lib/i18n/i18n-context';
import { renderMessage } from '@/lib/i18n/local-message';

export interface AiDraftProps {
  /** null while loading; drafts are offered only when enabled (and keyed, unless the server is local). */
  settings: AiSettings | null;
  /** The ticket, the chosen order, the shop's facts and the best templates' rendered texts. */
  request: DraftRequest;
  /** Every order found for the customer: facts from any of them count as verified. */
  orders: readonly Order[];
  onInsert: AiDraftReviewProps['onInsert'];
  /** Tests pass a scripted draft; the panel uses the real one. */
  draft?: DraftFunction;
}

/**
 * "Draft with AI": streams a draft for the ticket, then shows it checked (facts, site rules)
 * for the agent to edit and insert. Any failure leaves a one-line note; the templates above
 * stay the answer. The draft is text the agent inserts; nothing in it triggers an action.
 */
export function AiDraft({ settings, request, orders, onInsert, draft }: AiDraftProps) {
  const t = useT();
  if (!settings?.enabled) return null;
  if (!aiConfigured(settings)) {
    return (
      <p className="muted" data-testid="ai-draft-setup">
        {t('ai.needsKey')}
      </p>
    );
  }
  return <ConfiguredAiDraft settings={settings} request={request} orders={orders} onInsert={onInsert} draft={draft} />;
}

function ConfiguredAiDraft({ settings, request, orders, onInsert, draft }: AiDraftProps & { settings: AiSettings }) {
  const t = useT();
  const { ticket } = request;
  const resetKey = `${ticket.url}|${ticket.messages.length}|${request.order?.number ?? ''}`;
  const { state, start, stop } = useAiDraft({ settings, request, resetKey, draft });
  const suspicious = looksLikeInjection(ticket.latestCustomerMessage ?? '');

  return (
    <section className="card ai-draft" data-testid="ai-draft" aria-label={t('ai.title')}>
      <h3>{t('ai.title')}</h3>
      {suspicious && (
        <p className="warning" data-testid="injection-warning">
          {t('ai.injection')}
        </p>
      )}
      {state.phase === 'idle' && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void start()}>
            {t('ai.draft')}
          </button>
        </div>
      )}
      {state.phase === 'streaming' && (
        <>
          <div className="rendered" aria-live="polite" aria-busy="true" data-testid="ai-draft-streaming">
            {state.text || t('ai.writing')}
          </div>
          <div className="actions">
            <button type="button" onClick={stop}>
              {t('ai.stop')}
            </button>
          </div>
        </>
      )}
      {state.phase === 'failed' && (
        <>
          <p className="error" role="alert" data-testid="ai-draft-error">
            {renderMessage(state.note, t)}
          </p>
          <div className="actions">
            <button type="button" onClick={() => void start()}>
              {t('ai.tryAgain')}
            </button>
          </div>
        </>
      )}
      {state.phase === 'done' && (
        <AiDraftReview
          key={state.reply}
          reply={state.reply}
          usage={state.usage}
          ticket={ticket}
          orders={orders}
          shop={request.shop}
          onInsert={onInsert}
          onRedraft={() => void start()}
        />
      )}
    </section>
  );
}
